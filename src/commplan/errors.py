"""Errors that stop a job (exit code 2). Problems in a plan are diagnostics, never these."""

from __future__ import annotations


class CommplanError(Exception):
    """A job that cannot be done; ``str(error)`` is one line for people, naming the fix."""

    exit_code = 2


class UsageError(CommplanError):
    """Bad command-line use: a path that does not exist, an unknown profile, a bad option."""


class ConfigError(CommplanError):
    """A configuration or profile file that cannot be used."""


class TemplateError(CommplanError):
    """A missing template, one with a syntax error, or one that breaks the sandbox."""


class OutputError(CommplanError):
    """An output file or folder that cannot be written."""
