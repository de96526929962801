"""The command line in the officer's language: help pages and click's own messages.

Typer vendors click with its messages hard-coded in English (no gettext), and the help strings
of the commands are English source strings fixed at import time. So the language is chosen
first, from ``--lang`` anywhere on the command line or ``COMMPLAN_LANG``, before click parses
anything (:meth:`LocalisedGroup.main`); then every help string of the command tree is replaced
by its translation, the help formatter translates click's headings, and click's usage errors
are matched against :data:`CLICK_MESSAGES` and shown through the one catalogue.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Final

import typer
from typer import _click as click  # the click that typer runs (vendored, no gettext)
from typer.core import TyperGroup

from commplan.i18n import LANGUAGES, N_, _, choose_language

LANG_OPTION: Final = "--lang"

CLICK_MESSAGES: Final = (
    (r"Value error, (?P<message>.*)", "{message}"),
    (
        r"Invalid value for (?P<param>.+?): (?P<message>.*)",
        N_("Invalid value for {param}: {message}"),
    ),
    (r"Invalid value: (?P<message>.*)", N_("Invalid value: {message}")),
    (r"(?P<value>'.*') is not one of (?P<choices>.*)\.", N_("{value} is not one of {choices}.")),
    (r"Value (?P<value>.*) is not a valid (?P<kind>.*)\.", N_("{value} is not a valid {kind}.")),
    (r"Missing argument (?P<name>.*)\.", N_("Missing argument {name}.")),
    (r"Missing option (?P<name>.*)\.", N_("Missing option {name}.")),
    (r"Missing parameter:? (?P<name>.*)", N_("Missing parameter {name}.")),
    (r"Missing command\.", N_("Missing command.")),
    (
        r"No such command (?P<name>'.*')\. Did you mean (?P<suggestion>.*)\?",
        N_("No such command {name}. Did you mean {suggestion}?"),
    ),
    (r"No such command (?P<name>'.*')\.", N_("No such command {name}.")),
    (
        r"No such option: (?P<name>\S+) \(Possible options: (?P<options>.*)\)",
        N_("No such option: {name} (possible options: {options})"),
    ),
    (r"No such option: (?P<name>\S+)", N_("No such option: {name}")),
    (r"Option (?P<name>'.*') requires an argument\.", N_("Option {name} requires a value.")),
    (
        r"Option (?P<name>'.*') requires (?P<count>\d+) arguments\.",
        N_("Option {name} requires {count} values."),
    ),
    (r"Option (?P<name>'.*') does not take a value\.", N_("Option {name} does not take a value.")),
    (
        r"Got unexpected extra argument\(s\) \((?P<args>.*)\)",
        N_("Unexpected extra arguments ({args})"),
    ),
)
"""Click's and typer's English usage errors (a pattern) and the message commplan shows."""

HELP_WORDS: Final = (
    N_("Usage:"),
    N_("Options"),
    N_("Arguments"),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("Try '{command} {option}' for help."),
    N_("Error: {message}"),
    N_("Aborted!"),
    N_("default: {default}"),
    N_("required"),
)
"""Click's headings and help-page words, translated by the formatter."""

_EXTRA: Final = re.compile(r"\[(default: (?P<default>.*)|required)\]$")


def translate_click(text: str) -> str:
    """A message of click or typer (English, hard-coded) in the active language."""
    for pattern, message in CLICK_MESSAGES:
        found = re.fullmatch(pattern, text, flags=re.DOTALL)
        if found:
            parts = found.groupdict()
            if "message" in parts:
                parts["message"] = translate_click(parts["message"])
            return _(message).format(**parts) if message != "{message}" else parts["message"]
    return text


class LocalisedFormatter(click.HelpFormatter):
    """Click's help formatter with its headings and the ``[default: …]`` notes translated."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line, ``Usage:`` translated."""
        super().write_usage(prog, args, prefix if prefix is not None else _("Usage:") + " ")

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        """A section with a translated heading (``Options``, ``Arguments``, ``Commands``)."""
        with super().section(_(name)):
            yield

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        """Definition rows with plain metavars and translated ``[default: …]`` notes."""
        rows = [(_term(term), _extra(text)) for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


_TYPE_LABEL: Final = re.compile(r" <(list\[)?(str|path)\]?>$")


def _term(term: str) -> str:
    """``--config <path>`` → ``--config FILE``; ``paths... <list[str]>`` → ``paths...``.

    Typer labels values with Python types, which mean nothing to an officer.
    """
    if not term.startswith("-"):
        return _TYPE_LABEL.sub("", term)
    return _TYPE_LABEL.sub(lambda found: " FILE" if found[2] == "path" else " TEXT", term)


def _extra(text: str) -> str:
    def note(found: re.Match[str]) -> str:
        if found["default"] is None:
            return f"[{_('required')}]"
        return "[" + _("default: {default}").format(default=found["default"]) + "]"

    return _EXTRA.sub(note, text)


class LocalisedContext(click.Context):
    """A context whose help pages and usage lines are in the active language."""

    formatter_class = LocalisedFormatter

    def make_formatter(self) -> click.HelpFormatter:
        """A formatter, after the help strings of the whole command tree are translated."""
        localise(self.find_root().command)
        return super().make_formatter()


class LocalisedGroup(TyperGroup):
    """The root command: chooses the language before parsing, then speaks it."""

    context_class = LocalisedContext

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Choose the language, translate the help, run, and show errors translated."""
        rest = take_language(list(sys.argv[1:] if args is None else args))
        for command in _commands(self):  # help strings are translated when a page is made
            command.context_class = LocalisedContext
        if not standalone_mode:
            return super().main(rest, prog_name, complete_var, False, **extra)
        try:
            result = super().main(rest, prog_name, complete_var, False, **extra)
        except click.exceptions.ClickException as exc:
            show_error(exc)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo(_("Aborted!"), err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


def take_language(args: list[str]) -> list[str]:
    """Choose the language from ``--lang`` anywhere in ``args``; return the rest.

    ``--lang`` is a root option, but officers type it after the subcommand too
    (``commplan validate x.yaml --lang en``), so every valid occurrence is taken out here. A
    wrong value is put back before the subcommand, where the root option refuses it.
    """
    chosen: str | None = None
    rest: list[str] = []
    wrong: list[str] = []
    items = iter(args)
    for item in items:
        if item == "--":
            rest += [item, *items]
            break
        if item == LANG_OPTION or item.startswith(LANG_OPTION + "="):
            value = item.partition("=")[2] if "=" in item else next(items, None)
            if value in LANGUAGES:
                chosen = value
            else:
                wrong = [LANG_OPTION] if value is None else [LANG_OPTION, value]
            continue
        rest.append(item)
    choose_language(chosen)
    return [*wrong, *rest]


def show_error(exc: click.exceptions.ClickException) -> None:
    """Print a usage error the way click does, in the active language."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):
        exc.show()  # the help page, translated already
        return
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = _("Try '{command} {option}' for help.").format(
                command=ctx.command_path, option=ctx.help_option_names[0]
            )
        typer.echo(f"{ctx.get_usage()}\n{hint}\n", err=True)
    message = translate_click(exc.format_message())
    typer.echo(_("Error: {message}").format(message=message), err=True)


def help_strings(command: click.Command) -> Iterator[str]:
    """The English help strings of ``command`` and everything under it, for the catalogue."""
    for item in _documented(command):
        text = _english(item)
        if text:
            yield text


def localise(command: click.Command) -> None:
    """Replace every help string under ``command`` by its translation, in place."""
    for item in _documented(command):
        english = _english(item)
        if english:
            item.help = _(english)
            if isinstance(item, click.Command):
                item.short_help = None  # derived again from the translated help


def _english(item: Any) -> str | None:
    # The tree is rebuilt for every run, but keep the source so translating twice is harmless.
    if not hasattr(item, "_commplan_help"):
        item._commplan_help = item.help
    text: str | None = item._commplan_help
    return text.strip() if text else None


def _documented(command: click.Command) -> Iterator[Any]:
    for cmd in _commands(command):
        yield cmd
        yield from (p for p in cmd.params if getattr(p, "help", None))
        help_option = cmd.get_help_option(click.Context(cmd))
        if help_option is not None:
            yield help_option


def _commands(command: click.Command) -> Iterator[click.Command]:
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from _commands(sub)
