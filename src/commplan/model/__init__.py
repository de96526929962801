"""The plan model (PLAN-MODEL.md) as pydantic v2 models."""

from __future__ import annotations

from commplan.model.plan import Plan

__all__ = ["Plan"]
