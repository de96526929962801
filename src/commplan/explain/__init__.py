"""What commplan says about its own checks: the catalogue of rules and audit checks."""
