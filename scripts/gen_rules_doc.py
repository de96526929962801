"""Write docs/rules.md (Vietnamese) and docs/rules.en.md (English) from the rule explanations."""

from __future__ import annotations

from pathlib import Path

from commplan.explain.docs import rules_page
from commplan.i18n import choose_language

ROOT = Path(__file__).resolve().parents[1]
PAGES = {"vi": ROOT / "docs" / "rules.md", "en": ROOT / "docs" / "rules.en.md"}


def main() -> None:
    """Write both pages."""
    for lang, path in PAGES.items():
        choose_language(lang)
        path.write_text(rules_page(), encoding="utf-8")


if __name__ == "__main__":
    main()
