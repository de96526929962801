"""What an officer chooses for a new plan (kind, year, profiles), each answer checked on its own.

The same checks serve command-line options and answers typed at a prompt: a check returns the
value or raises ``Refused`` with the reason, and the caller decides whether that ends the job
(an option) or asks again (a prompt).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from commplan.i18n import _
from commplan.model.profile_ids import shipped_profile_ids

FIRST_YEAR = 2020
LAST_YEAR = 2100


class Refused(ValueError):
    """An answer that cannot be used; ``str(error)`` says why, for people."""


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of plan: what ``--kind`` selects.

    Attributes:
        id: The code typed on the command line.
        label: Vietnamese description shown in the menu (plan content, not a message).
        issuer_level: ``document.issuer_level`` of the plan.
        default_issuer: The issuing agency when none is given, with the parts to fill in
            written in square brackets.
        template: File name of the full plan text under ``scaffold/templates`` (every
            section, named staff, itemised budget); empty when the kind has none.
        profiles: Default rule profiles.
        profiles_by_year: Default rule profiles for particular years, replacing ``profiles``.
        short_template: File name of the short plan text (``--style gon``): the shape of
            published plans, with task groups and a budget in words; empty when none.
    """

    id: str
    label: str
    issuer_level: str
    default_issuer: str
    template: str
    profiles: tuple[str, ...]
    profiles_by_year: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    short_template: str = ""

    def default_profiles(self, year: int) -> tuple[str, ...]:
        """The profiles a plan of this kind answers to in ``year`` unless told otherwise."""
        return self.profiles_by_year.get(year, self.profiles)

    @property
    def styles(self) -> tuple[str, ...]:
        """The styles this kind offers, the default first."""
        found = (FULL if self.template else "", SHORT if self.short_template else "")
        return tuple(s for s in found if s)

    def template_for(self, style: str) -> str:
        """The template file of ``style`` (``day-du`` or ``gon``).

        Raises:
            Refused: the style is unknown, or this kind has no scaffold in that style.
        """
        name = {FULL: self.template, SHORT: self.short_template}.get(style)
        if style not in STYLES:
            raise Refused(
                _("unknown style '{style}'; use one of {styles}").format(
                    style=style, styles=", ".join(STYLES)
                )
            )
        if not name:
            raise Refused(
                _("kind {kind} has no scaffold in style {style}; use {styles}").format(
                    kind=self.id, style=style, styles=", ".join(self.styles)
                )
            )
        return name


FULL = "day-du"
SHORT = "gon"
STYLES = (FULL, SHORT)
"""``--style``: day-du (every section, named staff, itemised budget) or gon (published shape)."""


# The seed dispatch (cv-btttt-2022) was addressed to ministries and provinces for 2022 only;
# Chỉ thị 07/CT-TTg took over the annual plans from 2023.
_ANNUAL_2022 = {2022: ("cv-btttt-2022",)}

KINDS: dict[str, Kind] = {
    kind.id: kind
    for kind in (
        Kind(
            "tinh",
            "Kế hoạch truyền thông chính sách hằng năm của UBND tỉnh, thành phố",
            "ubnd_tinh",
            "Ủy ban nhân dân tỉnh [Tên tỉnh]",
            "tinh.yaml.tmpl",
            ("ct-07-2023",),
            _ANNUAL_2022,
            "tinh-gon.yaml.tmpl",
        ),
        Kind(
            "bo",
            "Kế hoạch truyền thông chính sách hằng năm của Bộ, cơ quan ngang bộ",
            "bo",
            "Bộ [Tên Bộ]",
            "bo.yaml.tmpl",
            ("ct-07-2023",),
            _ANNUAL_2022,
            "bo-gon.yaml.tmpl",
        ),
        Kind(
            "chinh-sach",
            "Kế hoạch truyền thông một dự thảo chính sách (Quyết định 407/QĐ-TTg)",
            "bo",
            "Bộ [Tên Bộ]",
            "chinh-sach.yaml.tmpl",
            ("qd-407-2022",),
        ),
        # Every ministry issues its plan attached to a Quyết định (PUBLISHED-PLANS.md, plans 04,
        # 06, 07): the short shape, with the QĐ's articles in ``document.decision``.
        Kind(
            "bo-qd",
            "Quyết định của Bộ ban hành kèm theo Kế hoạch truyền thông chính sách hằng năm",
            "bo",
            "Bộ [Tên Bộ]",
            "",
            ("ct-07-2023",),
            _ANNUAL_2022,
            short_template="bo-qd-gon.yaml.tmpl",
        ),
        # A ward or commune writes a short plan (PUBLISHED-PLANS.md, plan 05): no full scaffold.
        Kind(
            "xa",
            "Kế hoạch truyền thông chính sách hằng năm của UBND xã, phường",
            "ubnd_xa",
            "Ủy ban nhân dân phường [Tên phường]",
            "",
            ("ct-07-2023",),
            short_template="xa-gon.yaml.tmpl",
        ),
    )
}
DEFAULT_KIND = "tinh"


def parse_kind(text: str) -> Kind:
    """The kind named by ``text``: case, accents and spaces do not matter (``Chính sách``).

    Raises:
        Refused: no such kind.
    """
    kind = KINDS.get(_plain_code(text))
    if kind is None:
        raise Refused(
            _("unknown kind '{kind}'; use one of {kinds}").format(
                kind=text.strip(), kinds=", ".join(KINDS)
            )
        )
    return kind


def _plain_code(text: str) -> str:
    # An officer may type the code with Vietnamese accents: "tỉnh", "bộ", "chính sách".
    decomposed = unicodedata.normalize("NFD", text.strip().casefold().replace("đ", "d"))
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "-".join(letters.replace("_", " ").split())


def parse_style(kind: Kind, text: str | None) -> str:
    """The style named by ``text`` for ``kind``, or the kind's default when None.

    Raises:
        Refused: see ``Kind.template_for``.
    """
    style = kind.styles[0] if text is None else _plain_code(text)
    kind.template_for(style)
    return style


def parse_year(text: str) -> int:
    """The year written in ``text``.

    Raises:
        Refused: not a whole number, or outside FIRST_YEAR..LAST_YEAR.
    """
    cleaned = text.strip()
    if not cleaned.isdecimal():
        raise Refused(_("'{text}' is not a year; write it with four digits").format(text=cleaned))
    year = int(cleaned)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Refused(
            _("{year} is outside the years a plan can cover ({first}-{last})").format(
                year=year, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return year


def split_profiles(text: str) -> list[str]:
    """Profile ids typed at a prompt: separated by commas or spaces."""
    return [part for part in text.replace(",", " ").split() if part]


def known_profiles(ids: Iterable[str]) -> tuple[str, ...]:
    """Shipped profile ids, without repeats, in the given order.

    Raises:
        Refused: none given, or an id that is not shipped (a plan cannot name a profile file).
    """
    chosen = tuple(dict.fromkeys(i.strip() for i in ids if i.strip()))
    if not chosen:
        raise Refused(_("name at least one profile: {ids}").format(ids=_shipped()))
    for profile_id in chosen:
        if profile_id not in shipped_profile_ids():
            raise Refused(
                _("unknown profile '{ref}'; a plan can name {ids}").format(
                    ref=profile_id, ids=_shipped()
                )
            )
    return chosen


def check_windows(ids: tuple[str, ...], year: int) -> tuple[str, ...]:
    """``ids`` when every profile applies in ``year``.

    Raises:
        Refused: a profile whose window misses ``year``.
    """
    for profile_id in ids:
        reason = window_miss(profile_id, year)
        if reason is not None:
            raise Refused(reason)
    return ids


def suggested_profiles(kind: Kind, year: int) -> tuple[str, ...]:
    """The profiles to offer at a prompt: the kind's defaults, or those that apply in ``year``."""
    default = tuple(p for p in kind.default_profiles(year) if window_miss(p, year) is None)
    return default or tuple(p for p in shipped_profile_ids() if window_miss(p, year) is None)


def window_miss(profile_id: str, year: int) -> str | None:
    """Why the shipped profile does not apply in ``year``, or None when it does."""
    from commplan.settings.profiles import shipped_profile

    applies = shipped_profile(profile_id).applies
    first, last = date(year, 1, 1), date(year, 12, 31)
    if (applies.start is None or applies.start <= last) and (
        applies.end is None or applies.end >= first
    ):
        return None
    return _("profile {id} applies {window}, not in {year}").format(
        id=profile_id, window=window_text(applies.start, applies.end), year=year
    )


def window_text(start: date | None, end: date | None) -> str:
    """A profile's window in words: ``from 2023``, ``in 2022``, ``from 2022 to 2027``."""
    if start is not None and end is not None and start.year == end.year:
        return _("in {year}").format(year=start.year)
    if start is not None and end is not None:
        return _("from {first} to {last}").format(first=start.year, last=end.year)
    if start is not None:
        return _("from {year}").format(year=start.year)
    if end is not None:
        return _("until {year}").format(year=end.year)
    return _("in every year")


def _shipped() -> str:
    return ", ".join(shipped_profile_ids())
