"""Reading a plan file: bytes to text to YAML nodes to data, with a position for every value."""
