"""The section of tasks: groups (by topic or by phase), tasks, their prose, owners and times."""

from __future__ import annotations

import re
from typing import Any

from commplan.importer import audiences
from commplan.importer.draft import Draft, fold, make_id
from commplan.importer.timeframe import read_time
from commplan.importer.units import Units

KHOAN = re.compile(r"^(\d{1,2})\s*[.)]\s+(.+)$")
ITEM = re.compile(r"^(?:([a-zđ])\)|\d{1,2}\.\d{1,2}\.?|[-–+•])\s*(.+)$")
_WHO = re.compile(r"^Đơn vị chủ trì:\s*(.+)$", re.IGNORECASE)
_OWNER = re.compile(r"(?:^|[;,.:]\s+|\(|^-\s*)([A-ZĐ][^;,.()]*?)\s+chủ trì", re.UNICODE)
_TIME = re.compile(r"Thời gian(?: thực hiện)?\s*:\s*([^;]+?)\.?$", re.IGNORECASE | re.MULTILINE)
_TIME_WORDS = re.compile(
    r"(Thường xuyên|Hằng năm|Hàng năm|Quý\s+[IV]+(?:\s*-\s*[IV]+)?/\d{4}"
    r"|trước ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?|[Tt]háng\s+\d{1,2}/\d{4}|[Nn]ăm\s+\d{4})"
)
_TYPES = (
    ("hop bao", "hop_bao"),
    ("thong cao", "thong_cao_bao_chi"),
    ("dang tai", "dang_tai_cong_ttdt"),
    ("phong van", "phong_van"),
    ("toa dam", "toa_dam_hoi_thao"),
    ("hoi thao", "toa_dam_hoi_thao"),
    ("doi thoai", "doi_thoai"),
    ("dat hang", "dat_hang_bao_chi"),
    ("chuyen muc", "dat_hang_bao_chi"),
    ("mang xa hoi", "mang_xa_hoi"),
    ("tap huan", "tap_huan"),
    ("boi duong", "tap_huan"),
    ("theo doi", "theo_doi_thong_tin"),
    ("khao sat", "khao_sat_du_luan"),
    ("danh gia", "danh_gia_tac_dong"),
    ("phan bien", "phan_bien_du_thao"),
    ("gop y", "phan_bien_du_thao"),
    ("khung hoang", "xu_ly_khung_hoang"),
    ("bao cao", "bao_cao"),
    ("kien toan", "kien_toan_doi_ngu"),
    ("san pham", "san_pham_truyen_thong"),
    ("phong su", "san_pham_truyen_thong"),
)


def activity_type(title: str) -> str:
    """The activity type a task's title suggests, 'khac' when none does."""
    # The keyword nearest the start names the act: "Theo dõi … mạng xã hội" is monitoring.
    folded = fold(title)
    found = [(folded.find(words), code) for words, code in _TYPES if words in folded]
    return min(found)[1] if found else "khac"


class TaskReader:
    """Reads the paragraphs of the task section into task_groups or phases and activities."""

    def __init__(self, draft: Draft, units: Units, by_topic: bool, year: int | None) -> None:
        self.draft, self.units, self.by_topic, self.year = draft, units, by_topic, year
        self.groups: list[dict[str, Any]] = []
        self.tasks: list[dict[str, Any]] = []
        self.taken: set[str] = set()
        self.mode: str | None = None
        self.last = "text"
        self.who_read: set[str] = set()

    def read(self, texts: list[str]) -> None:
        """Read the paragraphs of the task section in order."""
        for text in texts:
            if fold(text).startswith("chi tiet nhiem vu tai phu luc"):
                continue  # the pointer commplan writes to its own appendices
            if (match := KHOAN.match(text)) and (mode := audiences.mode_of(match.group(2))):
                self.mode = mode
            elif match and (_OWNER.search(text) or _TIME.search(text)):
                # A ward types its tasks as "1. …" with who and when: a task, not a heading.
                self.mode = None
                self._task(match.group(2), letter=False)
            elif match:
                self.mode = None
                self._group(match.group(2))
            elif self.mode:
                item = ITEM.match(text)
                audiences.add(self.draft, self.mode, item.group(2) if item else text, self.taken)
            elif (match := ITEM.match(text)) and not _WHO.match(text):
                self._task(match.group(2), letter=bool(match.group(1)))
            elif match := _WHO.match(text):
                self._lone_task()
                self._who(self.tasks[-1], match.group(1))
            elif self.tasks and self._same_group():
                self.tasks[-1].setdefault("details", []).append(text)
                self.last = "details"
            elif self.groups:
                self.groups[-1].setdefault("text", []).append(text)
                self.last = "text"
            else:
                self._group(text)

    def _lone_task(self) -> None:
        # A group of one task is written without a letter: its last plain paragraph is the task.
        if self.tasks and self.tasks[-1]["id"] not in self.who_read and self._same_group():
            return
        holder = (
            self.tasks[-1] if self.last == "details" else self.groups[-1] if self.groups else None
        )
        if holder is None or not holder.get(self.last):
            raise ValueError("who line without a task")
        text = holder[self.last].pop()
        if not holder[self.last]:
            del holder[self.last]
        self._task(text, letter=False)

    def _same_group(self) -> bool:
        return not self.groups or self.tasks[-1].get("_group") == self.groups[-1]["id"]

    def _group(self, title: str) -> None:
        name, when = title, None
        if match := re.match(r"^(.+?)\s*\(([^()]+)\)$", title):
            name, when = match.group(1), read_time(match.group(2), self.year)
        group: dict[str, Any] = {"id": make_id(name, self.taken, "n"), "title": name}
        if not self.by_topic and when and when.start:
            group.update({"start": when.start, "end": when.end})
        elif not self.by_topic:
            group["title"] = title
        self.groups.append(group)

    def _task(self, text: str, letter: bool) -> None:
        del letter
        title = text.rstrip(".").strip()
        task: dict[str, Any] = {"id": make_id(title, self.taken, "nv"), "title": title}
        task["type"] = activity_type(title)
        task["_group"] = self.groups[-1]["id"] if self.groups else None
        self.tasks.append(task)
        self._inline(task, text)

    def _inline(self, task: dict[str, Any], text: str) -> None:
        # Offices write who and when inside the sentence: "Sở … chủ trì; thời gian: Quý II/2024".
        starts = []
        if "owner" not in task and (owner := _OWNER.search(text)):
            task["owner"] = self.units.ref(owner.group(1))
            starts.append(owner.start(1))
        when = _TIME.search(text) or _TIME_WORDS.search(text)
        if "start" not in task and "time_text" not in task and when:
            self._when(task, when.group(1))
            starts.append(when.start())
        if not starts:
            return
        # The title ends where the clause of who and when begins; the rest goes in a comment.
        cut = max((text.rfind(sep, 0, min(starts)) for sep in ("; ", ". ")), default=-1)
        if starts and cut > 0:
            task["title"] = text[:cut].strip()
            task["_cut"] = text[cut:].strip("; .")
            task["_full"] = text.rstrip(".").strip()

    def _who(self, task: dict[str, Any], text: str) -> None:
        # A line "Đơn vị chủ trì: …" says who and when: what the title seemed to say is undone.
        self.who_read.add(task["id"])
        if "_full" in task:
            task["title"] = task.pop("_full")
            del task["_cut"]
        for key in ("start", "end", "recurrence", "time_text"):
            task.pop(key, None)
        parts = [p.strip() for p in text.rstrip(".").split("; ")]
        task["owner"] = self.units.ref(parts[0])
        for part in parts[1:]:
            key, _sep, value = part.partition(": ")
            if fold(key) == "don vi phoi hop":
                task["partners"] = [self.units.ref(v) for v in re.split(r",\s+(?=[A-ZĐ])", value)]
            elif fold(key) == "thoi gian":
                self._when(task, value)

    def _when(self, task: dict[str, Any], text: str) -> None:
        when = read_time(text, self.year)
        for key in ("start", "end", "recurrence", "time_text"):
            if getattr(when, key):
                task[key] = getattr(when, key)
