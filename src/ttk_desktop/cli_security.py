"""``ttk`` log-in and accounts: ``setup --admin``, ``users add|list|disable|password``.

A protected database is opened only after a log-in: the account name and
password come from ``TTK_USER`` and ``TTK_PASSWORD`` (for scripts) or are asked
for at the terminal. A new account's password comes from ``TTK_NEW_PASSWORD``
or the prompt (asked twice).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.i18n import translate


def _tr(text: str, /, **values: object) -> str:
    return translate("Cli", text, **values)


class CredentialsMissingError(TtkError):
    """No terminal to ask, and the environment does not say."""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help=_tr("accounts of this database (administrators)"))
    users = p.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    q = users.add_parser("add", help=_tr("add an account (password: TTK_NEW_PASSWORD or asked)"))
    q.add_argument("user")
    q.add_argument("--role", required=True, choices=("administrator", "staff", "viewer"))
    users.add_parser("list", help=_tr("list the accounts"))
    q = users.add_parser("disable", help=_tr("stop an account from logging in"))
    q.add_argument("user")
    users.add_parser("password", help=_tr("change your own password"))


# What the terminal answered, kept for this one command: a command that must
# fall back (restoring over a damaged database) does not ask twice.
_answers: dict[str, str] = {}


def _ask(prompt: str, env: str, *, secret: bool) -> str:
    value = os.environ.get(env) or _answers.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CredentialsMissingError(
            _tr("Set {env}, or run the command in a terminal to be asked.", env=env)
        )
    value = getpass.getpass(prompt) if secret else input(prompt)
    _answers[env] = value
    return value


def _new_password(env: str = "TTK_NEW_PASSWORD") -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    first = _ask(_tr("New password: "), env, secret=True)
    if getpass.getpass(_tr("New password again: ")) != first:
        raise CredentialsMissingError(_tr("The two passwords differ; nothing was changed."))
    return first


def login_from_environment(path: Path):  # type: ignore[no-untyped-def]
    """Log in to the protected database at ``path`` as the terminal or environment says."""
    from ttk_desktop.core.security.login import login

    user = _ask(_tr("Account: "), "TTK_USER", secret=False)
    password = _ask(_tr("Password: "), "TTK_PASSWORD", secret=True)
    return login(path, user, password)


def unlock_from_environment(path: Path) -> bytes:
    """Only the database key (for ``ttk check``, which must work on a damaged file)."""
    return unlock_as_user(path)[1]


def unlock_as_user(path: Path) -> tuple[str, bytes]:
    """The account name given and the database key it unlocks, without opening the file."""
    from ttk_desktop.core.security.login import unlock

    user = _ask(_tr("Account: "), "TTK_USER", secret=False)
    password = _ask(_tr("Password: "), "TTK_PASSWORD", secret=True)
    return user.strip(), unlock(path, user, password)


def setup_protected(path: Path, admin: str):  # type: ignore[no-untyped-def]
    """``ttk setup --admin USER``: a new encrypted database, or protect the existing one."""
    from ttk_desktop.core.db.connect import is_encrypted
    from ttk_desktop.core.security.accounts import create_protected_database
    from ttk_desktop.core.security.convert import protect_existing_database
    from ttk_desktop.core.security.login import login

    if is_encrypted(path):
        return login_from_environment(path)
    password = os.environ.get("TTK_PASSWORD")
    if password is None:
        password = _new_password("TTK_PASSWORD")
    if not path.exists() or path.stat().st_size == 0:
        return create_protected_database(path, admin, password)
    report = protect_existing_database(path, admin, password)
    print(
        _tr(
            "The database is now encrypted and {admin} is its administrator. The unencrypted "
            "copy taken first ({copy}) was checked against it and deleted.",
            admin=admin,
            copy=report.copy.name,
        )
        if report.copy_deleted
        else _tr(
            "The database is now encrypted and {admin} is its administrator. Delete the "
            "unencrypted copy {copy}: it could not be deleted.",
            admin=admin,
            copy=report.copy,
        )
    )
    return login(path, admin, password)


def cmd_users(args: argparse.Namespace, db) -> int:  # type: ignore[no-untyped-def]
    from ttk_desktop.core.security import accounts
    from ttk_desktop.core.security.roles import Action, Role, role_label

    if args.users_command == "list":
        for info in accounts.list_accounts(db):
            state = _tr("disabled") if info.disabled else _tr("active")
            print(f"{info.name}\t{role_label(info.role)}\t{state}\t{info.created_at}")
        return 0
    if args.users_command == "add":
        db.require(Action.MANAGE_ACCOUNTS)  # before asking for a password
        info = accounts.add_account(db, args.user, Role(args.role), _new_password())
        print(_tr("Account {name} added ({role}).", name=info.name, role=role_label(info.role)))
        return 0
    if args.users_command == "disable":
        info = accounts.disable_account(db, args.user)
        print(_tr("Account {name} can no longer log in.", name=info.name))
        return 0
    old = _ask(_tr("Current password: "), "TTK_PASSWORD", secret=True)
    accounts.change_password(db, old, _new_password())
    print(_tr("Password changed."))
    return 0


WITH_DATABASE = {"users": cmd_users}
