"""Saving the office's print defaults is a write like any other: checked, stamped, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ttk_desktop.core.db.models import AuditEntry
from ttk_desktop.core.errors import ValidationError
from ttk_desktop.printing.options import (
    MAX_NAME_LENGTH,
    PrintOptions,
    load_print_settings,
    save_print_settings,
    validate_print_settings,
)


def audit_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_too_long_a_name_is_refused_and_nothing_written(db) -> None:  # type: ignore[no-untyped-def]
    before = audit_count(db)
    with pytest.raises(ValidationError) as raised:
        save_print_settings(
            db, PrintOptions(walk_in_rows=3, unit_name_ar="ب" * (MAX_NAME_LENGTH + 1))
        )
    assert set(raised.value.errors) == {"unit_name_ar"}
    assert load_print_settings(db) == PrintOptions()
    assert audit_count(db) == before


def test_saving_the_same_settings_again_writes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    changed = save_print_settings(db, PrintOptions(page_size="Letter"))
    assert changed == {"print.page_size": ["A4", "Letter"]}
    clock, count = db.setting("hlc_last"), audit_count(db)
    assert save_print_settings(db, PrintOptions(page_size="Letter")) == {}
    assert save_print_settings(db, PrintOptions(page_size="Letter", association_name=" ")) == {}
    assert (db.setting("hlc_last"), audit_count(db)) == (clock, count)


def test_walk_in_rows_are_checked_before_clamping() -> None:
    assert validate_print_settings(200, {}) == {}
    assert set(validate_print_settings(201, {"association_name": "x"})) == {"walk_in_rows"}
    assert set(validate_print_settings(-1, {})) == {"walk_in_rows"}
    assert PrintOptions(walk_in_rows=201).walk_in_rows == 200  # why the check comes first
