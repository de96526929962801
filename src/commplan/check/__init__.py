"""The pipeline from a file to its findings: schema errors, structure, rules, the validate run."""
