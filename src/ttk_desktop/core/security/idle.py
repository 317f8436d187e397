"""How long the app may sit untouched before it locks and asks the password again (#16).

Kept in the database, not in the PC user's preferences: it is the office's
rule, set by an administrator (any user can edit their own preferences file),
and it only means something for a protected database, which has passwords.
"""

from __future__ import annotations

from sqlalchemy import select

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Setting
from ttk_desktop.core.errors import ValidationError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.roles import Action

IDLE_LOCK_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 24 * 60


def idle_lock_minutes(db: Database) -> int:
    """Minutes without input before the app locks; 0 = never (default 10)."""
    value = db.setting(IDLE_LOCK_SETTING)
    try:
        minutes = int(value) if value is not None else DEFAULT_IDLE_LOCK_MINUTES
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    return max(0, min(minutes, MAX_IDLE_LOCK_MINUTES))


def set_idle_lock_minutes(db: Database, minutes: int) -> None:
    """Set the idle lock (administrators); audited like any setting.

    Raises:
        ValidationError: outside 0 .. :data:`MAX_IDLE_LOCK_MINUTES`.
        PermissionDeniedError: the account may not change the settings.
    """
    db.require(Action.CHANGE_SETTINGS)
    if not 0 <= int(minutes) <= MAX_IDLE_LOCK_MINUTES:
        raise ValidationError(
            {
                IDLE_LOCK_SETTING: translate(
                    "Security",
                    "The idle lock is 0 (never) to {max} minutes.",
                    max=MAX_IDLE_LOCK_MINUTES,
                )
            }
        )
    with db.write() as writer:
        row = writer.session.scalar(select(Setting).where(Setting.key == IDLE_LOCK_SETTING))
        before = row.value if row is not None else str(DEFAULT_IDLE_LOCK_MINUTES)
        if before == str(int(minutes)):
            return
        writer.session.merge(Setting(key=IDLE_LOCK_SETTING, value=str(int(minutes))))
        writer.audit(
            "update",
            "settings",
            IDLE_LOCK_SETTING,
            writer.stamp(),
            {IDLE_LOCK_SETTING: [before, str(int(minutes))]},
        )
