"""``commplan export``: the plan's data for the finance office, calendars and other programs.

Formats: .xlsx (``workbook``), .csv (``csvtable``), .ics (``calendar``) and .json
(``normalised``), all built from the same rows (``tables``), which reuse the computations of
the Word document. Each format's library is imported only when that format is written.
"""
