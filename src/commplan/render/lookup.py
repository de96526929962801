"""Names behind the ids a plan uses, tolerant of ids that do not resolve.

``render --force`` renders a plan in spite of rule errors, and a dangling reference is a rule
error, so every lookup falls back to showing the id itself instead of failing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from commplan.model.plan import Activity, Plan, Staff, Unit


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).upper().split())


@dataclass(frozen=True, slots=True)
class Lookup:
    """Units, staff and activities of one plan by id."""

    units: dict[str, Unit]
    staff: dict[str, Staff]
    activities: dict[str, Activity]

    @classmethod
    def of(cls, plan: Plan) -> Lookup:
        """Index a plan."""
        return cls(
            {u.id: u for u in plan.units},
            {s.id: s for s in plan.staff},
            {a.id: a for a in plan.activities},
        )

    def unit_name(self, unit_id: str) -> str:
        """The full name of a unit (the id when it is unknown)."""
        unit = self.units.get(unit_id)
        return unit.name if unit else unit_id

    def unit_short(self, unit_id: str) -> str:
        """The short name of a unit, else its full name, for narrow table columns."""
        unit = self.units.get(unit_id)
        if unit is None:
            return unit_id
        return unit.short_name or unit.name

    def person(self, staff_id: str) -> str:
        """A staff member as "đồng chí <name>, <position>"."""
        person = self.staff.get(staff_id)
        if person is None:
            return f"đồng chí {staff_id}"
        if person.position:
            return f"đồng chí {person.name}, {person.position}"
        return f"đồng chí {person.name}"

    def issuer_name(self, issuer: str) -> str | None:
        """The issuer written as in running text, taken from the unit of the same name.

        The document frame writes the issuer in capitals ("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"), and
        capitals cannot be turned back into proper-name case reliably; a unit with the same
        name ("Ủy ban nhân dân tỉnh Nam Định") says how to write it.
        """
        wanted = _key(issuer)
        for unit in self.units.values():
            if _key(unit.name) == wanted:
                return unit.name
        return None
