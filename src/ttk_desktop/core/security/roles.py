"""Who may do what: the three roles of issue 16 and the actions they are checked against.

The check lives in the core (:meth:`Database.require`), called by every
service before it acts, so a role is enforced whatever calls the service —
the GUI, the command line, a script — not only hidden in menus.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    STAFF = "staff"
    VIEWER = "viewer"


class Action(StrEnum):
    """Something a role may or may not do; the value names it in the audit log."""

    # Everyone.
    VIEW_STATISTICS = "view_statistics"
    VIEW_LISTS = "view_lists"
    # Staff and administrators.
    CHANGE_DATA = "change_data"
    VIEW_PERSONAL_DATA = "view_personal_data"
    REGISTER = "register"
    EDIT_GROUPS = "edit_groups"
    EDIT_SESSIONS = "edit_sessions"
    ATTENDANCE = "attendance"
    PRINT = "print"
    IMPORT = "import"
    EXPORT = "export"
    BACK_UP = "back_up"
    # Administrators only.
    MANAGE_ACCOUNTS = "manage_accounts"
    CHANGE_SETTINGS = "change_settings"
    DELETE = "delete"
    MERGE = "merge"
    MANAGE_KEYS = "manage_keys"
    RESTORE = "restore"
    READ_AUDIT_LOG = "read_audit_log"
    ERASE = "erase"
    DECIDE_DUPLICATES = "decide_duplicates"


_EVERYONE = frozenset({Action.VIEW_STATISTICS, Action.VIEW_LISTS})
_STAFF = _EVERYONE | {
    Action.CHANGE_DATA,
    Action.VIEW_PERSONAL_DATA,
    Action.REGISTER,
    Action.EDIT_GROUPS,
    Action.EDIT_SESSIONS,
    Action.ATTENDANCE,
    Action.PRINT,
    Action.IMPORT,
    Action.EXPORT,
    Action.BACK_UP,
}
ALLOWED: dict[Role, frozenset[Action]] = {
    Role.VIEWER: _EVERYONE,
    Role.STAFF: frozenset(_STAFF),
    Role.ADMINISTRATOR: frozenset(Action),
}

ROLE_LABELS = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "administrator"),
    Role.STAFF: QT_TRANSLATE_NOOP("Roles", "staff"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Roles", "viewer"),
}

ACTION_LABELS = {
    Action.VIEW_STATISTICS: QT_TRANSLATE_NOOP("Roles", "view the statistics"),
    Action.VIEW_LISTS: QT_TRANSLATE_NOOP("Roles", "view the lists"),
    Action.CHANGE_DATA: QT_TRANSLATE_NOOP("Roles", "change any data"),
    Action.VIEW_PERSONAL_DATA: QT_TRANSLATE_NOOP("Roles", "see phone numbers and birth dates"),
    Action.REGISTER: QT_TRANSLATE_NOOP("Roles", "register or change participants"),
    Action.EDIT_GROUPS: QT_TRANSLATE_NOOP("Roles", "create or change groups"),
    Action.EDIT_SESSIONS: QT_TRANSLATE_NOOP("Roles", "create or change sessions"),
    Action.ATTENDANCE: QT_TRANSLATE_NOOP("Roles", "record attendance"),
    Action.PRINT: QT_TRANSLATE_NOOP("Roles", "print sheets with personal data"),
    Action.IMPORT: QT_TRANSLATE_NOOP("Roles", "import workbooks"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Roles", "export personal data"),
    Action.BACK_UP: QT_TRANSLATE_NOOP("Roles", "make a backup"),
    Action.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("Roles", "manage accounts"),
    Action.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("Roles", "change the settings"),
    Action.DELETE: QT_TRANSLATE_NOOP("Roles", "delete records"),
    Action.MERGE: QT_TRANSLATE_NOOP("Roles", "merge office data files"),
    Action.MANAGE_KEYS: QT_TRANSLATE_NOOP("Roles", "manage keys"),
    Action.RESTORE: QT_TRANSLATE_NOOP("Roles", "restore a backup"),
    Action.READ_AUDIT_LOG: QT_TRANSLATE_NOOP("Roles", "read the audit log"),
    Action.ERASE: QT_TRANSLATE_NOOP("Roles", "erase or anonymise participants"),
    Action.DECIDE_DUPLICATES: QT_TRANSLATE_NOOP("Roles", "decide about duplicate people"),
}


def role_label(role: Role) -> str:
    return translate("Roles", ROLE_LABELS[role])


def action_label(action: Action) -> str:
    return translate("Roles", ACTION_LABELS[action])


@dataclass(frozen=True)
class Account:
    """The person a :class:`Database` acts for.

    ``protected`` is False for a database that has no accounts yet (made
    before issue 16, or by ``ttk setup`` without ``--admin``): it is not
    encrypted and whoever opens it acts as its administrator.
    """

    name: str
    role: Role
    protected: bool = True

    def may(self, action: Action) -> bool:
        return action in ALLOWED[self.role]


class PermissionDeniedError(TtkError):
    """A role tried an action it may not take."""

    def __init__(self, account: Account, action: Action) -> None:
        self.account = account
        self.action = action
        super().__init__(
            translate(
                "Roles",
                "Refused: the account {name} ({role}) may not {action}.",
                name=account.name,
                role=role_label(account.role),
                action=action_label(action),
            )
        )
