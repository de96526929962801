"""Run settings: configuration files, rule profiles, rule selection and inline suppressions."""
