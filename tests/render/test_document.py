"""Every example rendered and read back with python-docx: ND30 §13 and §14, table by table."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from commplan.render.budget import priced_lines, total_of
from commplan.typography.metrics import text_width
from commplan.vn.money import amount_line
from tests.render.helpers import (
    EXAMPLE_FILES,
    W,
    all_paragraphs,
    font,
    load_plan,
    para_format,
    render_to,
    size_pt,
)

TNR = "Times New Roman"
MM = 1440 / 25.4


@pytest.fixture(scope="module", params=EXAMPLE_FILES, ids=lambda p: p.stem)
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path: Path = request.param
    out = tmp_path_factory.mktemp("docs") / f"{path.stem}.docx"
    return path, render_to(path, out)


def _extra(path: Path) -> int:
    """Sections and tables a Quyết định adds before the plan: its own, and the plan's header."""
    return 1 if load_plan(path).document.form == "quyet_dinh" else 0


def _twips(value: int | None) -> int:
    assert value is not None
    return round(value / 635)  # EMU to twips


def test_page_setup_of_every_section(rendered: tuple[Path, DocumentObject]) -> None:
    path, doc = rendered
    sections = doc.sections
    extra = _extra(path)  # a Quyết định's section before the plan's
    assert len(sections) - extra in (3, 4)  # main text, Phụ lục I, II and (with a budget) III
    for i, section in enumerate(sections):
        landscape = section.orientation == WD_ORIENT.LANDSCAPE
        assert landscape == (i == 2 + extra)
        size = (_twips(section.page_width), _twips(section.page_height))
        assert size == ((16838, 11906) if landscape else (11906, 16838))
        margins = [
            _twips(getattr(section, f"{m}_margin")) for m in ("top", "bottom", "left", "right")
        ]
        assert margins == [1134, 1134, 1701, 850]
        assert _twips(section.header_distance) == 567
        assert section.different_first_page_header_footer
        start = section._sectPr.find(qn("w:pgNumType"))
        assert (start is None) == (i == 0)
        if start is not None:
            assert start.get(qn("w:start")) == "1"


def test_headers_number_pages_from_page_two(rendered: tuple[Path, DocumentObject]) -> None:
    _, doc = rendered
    for section in doc.sections:
        first = section.first_page_header
        assert not first.is_linked_to_previous
        assert "PAGE" not in first._element.xml and not re.search(
            r"\d", "".join(first._element.itertext())
        )
        header = section.header
        [paragraph] = header.paragraphs
        assert "PAGE" in "".join(t.text or "" for t in header._element.iter(qn("w:instrText")))
        assert para_format(paragraph, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
        assert size_pt(paragraph) == 14
        assert not font(paragraph, "italic")
    assert not any(
        s.footer._element.iter(qn("w:t"))
        for s in doc.sections
        if not s.footer.is_linked_to_previous
    )


def test_fonts_and_language_in_defaults_and_normal(rendered: tuple[Path, DocumentObject]) -> None:
    _, doc = rendered
    styles = doc.styles.element
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    normal = next(s for s in styles.iter(qn("w:style")) if s.get(qn("w:styleId")) == "Normal")
    for rpr in (defaults, normal.find(qn("w:rPr"))):
        fonts = rpr.find(qn("w:rFonts"))
        assert [fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")] == [TNR] * 4
        assert rpr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
    assert "Theme" not in doc.styles.element.xml.split("<w:latentStyles")[0]


def _rule_length(paragraph_xml: object, available: int) -> int:
    ind = paragraph_xml.find(f"{qn('w:pPr')}/{qn('w:ind')}")  # type: ignore[attr-defined]
    return available - int(ind.get(qn("w:left"))) - int(ind.get(qn("w:right")))


def test_header_block(rendered: tuple[Path, DocumentObject]) -> None:
    path, doc = rendered
    plan = load_plan(path)
    table = doc.tables[0]
    left, right = table.rows[0].cells
    texts = [p for p in left.paragraphs if p.text]
    # Agency names break by convention ("ỦY BAN NHÂN DÂN" / "TỈNH NAM ĐỊNH"); the words stay.
    assert " ".join(texts[-1].text.split()) == " ".join(plan.document.issuer.split())
    size = size_pt(texts[-1])  # 12 pt when a long name's line needs it (ND30 H5: 12-13)
    assert font(texts[-1], "bold") and size in (12, 13)
    if plan.document.parent_agency:
        assert " ".join(texts[0].text.split()) == " ".join(plan.document.parent_agency.split())
        assert not font(texts[0], "bold")
    motto = [p for p in right.paragraphs if p.text]
    assert [p.text for p in motto] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert [font(p, "bold") for p in motto] == [True, True]
    assert size_pt(motto[0]) in (12, 13) and size_pt(motto[1]) == 14
    # Rules: under the Tiêu ngữ as long as its text; under the issuer 1/3 to 1/2 of its line.
    cell_width = int(right._tc.get_or_add_tcPr().find(qn("w:tcW")).get(qn("w:w")))
    motto_rule = _rule_length(right.paragraphs[-1]._p, cell_width)
    assert motto_rule == pytest.approx(text_width(motto[1].text, 14, bold=True), rel=0.02)
    left_width = int(left._tc.get_or_add_tcPr().find(qn("w:tcW")).get(qn("w:w")))
    issuer_rule = _rule_length(left.paragraphs[-1]._p, left_width)
    widest = max(text_width(line, size, bold=True) for line in texts[-1].text.split("\n"))
    line = min(widest, left_width)
    assert line / 3 <= issuer_rule <= line / 2
    number, date = table.rows[1].cells
    kind = "QĐ" if _extra(path) else "KH"
    assert re.fullmatch(rf"Số: (0[1-9]|[1-9]\d+)/{kind}-[A-ZĐ0-9-]+", number.paragraphs[0].text)
    assert size_pt(number.paragraphs[0]) == 13 and not font(number.paragraphs[0], "bold")
    place_date = date.paragraphs[0]
    assert re.fullmatch(
        r".+, ngày (0[1-9]|[12]\d|3[01]) tháng (01|02|[3-9]|1[0-2]) năm \d{4}", place_date.text
    )
    assert font(place_date, "italic") and size_pt(place_date) == 14


def _body(doc: DocumentObject) -> list:  # type: ignore[type-arg]
    """Body paragraphs outside tables, from "KẾ HOẠCH" to the closing line."""
    top = list(doc.paragraphs)
    start = next(i for i, p in enumerate(top) if p.text == "KẾ HOẠCH")
    if top[start + 2].text.startswith(("(Kèm theo Quyết định", "(Ban hành kèm theo")):
        del top[start + 2]  # the attached plan's reference to its Quyết định
    end = next(i for i in range(start, len(top)) if top[i].text.endswith("./."))
    return top[start : end + 1]


def test_title_and_can_cu(rendered: tuple[Path, DocumentObject]) -> None:
    path, doc = rendered
    body = _body(doc)
    title, subject = body[0], body[1]
    for p in (title, subject):
        assert font(p, "bold") and size_pt(p) == 14
        assert para_format(p, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    plan = load_plan(path)
    assert subject.text == plan.document.title
    if plan.document.form == "quyet_dinh":
        # The căn cứ are the Quyết định's, before "QUYẾT ĐỊNH:" (Mẫu 1.3).
        top = [p for p in doc.paragraphs if p.text]
        body = top[: [p.text for p in top].index("QUYẾT ĐỊNH:")]
    verbs = ("Căn cứ", "Thực hiện") if plan.implements else ("Căn cứ",)
    bases = [p for p in body if p.text.startswith(verbs)]
    assert bases, "every example cites its legal bases"
    assert all(font(p, "italic") for p in bases if p.text.startswith("Căn cứ"))
    assert all(p.text.endswith(";") for p in bases[:-1])
    # The opening runs on into the issuing clause unless the plan predates implements.
    old_shape = not plan.implements and plan.proposed_by is None
    assert bases[-1].text.endswith("." if old_shape else (";", ":"))


def test_body_paragraph_formatting(rendered: tuple[Path, DocumentObject]) -> None:
    _, doc = rendered
    body = [p for p in _body(doc)[3:] if p.text and not font(p, "italic")]
    for p in body:
        assert para_format(p, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY, p.text
        assert _twips(para_format(p, "first_line_indent")) == 567
        assert _twips(para_format(p, "space_before")) >= 120
        assert 1.0 <= para_format(p, "line_spacing") <= 1.5
        assert size_pt(p) == 14
    headings = [p.text for p in body if re.match(r"[IVX]+\. ", p.text)]
    numerals = [h.split(".")[0] for h in headings]
    assert numerals == ["I", "II", "III", "IV", "V"][: len(numerals)]
    assert all(
        font(p, "bold") and p.text.split(". ", 1)[1].isupper() for p in body if p.text in headings
    )
    letters = [p.text[0] for p in body if re.match(r"[a-zđ]\) ", p.text)]
    assert "f" not in letters
    assert body[-1].text.endswith("./.")


def test_closing_block(rendered: tuple[Path, DocumentObject]) -> None:
    path, doc = rendered
    plan = load_plan(path)
    closing = doc.tables[1]
    assert closing.rows[0]._tr.get_or_add_trPr().find(qn("w:cantSplit")) is not None
    left, right = closing.rows[0].cells
    lines = [p for p in left.paragraphs if p.text]
    assert lines[0].text == "Nơi nhận:"
    assert font(lines[0], "bold") and font(lines[0], "italic") and size_pt(lines[0]) == 12
    entries = lines[1:]
    # A Quyết định's Nơi nhận starts "- Như Điều 3;" (the examples name it themselves).
    assert len(entries) == len(plan.document.recipients) + 1
    assert all(size_pt(p) == 11 and p.text.startswith("- ") for p in entries)
    assert all(p.text.endswith(";") for p in entries[:-1])
    assert re.fullmatch(r"- Lưu: VT(, .+)?\.", entries[-1].text)
    signer = [p for p in right.paragraphs if p.text]
    assert plan.document.signer is not None
    expected = [
        *plan.document.signer.authority,
        plan.document.signer.title,
        plan.document.signer.name,
    ]
    assert [p.text for p in signer] == expected
    assert all(font(p, "bold") and size_pt(p) == 14 for p in signer)
    assert all(p.text.isupper() for p in signer[:-1])


def _cell_text(row: object, index: int) -> str:
    return row.cells[index].text  # type: ignore[attr-defined, no-any-return]


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", ".") or "0")


def test_appendix_headings(rendered: tuple[Path, DocumentObject]) -> None:
    path, doc = rendered
    labels = [p for p in doc.paragraphs if p.text.startswith("Phụ lục ")]
    assert [p.text for p in labels][:3] == ["Phụ lục I", "Phụ lục II", "Phụ lục III"][: len(labels)]
    for p in labels:
        assert font(p, "bold") and size_pt(p) == 14
        assert para_format(p, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    assert not any("PHỤ LỤC" in p.text for p in doc.paragraphs)
    kind = "Quyết định" if _extra(path) else "Kế hoạch"
    references = [p for p in doc.paragraphs if p.text.startswith(f"(Kèm theo {kind} số")]
    assert len(references) == len(labels) and all(font(p, "italic") for p in references)


def test_activity_table_and_total(rendered: tuple[Path, DocumentObject]) -> None:
    path, doc = rendered
    plan = load_plan(path)
    table = doc.tables[2 + _extra(path)]
    header = table.rows[0]
    assert header._tr.get_or_add_trPr().find(qn("w:tblHeader")) is not None
    # A column no task fills is left out (Phụ lục I never prints an empty column).
    filled = {
        "Đơn vị phối hợp": any(a.partners for a in plan.activities),
        "Sản phẩm": any(a.outputs for a in plan.activities),
        "Kinh phí (triệu đồng)": bool(priced_lines(plan)),
    }
    head = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    head += ["Sản phẩm", "Kinh phí (triệu đồng)"]
    head = [title for title in head if filled.get(title, True)]
    assert [c.text for c in header.cells] == head
    tasks = [r for r in table.rows[1:] if len(r._tr.findall(qn("w:tc"))) == len(head)]
    assert len(tasks) == len(plan.activities)
    timed = {a.title.strip(): a.time_text for a in plan.activities if a.time_text}
    for row in tasks:
        if row.cells[1].text in timed:
            assert row.cells[head.index("Thời gian")].text == timed[row.cells[1].text]
    total_row = table.rows[-1]
    if not priced_lines(plan):  # a ward's plan without budget lines has no total row
        assert total_row.cells[0].text != "Tổng cộng"
        return
    assert total_row.cells[0].text == "Tổng cộng"
    costs = sum(_decimal(_cell_text(r, len(head) - 1)) for r in tasks)
    assert costs == _decimal(total_row.cells[-1].text)
    assert costs * 10**6 == total_of(priced_lines(plan))


def test_gantt_is_shaded_and_fits_the_landscape_page(rendered: tuple[Path, DocumentObject]) -> None:
    path, doc = rendered
    table = doc.tables[3 + _extra(path)]
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    landscape = doc.sections[2 + _extra(path)]
    text_width_twips = (
        _twips(landscape.page_width)
        - _twips(landscape.left_margin)
        - _twips(landscape.right_margin)
    )
    assert sum(grid) == text_width_twips
    assert 1 <= len(grid) - 3 <= 24
    rows = table._tbl.findall(qn("w:tr"))
    for row in rows:
        widths = [
            int(tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").get(qn("w:w")))
            for tc in row.findall(qn("w:tc"))
        ]
        assert sum(widths) == sum(grid)
    shaded = [
        tc for tc in table._tbl.iter(qn("w:tc"))
        if (shd := tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}")) is not None and shd.get(qn("w:fill")) == "808080"
    ]  # fmt: skip
    body = [r for r in rows if r.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None]
    task_rows = [r for r in body if len(r.findall(qn("w:tc"))) == len(grid)]
    assert len(task_rows) == len(load_plan(path).activities)
    assert len(shaded) >= len(task_rows)


def test_budget_table_totals_and_words(rendered: tuple[Path, DocumentObject]) -> None:
    path, doc = rendered
    plan = load_plan(path)
    lines = priced_lines(plan)
    if not lines:
        assert len(doc.tables) == 4 + _extra(path)
        return
    table = doc.tables[4 + _extra(path)]
    rows = table.rows[1:]
    amounts = [_decimal(r.cells[-1].text) for r in rows if r.cells[0].text == "-"]
    assert sum(amounts) == total_of(lines)
    assert rows[-1].cells[0].text == "Tổng cộng"
    assert _decimal(rows[-1].cells[-1].text) == total_of(lines)
    after = doc.paragraphs[[p.text for p in doc.paragraphs].index(amount_line(total_of(lines)))]
    assert font(after, "italic")


def test_every_part_is_black_times_new_roman(rendered: tuple[Path, DocumentObject]) -> None:
    _, doc = rendered
    for paragraph in all_paragraphs(doc):
        if paragraph.text.strip():
            assert font(paragraph, "name") == TNR
    colours = {c.get(qn("w:val")) for c in doc.element.iter(qn("w:color"))}
    colours |= {c.get(qn("w:val")) for c in doc.styles.element.iter(qn("w:color"))}
    assert colours <= {"000000", "auto"}


def test_no_template_tags_are_left(rendered: tuple[Path, DocumentObject]) -> None:
    _, doc = rendered
    text = "\n".join(p.text for p in all_paragraphs(doc))
    assert "{{" not in text and "{%" not in text
    assert W not in text
