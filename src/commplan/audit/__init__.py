"""``commplan audit``: check any .docx against the format of Nghị định 30/2020/NĐ-CP.

Reading (:mod:`~commplan.audit.package`, :mod:`~commplan.audit.load`), locating the components
of a Kế hoạch (:mod:`~commplan.audit.layout`), and the checks by family
(:mod:`commplan.audit.checks`, registered in :mod:`~commplan.audit.registry`). ``AUDIT_RULES``,
the catalogue entries for ``commplan rules``, is imported lazily: it needs the plan-rule types,
which the auditor itself does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commplan.audit.catalogue import AUDIT_RULES

__all__ = ["AUDIT_RULES"]


def __getattr__(name: str) -> Any:
    if name == "AUDIT_RULES":
        from commplan.audit.catalogue import AUDIT_RULES

        return AUDIT_RULES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
