"""Units as the text names them: one id per distinct name, with a kind commplan infers."""

from __future__ import annotations

from typing import Any

from commplan.importer.draft import Draft, clean, fold, make_id

_KINDS = (
    (("bao ", "dai phat thanh", "truyen hinh", "dai pt"), "co_quan_bao_chi"),
    (("thong tin va truyen thong", "van hoa, the thao", "van phong"), "don_vi_truyen_thong"),
)


class Units:
    """The plan's ``units``: ``ref(name)`` gives the id of a name, adding the unit once."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.by_name: dict[str, dict[str, Any]] = {}
        self.taken: set[str] = set()
        self.listed: list[str] = []
        """Ids in the order Tổ chức thực hiện lists them: the order they are written in."""

    def ref(self, name: str) -> str:
        """The id of the unit called ``name``, added on first use."""
        name = clean(name).rstrip(".;,")
        key = fold(name)
        if key not in self.by_name:
            unit = {"id": make_id(name, self.taken), "name": name, "kind": self._kind(name)}
            self.by_name[key] = unit
        return str(self.by_name[key]["id"])

    def unit(self, name: str) -> dict[str, Any]:
        """The unit called ``name`` (added on first use), to add duties to."""
        self.ref(name)
        return self.by_name[fold(clean(name).rstrip(".;,"))]

    def _kind(self, name: str) -> str:
        folded = fold(name)
        issuer = fold(self.draft.data.get("document", {}).get("issuer", ""))
        if issuer and (folded == issuer or folded in issuer or issuer in folded):
            return "co_quan_chu_tri"
        for words, kind in _KINDS:
            if folded.startswith(words) or any(f" {w}" in folded for w in words[:1]):
                return kind
        return "co_quan_phoi_hop"

    def finish(self) -> None:
        """Put the units into the draft: one lead unit at least, kinds marked."""
        order = {unit_id: n for n, unit_id in enumerate(self.listed)}
        units = sorted(self.by_name.values(), key=lambda u: order.get(u["id"], len(order)))
        if not any(u["kind"] == "co_quan_chu_tri" for u in units) and units:
            units[0]["kind"] = "co_quan_chu_tri"
        if not units:
            issuer = str(self.draft.data["document"]["issuer"])
            units.append({"id": "don_vi", "name": issuer, "kind": "co_quan_chu_tri"})
        self.draft.data["units"] = units
        for i, _unit in enumerate(units):
            self.draft.note(("units", i, "kind"), "loại đơn vị suy ra từ tên")
