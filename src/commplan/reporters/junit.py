"""``junit``: JUnit XML, one test case per file without findings and one per finding.

Every text passes through :func:`~commplan.reporters.base.xml_safe`: ElementTree writes control
characters as they are, and one quoted from a plan would make the whole report unreadable.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from commplan.reporters.base import RunReport, xml_safe
from commplan.reporters.concise import headline


def render(report: RunReport) -> str:
    """A ``<testsuites>`` document; every finding is a failure whose type is its severity."""
    findings = report.sorted()
    suite = ET.Element(
        "testsuite",
        name=f"commplan {report.tool}",
        tests="0",
        failures=str(len(findings)),
        errors="0",
        skipped="0",
    )
    count = 0
    for file in report.files:
        mine = [d for d in findings if d.file == file]
        shown = xml_safe(file)
        if not mine:
            ET.SubElement(suite, "testcase", classname=shown, name=shown)
            count += 1
        for d in mine:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=shown,
                name=xml_safe(f"{d.rule} {d.file}:{d.line}"),
                line=str(d.line),
            )
            failure = ET.SubElement(
                case, "failure", message=xml_safe(d.message), type=str(d.severity)
            )
            failure.text = xml_safe(headline(d) + (f"\nhint: {d.hint}" if d.hint else ""))
            count += 1
    suite.set("tests", str(count))
    root = ET.Element("testsuites", tests=str(count), failures=str(len(findings)))
    root.set("errors", "0")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
