"""Rendering a plan into the official Word document (Nghị định 30/2020/NĐ-CP).

The flow is one way: plan -> ``context`` (plain dicts, lists and strings) -> a docxtpl template
rendered in a sandboxed Jinja environment -> python-docx post-processing (what a template
cannot do) -> a normalised, byte-stable zip. Importing this package imports nothing heavy:
docxtpl, python-docx and Jinja are imported by the modules that need them.
"""
