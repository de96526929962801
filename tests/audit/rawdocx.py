"""Minimal .docx packages written from XML snippets, for constructs Word and LibreOffice use.

python-docx cannot easily write theme-only fonts, Word lists, drawn lines or VML; these tests
write the parts themselves, so what is tested is exactly the XML shown in the test.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument."
_PARTS = {
    "styles": ("styles.xml", "wordprocessingml.styles+xml"),
    "numbering": ("numbering.xml", "wordprocessingml.numbering+xml"),
    "settings": ("settings.xml", "wordprocessingml.settings+xml"),
    "theme": ("theme/theme1.xml", "theme+xml"),
    "header": ("header1.xml", "wordprocessingml.header+xml"),
}
SECT = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="850"/></w:sectPr>'
)


def write_docx(path: Path, body: str, **parts: str) -> Path:
    """A package with ``body`` (inner XML of ``w:body``) and the named optional parts.

    Each of ``styles``, ``numbering``, ``settings`` is inner XML of its root element; ``theme``
    is a whole part; ``header`` is inner XML of ``w:hdr`` (referenced by the body as rIdheader).
    """
    roots = {
        "styles": "w:styles",
        "numbering": "w:numbering",
        "settings": "w:settings",
        "header": "w:hdr",
    }
    overrides = [
        '<Override PartName="/word/document.xml" ContentType="'
        f'{_CT}wordprocessingml.document.main+xml"/>'
    ]
    rels = []
    files = {"word/document.xml": f"<w:document {NS}><w:body>{body}</w:body></w:document>"}
    for name, content in parts.items():
        target, kind = _PARTS[name]
        root = roots.get(name)
        files[f"word/{target}"] = f"<{root} {NS}>{content}</{root}>" if root else content
        overrides.append(f'<Override PartName="/word/{target}" ContentType="{_CT}{kind}"/>')
        rels.append(f'<Relationship Id="rId{name}" Type="{_RT}{name}" Target="{target}"/>')
    files["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"
    )
    files["_rels/.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_RT}officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    files["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def para(text: str, ppr: str = "", rpr: str = "") -> str:
    """``<w:p>`` with one run."""
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


THEME = """<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office">
<a:themeElements><a:fontScheme name="Office">
<a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/>
<a:font script="Viet" typeface="Times New Roman"/></a:majorFont>
<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>
<a:font script="Viet" typeface="Arial"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>"""
