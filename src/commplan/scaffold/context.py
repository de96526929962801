"""The values a plan template is filled with: the officer's answers and what follows from the year.

Templates name values as ``$name``. Besides the fixed names built here, three families are
computed on demand:

* ``$start_MM_DD`` / ``$end_MM_DD``: an exact day of the plan's year moved to a working day,
  forwards for a start and backwards for an end, so that report and milestone dates never fall
  on a weekend or a public holiday (DATE-008) and a start never moves before an end it follows;
* ``$codes_<set>``: the codes of an enum and their Vietnamese labels, for the comments, taken
  from the model so they cannot drift from it;
* ``$codes_profiles``: the shipped profiles and the instruments behind them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from commplan.model.codes import LABELS
from commplan.model.profile_ids import shipped_profile_ids
from commplan.scaffold.choices import Kind
from commplan.scaffold.issuer import Issuer
from commplan.vn.formats import short_date
from commplan.vn.public_holidays import non_working_reason

ORG_REFORM_YEAR = 2025
"""From March 2025 the Ministry of Information and Communications and its provincial departments
were merged away; state management of the press moved to the culture ministry and departments."""
TWO_TIER_YEAR = 2026
"""From July 2025 local government has two tiers (province, commune); the 2025 laws on the
organisation of government and on legal documents are in force for every plan from 2026."""

_BEFORE_REFORM = {
    "bo_nhan": "Bộ Thông tin và Truyền thông",
    "bo_nhan_tat": "Bộ TT&TT",
    "so_tt": "Sở Thông tin và Truyền thông",
    "so_tt_tat": "Sở TT&TT",
    "phong_tt": "Phòng Thông tin - Báo chí - Xuất bản",
    "ban_tuyen_giao": "Ban Tuyên giáo",
}
_AFTER_REFORM = {
    "bo_nhan": "Bộ Văn hóa, Thể thao và Du lịch",
    "bo_nhan_tat": "Bộ VHTTDL",
    "so_tt": "Sở Văn hóa, Thể thao và Du lịch",
    "so_tt_tat": "Sở VHTTDL",
    "phong_tt": "Phòng Báo chí - Xuất bản",
    "ban_tuyen_giao": "Ban Tuyên giáo và Dân vận",
}
_THREE_TIERS = {
    "cap_co_so": "Ủy ban nhân dân các huyện, thị xã, thành phố",
    "cap_co_so_tat": "UBND cấp huyện",
    "dia_ban_co_so": "các huyện, thị xã, thành phố",
    "luat_cqdp": (
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung"
        " một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22"
        " tháng 11 năm 2019"
    ),
    "luat_tccp": (
        "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của"
        " Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019"
    ),
    "luat_bhvb": (
        "Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ"
        " sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020"
    ),
}
_TWO_TIERS = {
    "cap_co_so": "Ủy ban nhân dân các xã, phường",
    "cap_co_so_tat": "UBND cấp xã",
    "dia_ban_co_so": "các xã, phường",
    "luat_cqdp": "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
    "luat_tccp": "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025",
    "luat_bhvb": "Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025",
}
_COMMON_NOUNS = ("dự án ", "dự thảo ", "đề nghị ", "đề án ", "chính sách ")
_DAY = re.compile(r"(start|end)_(\d\d)_(\d\d)")


@dataclass(frozen=True, slots=True)
class Answers:
    """Everything the officer decided, validated; ``policy_name`` serves plans of one policy."""

    kind: Kind
    issuer: Issuer
    year: int
    profiles: tuple[str, ...]
    file_name: str
    policy_name: str
    style: str = "day-du"


class Context(Mapping[str, str]):
    """The template values for one plan; see the module docstring for the computed names."""

    def __init__(self, answers: Answers) -> None:
        self.year = answers.year
        self.fixed = _fixed(answers)

    def __getitem__(self, name: str) -> str:
        if name in self.fixed:
            return self.fixed[name]
        day = _DAY.fullmatch(name)
        if day is not None:
            kind, month, dom = day.groups()
            moved = working_day(date(self.year, int(month), int(dom)), forward=kind == "start")
            return short_date(moved)
        if name == "codes_profiles":
            return _profile_codes()
        if name.startswith("codes_") and name[len("codes_") :] in LABELS:
            labels = LABELS[name[len("codes_") :]]
            return ", ".join(f"{code} ({label})" for code, label in labels.items())
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.fixed)

    def __len__(self) -> int:
        return len(self.fixed)


def working_day(day: date, *, forward: bool) -> date:
    """``day`` itself when it is a working day, else the nearest one in the given direction."""
    step = timedelta(days=1 if forward else -1)
    while non_working_reason(day) is not None:
        day += step
    return day


def _fixed(answers: Answers) -> dict[str, str]:
    year, issuer = answers.year, answers.issuer
    values = {
        "year": str(year),
        "prev_year": str(year - 1),
        "next_year": str(year + 1),
        "tep": answers.file_name,
        "co_quan": issuer.name,
        "co_quan_hoa": issuer.upper,
        "ky_hieu": issuer.symbol,
        # The same agency's symbol for the Quyết định that issues the plan (KH-BYT -> QĐ-BYT).
        "ky_hieu_qd": "QĐ-" + issuer.symbol.split("-", 1)[-1],
        "dia_danh": issuer.place,
        "cap": issuer.level,
        "dia_phuong": f"{issuer.level} {issuer.locality}".strip(),
        "ten_dia_phuong": issuer.locality,
        "cap_uy": _party_committee(issuer.level),
        "ho_so": ", ".join(answers.profiles),
        "thuc_hien": _instruments(answers.profiles),
        "ten_chinh_sach": answers.policy_name,
        "chinh_sach": _running_text(answers.policy_name),
    }
    values |= _BEFORE_REFORM if year < ORG_REFORM_YEAR else _AFTER_REFORM
    values |= _THREE_TIERS if year < TWO_TIER_YEAR else _TWO_TIERS
    return values


def _party_committee(level: str) -> str:
    # The party committee of the same level: Tỉnh ủy, Thành ủy; a ward's or commune's Đảng ủy.
    return {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy"}.get(level, "Đảng ủy")


def _running_text(name: str) -> str:
    # "Dự án Luật X" starts a field but reads "dự án Luật X" inside a sentence; "Luật X" does not
    # change, since a document's type keeps its capital letter.
    if name.casefold().startswith(_COMMON_NOUNS):
        return name[:1].lower() + name[1:]
    return name


def _instruments(profile_ids: tuple[str, ...]) -> str:
    from commplan.settings.profiles import shipped_profile

    names = [i for p in profile_ids for i in shipped_profile(p).instruments]
    names = list(dict.fromkeys(names))
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " và " + names[-1]


def _profile_codes() -> str:
    from commplan.settings.profiles import shipped_profile

    parts = []
    for profile_id in shipped_profile_ids():
        profile = shipped_profile(profile_id)
        window = _vi_window(profile.applies.start, profile.applies.end)
        parts.append(f"{profile_id} ({'; '.join(profile.instruments)}; áp dụng {window})")
    return ", ".join(parts)


def _vi_window(start: date | None, end: date | None) -> str:
    # Plan content, hence Vietnamese words rather than a translated message.
    if start is not None and end is not None:
        if start.year == end.year:
            return f"năm {start.year}"
        return f"từ năm {start.year} đến năm {end.year}"
    if start is not None:
        return f"từ năm {start.year}"
    if end is not None:
        return f"đến năm {end.year}"
    return "mọi năm"
