"""TEXT-005 (reported by the loader): direction marks in any text, with line and column."""

from __future__ import annotations

import pytest

from commplan.source.loader import load_text
from tests.helpers import BASE_LINES, plan_text, positions

UNITS = """\
units:
  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong}
activities: []
"""


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(UNITS, [], id="plain"),
        pytest.param(UNITS + 'purposes: ["Mục đích \\u202eđảo ngược"]\n', [(4, 12)], id="rlo"),
        pytest.param(
            UNITS.replace("Sở Thông", "Sở \u2067Thông") + "legal_bases:\n  - Luật\u200f A\n",
            [(2, 23), (5, 5)],
            id="isolate-and-rlm",
        ),
        pytest.param(UNITS + 'purposes: ["Tiếng Việt\\u200d"]\n', [], id="joiner-is-not-a-mark"),
    ],
)
def test_text_004_direction_marks(snippet: str, expected: list[tuple[int, int]]) -> None:
    loaded = load_text(plan_text(snippet), "t.yaml")
    found = [(d.line - BASE_LINES, d.column) for d in loaded.diagnostics if d.rule == "TEXT-005"]
    assert sorted(found) == expected


PLACEHOLDERS = """\
units:
  - {id: stttt, name: "Sở [tên tỉnh]", kind: don_vi_truyen_thong}
activities:
  - id: a1
    title: Hội nghị
    type: khac
    owner: stttt
    start: tháng 1/2022
    end: tháng 1/2022
    outputs: ["Tài liệu [1]", "Bản tin [số kỳ] tháng"]
crisis:
  scenarios: [{id: s1, description: "Tin sai [nội dung]", likelihood: thap, impact: cao}]
  holding_statements: [{id: h1, scenario: s1, text: "Vào [giờ, ngày], Sở đã ..."}]
"""


def test_text_004_finds_placeholders_at_every_depth_but_not_in_holding_statements() -> None:
    # A footnote mark "[1]" is not a placeholder; a holding statement keeps its blanks.
    assert positions(PLACEHOLDERS, "TEXT-004") == [(2, 23), (10, 31), (12, 37)]
