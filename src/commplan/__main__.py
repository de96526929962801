"""``python -m commplan``."""

from __future__ import annotations

from commplan.cli import main

main()
