"""Plans as agencies issue them (issue 14): each bug, through the CLI, read back from the .docx.

A Quyết định that issues the plan, openings with "Thực hiện …" and a proposer, agency names
broken by convention, numbers written as text, district People's Committees, plans without a
period (PLAN-MODEL.md, "Forms that published plans use").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from commplan.typography.metrics import text_width

Cli = Callable[..., Any]
Write = Callable[[str, str], Path]

UNITS = """\
units:
  - {id: ubnd, name: Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu, kind: co_quan_chu_tri}
  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong, dedicated: true}
activities:
  - {id: a1, title: Họp báo định kỳ quý, type: hop_bao, owner: stttt, start: Quý II/2024, end: Quý II/2024}
"""
PROVINCE = """\
schema_version: 1
document:
  issuer: ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU
  issuer_level: ubnd_tinh
  number: 8
  symbol: KH-UBND
  place: Bà Rịa - Vũng Tàu
  date: 08/01/2024
  title: Triển khai thực hiện công tác truyền thông chính sách trên địa bàn tỉnh
  signer: {authority: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH], title: PHÓ CHỦ TỊCH, name: Trần Văn A}
"""
DECISION = """\
schema_version: 1
document:
  form: quyet_dinh
  issuer: BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
  issuer_level: bo
  number: 288
  symbol: QĐ-LĐTBXH
  place: Hà Nội
  date: 23/01/2025
  title: Kế hoạch thông tin, truyền thông năm 2025
  decision: {authority: BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI, executors: [Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ]}
  signer: {authority: [KT. BỘ TRƯỞNG], title: THỨ TRƯỞNG, name: Nguyễn Văn B}
  recipients: [Bộ trưởng (để b/c), Các đ/c Thứ trưởng]
legal_bases: [Nghị định số 62/2022/NĐ-CP ngày 12/9/2022 của Chính phủ]
proposed_by: {by: Chánh Văn phòng Bộ}
situation: ["Thời gian qua, công tác truyền thông đã đạt được nhiều kết quả."]
period: năm 2025
units:
  - {id: bo, name: Bộ Lao động - Thương binh và Xã hội, kind: co_quan_chu_tri}
  - {id: vp, name: Văn phòng Bộ, kind: don_vi_truyen_thong, dedicated: true}
activities:
  - {id: a1, title: Họp báo định kỳ quý, type: hop_bao, owner: vp, start: Quý II/2025, end: Quý II/2025}
"""


def _render(cli: Cli, plan: Path) -> DocumentObject:
    out = plan.with_suffix(".docx")
    result = cli("render", str(plan), "-o", str(out), "--force")
    assert result.exit_code == 0, result.stdout + result.stderr
    return Document(str(out))


def _findings(cli: Cli, plan: Path) -> list[dict[str, Any]]:
    result = cli("validate", "--format", "json", str(plan))
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def _texts(doc: DocumentObject) -> list[str]:
    return [p.text for p in doc.paragraphs if p.text.strip()]


def _lines(paragraph: Any) -> list[str]:
    """The lines of a paragraph as Word shows them: text split at its ``w:br``."""
    lines = [""]
    for node in paragraph._p.iter(qn("w:t"), qn("w:br")):
        if node.tag == qn("w:br"):
            lines.append("")
        else:
            lines[-1] += node.text or ""
    return lines


def test_thuc_hien_in_legal_bases_is_caught_with_its_fix(cli: Cli, write: Write) -> None:
    plan = write("p.yaml", PROVINCE + "legal_bases: [Thực hiện Chỉ thị số 07/CT-TTg]\n" + UNITS)
    rows = [r for r in _findings(cli, plan) if r["rule"] == "TEXT-003"]
    assert [(r["line"], r["column"]) for r in rows] == [(11, 15)]
    assert "implements" in rows[0]["hint"]
    proposal = write("q.yaml", PROVINCE + "legal_bases: [Theo đề nghị của Sở Tư pháp]\n" + UNITS)
    hints = [r["hint"] for r in _findings(cli, proposal) if r["rule"] == "TEXT-003"]
    assert len(hints) == 1 and "proposed_by" in hints[0]


def test_implements_opens_the_plan_and_runs_on_into_the_issuing_clause(
    cli: Cli, write: Write
) -> None:
    plan = write(
        "p.yaml",
        PROVINCE
        + "implements:\n  - Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ\n"
        + "  - Quyết định số 765/QĐ-BTTTT ngày 29/4/2023\n"
        + "legal_bases: [Luật Báo chí ngày 05/4/2016]\n"
        + "proposed_by: {by: Sở Thông tin và Truyền thông, submission: Tờ trình số 118/TTr-STTTT}\n"
        + UNITS,
    )
    assert not [r for r in _findings(cli, plan) if r["rule"] in ("DOC-002", "TEXT-003")]
    texts = _texts(_render(cli, plan))
    start = texts.index("Triển khai thực hiện công tác truyền thông chính sách trên địa bàn tỉnh")
    assert texts[start + 1 : start + 5] == [
        "Thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ;",
        "Thực hiện Quyết định số 765/QĐ-BTTTT ngày 29/4/2023;",
        "Căn cứ Luật Báo chí ngày 05/4/2016;",
        "Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 118/TTr-STTTT; Ủy ban "
        "nhân dân tỉnh Bà Rịa - Vũng Tàu ban hành Kế hoạch triển khai thực hiện công tác "
        "truyền thông chính sách trên địa bàn tỉnh như sau:",
    ]
    assert not any("Căn cứ Thực hiện" in t for t in texts)
    audited = cli("audit", str(plan.with_suffix(".docx")))
    assert audited.exit_code == 0, audited.stdout


def test_a_multi_line_intro_becomes_paragraphs(cli: Cli, write: Write) -> None:
    intro = "  intro: |\n    Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n    Phần một.\n"
    plan = write("p.yaml", PROVINCE + intro + "implements: [Chỉ thị số 07/CT-TTg]\n" + UNITS)
    doc = _render(cli, plan)
    texts = _texts(doc)
    i = texts.index(
        "Thực hiện Chỉ thị số 07/CT-TTg; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
    )
    assert texts[i + 1] == "Phần một."
    opening = [p for p in doc.paragraphs if p.text in texts[i : i + 2]]
    assert all(p._p.find(f".//{qn('w:br')}") is None for p in opening)


@pytest.mark.parametrize(
    ("issuer", "lines"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", ["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"]),
        (
            "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            ["BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"],
        ),
        (
            "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
            ["BỘ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN"],
        ),
        ("SỞ TƯ PHÁP TỈNH THỪA THIÊN HUẾ", ["SỞ TƯ PHÁP", "TỈNH THỪA THIÊN HUẾ"]),
        ("BỘ Y TẾ", ["BỘ Y TẾ"]),
        ('"BAN CHỈ ĐẠO\\nCHUYỂN ĐỔI SỐ TỈNH"', ["BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ TỈNH"]),
    ],
)
def test_agency_names_break_by_convention(
    cli: Cli, write: Write, issuer: str, lines: list[str]
) -> None:
    text = PROVINCE.replace("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", issuer)
    doc = _render(cli, write("p.yaml", text + "legal_bases: [Luật Báo chí 2016]\n" + UNITS))
    left = doc.tables[0].rows[0].cells[0]
    name = next(p for p in left.paragraphs if p.text.strip())
    assert _lines(name) == lines
    # The rule under the name is measured on its longer line: 1/3 to 1/2 of it.
    rule = left.paragraphs[-1]._p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    margins = doc.tables[0]._tbl.tblPr.find(f"{qn('w:tblCellMar')}")
    sides = sum(int(margins.find(qn(f"w:{side}")).get(qn("w:w"))) for side in ("left", "right"))
    room = int(left._tc.get_or_add_tcPr().find(qn("w:tcW")).get(qn("w:w"))) - sides
    length = room - 2 * int(rule.get(qn("w:left")))
    size = name.runs[0].font.size.pt if name.runs[0].font.size else 13
    widest = max(text_width(line, size, bold=True) for line in lines)
    assert widest <= room  # Word does not wrap any line further
    assert widest / 3 - 1 <= length <= widest / 2 + 1


def test_a_quyet_dinh_issues_the_plan_attached_to_it(cli: Cli, write: Write) -> None:
    plan = write("qd.yaml", DECISION)
    assert not [r for r in _findings(cli, plan) if r["rule"] in ("DOC-001", "DOC-002")]
    doc = _render(cli, plan)
    texts = _texts(doc)
    head = texts[: texts.index("KẾ HOẠCH")]
    assert head[head.index("QUYẾT ĐỊNH") :] == [
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch thông tin, truyền thông năm 2025",
        "BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12/9/2022 của Chính phủ;",
        "Theo đề nghị của Chánh Văn phòng Bộ.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch thông tin, truyền thông năm 2025”.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành "
        "Quyết định này./.",
    ]
    article = next(p for p in doc.paragraphs if p.text.startswith("Điều 1."))
    assert article.runs[0].text == "Điều 1." and article.runs[0].bold
    closing = doc.tables[1].rows[0].cells[0]
    assert [p.text for p in closing.paragraphs if p.text][:3] == [
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Bộ trưởng (để b/c);",
    ]
    # On a new page: the plan's agency and Quốc hiệu block, without number, place or date.
    assert len(doc.sections) == 1 + 3
    attached = doc.tables[2]
    assert len(attached.rows) == 1
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in attached.rows[0].cells[1].text
    plan_part = texts[texts.index("KẾ HOẠCH") :]
    assert plan_part[1:4] == [
        "Kế hoạch thông tin, truyền thông năm 2025",
        "(Kèm theo Quyết định số 288/QĐ-LĐTBXH ngày 23 tháng 01 năm 2025 của Bộ Lao động - "
        "Thương binh và Xã hội)",
        "Thời gian qua, công tác truyền thông đã đạt được nhiều kết quả.",
    ]
    assert plan_part[4].startswith("I. ")
    # No signature of its own: the only closing table is the Quyết định's.
    assert sum("Nơi nhận:" in t.rows[0].cells[0].text for t in doc.tables) == 1
    refs = [t for t in texts if t.startswith("(Kèm theo Quyết định số 288/QĐ-LĐTBXH")]
    assert len(refs) == 1 + 2  # the plan and Phụ lục I, II
    audited = cli("audit", str(plan.with_suffix(".docx")))
    assert audited.exit_code == 0, audited.stdout


def test_a_draft_quyet_dinh_with_its_own_articles(cli: Cli, write: Write) -> None:
    text = (
        DECISION.replace("  number: 288\n", "")
        .replace("  date: 23/01/2025\n", "")
        .replace(
            "executors: [Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ]",
            "attached_wording: ban_hanh, articles: [Ban hành kèm theo Quyết định này Kế hoạch., "
            "Điều 2. Tổ chức thực hiện., Điều 3. Quyết định này có hiệu lực kể từ ngày ký., "
            "Chánh Văn phòng Bộ chịu trách nhiệm thi hành.]",
        )
        .replace("recipients: [", "recipients: [Như Điều 4, ")
    )
    plan = write("draft.yaml", text)
    doc = _render(cli, plan)
    texts = _texts(doc)
    assert doc.tables[0].rows[1].cells[0].text == "Số:      /QĐ-LĐTBXH"
    articles = [t for t in texts if t.startswith("Điều ")]
    assert articles == [
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
        "Điều 2. Tổ chức thực hiện.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 4. Chánh Văn phòng Bộ chịu trách nhiệm thi hành./.",
    ]
    recipients = doc.tables[1].rows[0].cells[0].text
    assert recipients.count("Như Điều") == 1 and "- Như Điều 4;" in recipients
    assert any(t.startswith("(Ban hành kèm theo Quyết định số      /QĐ-LĐTBXH ngày") for t in texts)
    audited = cli("audit", str(plan.with_suffix(".docx")))
    assert audited.exit_code == 0 and "X-DRAFT" in audited.stdout


def test_a_quyet_dinh_needs_its_decision_and_a_qd_symbol(cli: Cli, write: Write) -> None:
    missing = DECISION.replace(
        "  decision: {authority: BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI, executors: "
        "[Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ]}\n",
        "",
    )
    rows = _findings(cli, write("a.yaml", missing))
    assert [(r["rule"], r["line"]) for r in rows] == [("SCHEMA", 2)]
    assert "decision" in rows[0]["message"]
    wrong = _findings(cli, write("b.yaml", DECISION.replace("QĐ-LĐTBXH", "KH-LĐTBXH")))
    assert [(r["rule"], r["line"]) for r in wrong if r["rule"] == "DOC-001"] == [("DOC-001", 7)]
    plan = PROVINCE.replace("KH-UBND", "QĐ-UBND") + "legal_bases: [Luật Báo chí]\n" + UNITS
    hints = [r["hint"] for r in _findings(cli, write("c.yaml", plan)) if r["rule"] == "DOC-001"]
    assert len(hints) == 1 and "form: quyet_dinh" in hints[0]


@pytest.mark.parametrize("number", ['"0155"', "0155"])
def test_a_number_with_a_leading_zero_is_kept(cli: Cli, write: Write, number: str) -> None:
    text = PROVINCE.replace("number: 8", f"number: {number}") + "legal_bases: [Luật A]\n" + UNITS
    doc = _render(cli, write("p.yaml", text))
    assert doc.tables[0].rows[1].cells[0].text == "Số: 0155/KH-UBND"


def test_a_number_must_be_digits(cli: Cli, write: Write) -> None:
    text = PROVINCE.replace("number: 8", "number: 12a") + UNITS
    rows = _findings(cli, write("p.yaml", text))
    assert [(r["rule"], r["line"], r["column"]) for r in rows] == [("SCHEMA", 5, 11)]


def test_a_district_plan_without_a_period(cli: Cli, write: Write) -> None:
    text = (
        PROVINCE.replace("ubnd_tinh", "ubnd_huyen").replace(
            "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ"
        )
        + "legal_bases: [Luật Báo chí]\n"
        + UNITS
    )
    plan = write("p.yaml", text)
    assert not [r for r in _findings(cli, plan) if r["severity"] == "error"]
    doc = _render(cli, plan)
    name = next(p for p in doc.tables[0].rows[0].cells[0].paragraphs if p.text.strip())
    assert _lines(name) == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK HÀ"]
    assert any(p.text.startswith("Phụ lục II") for p in doc.paragraphs)
