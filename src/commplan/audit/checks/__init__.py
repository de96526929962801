"""The checks, one module per family of ND30.md rules; :data:`CHECKS` is the registry."""
