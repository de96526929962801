"""The audit rules for ``commplan rules``: ids as in ND30.md, default severity per its §14.

Where ND30.md §14 splits one rule into a part the decree requires and a part that is template
practice (B4, B5, P3 in landscape, P4's format, the lengths of H3/H6/H11, …), the rule keeps its
id and that finding carries a warning; the summary says so. Ids with a word after the dash are
the auditor's own: X-FILE (unreadable file), X-KIND (not an administrative document), H-VV,
H-KG, B-ART (parts of some types only), X-DRAFT, X-NFD, B-POINT, B-HEAD. The checks run
through :mod:`commplan.audit.engine`, so ``check`` is None here.
"""

from __future__ import annotations

from typing import Final

from commplan.rules.base import Rule
from commplan.source.diagnostics import Severity

E, W = Severity.ERROR, Severity.WARNING

AUDIT_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "X-FILE",
        E,
        "the file is not a readable .docx (not a zip, corrupt, legacy .doc, bad XML)",
    ),
    Rule(
        "X-KIND",
        E,
        "the file is an administrative document (it has a Quốc hiệu, a number or a signature)",
    ),
    Rule("P1", E, "paper is A4 (210 × 297 mm) in every section"),
    Rule("P2", W, "landscape only for a section holding a wide table"),
    Rule(
        "P3",
        E,
        "margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (warning in landscape)",
    ),
    Rule("P4", E, "page numbers in the header from page 2, none on page 1 (format: warning)"),
    Rule("P5", W, "footers are empty"),
    Rule("F1", E, "text is set in Times New Roman (a variant spelling of the name: warning)"),
    Rule("F2", E, "text is black"),
    Rule("F4", W, "capitals are typed, not made by the All caps / Small caps format"),
    Rule("X-NFD", W, "text is stored in Unicode NFC"),
    Rule("H1", E, "Quốc hiệu: text, capitals, 12–13 pt, bold (alignment, wrapping: warning)"),
    Rule("H2", E, "Tiêu ngữ “Độc lập - Tự do - Hạnh phúc” with hyphens, 13–14 pt, bold"),
    Rule("H3", E, "a rule under the Tiêu ngữ (its length: warning)"),
    Rule("H4", E, "managing agency in capitals, 12–13 pt, not bold"),
    Rule("H5", E, "issuing agency in capitals, 12–13 pt, bold"),
    Rule("H6", E, "a rule under the issuing agency (its length: warning)"),
    Rule("H7", E, "“Số: 05/KH-…”: pattern, the type's abbreviation, leading zero, 13 pt upright"),
    Rule(
        "H8",
        E,
        "place and date: pattern, leading-zero rule, italic 13–14 pt (same line: warning)",
    ),
    Rule("X-DRAFT", W, "a draft: the number or the date is left blank"),
    Rule("H9", E, "tên loại (“KẾ HOẠCH”, …) in capitals, bold, 13–14 pt (alignment: warning)"),
    Rule("H10", E, "trích yếu bold, 13–14 pt (capitals: warning)"),
    Rule("H11", E, "a rule under the trích yếu (its length: warning)"),
    Rule("H-VV", E, "a Công văn's trích yếu “V/v …” under the number, 12–13 pt upright"),
    Rule("H-KG", E, "“Kính gửi:” above the text (Công văn, Tờ trình), 13–14 pt upright"),
    Rule("B1", E, "body text 13–14 pt, neither bold nor italic"),
    Rule("B2", E, "body paragraphs justified"),
    Rule("B3", E, "first-line indent 1 cm or 1.27 cm"),
    Rule("B4", E, "at least 6 pt between paragraphs (only when before + after add up: warning)"),
    Rule("B5", E, "line spacing single to 1.5 lines (exact or at-least spacing: warning)"),
    Rule("B6", W, "one body size throughout"),
    Rule("B7", W, "the last body paragraph ends with “./.”"),
    Rule("B8", E, "căn cứ italic, 13–14 pt, ending “;” and the last “.”"),
    Rule("B-POINT", E, "point letters a) b) c) d) đ) e) g) … in Vietnamese order"),
    Rule("B-ART", E, "a Nghị quyết or Quyết định sets out its content in Điều 1, 2, 3 …"),
    Rule("B-HEAD", W, "Mục headings in capitals and bold, khoản headings bold, not centred"),
    Rule("S1", E, "signer's authority and title in capitals, bold, 13–14 pt"),
    Rule("S2", E, "signer's name bold, 13–14 pt, initial capitals, no academic title"),
    Rule("N1", E, "“Nơi nhận:” 12 pt, bold, italic"),
    Rule("N2", E, "recipient lines 11 pt, “-” flush left, ending “;”"),
    Rule("N3", E, "the last recipient line is “- Lưu: VT, ….” ending with “.”"),
    Rule("N4", W, "no “- Như trên;” in a document without “Kính gửi”"),
    Rule("A2", E, "appendix label “Phụ lục I” centred, 14 pt, bold"),
    Rule("A3", E, "appendix title centred, in capitals, bold, 13–14 pt"),
    Rule("A4", E, "“(Kèm theo Kế hoạch số … ngày … của …)” italic, 13–14 pt"),
    Rule("A6", E, "each appendix starts a section numbered from page 1"),
    Rule("T2", W, "table text at least 11 pt"),
    Rule("T3", W, "tables in fixed layout, within the text width"),
)

DEFAULT_SEVERITY: Final[dict[str, Severity]] = {rule.id: rule.severity for rule in AUDIT_RULES}
