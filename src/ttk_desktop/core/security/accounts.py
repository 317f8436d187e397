"""Accounts of a protected database: create the first administrator, add, list, disable.

An account is a row in ``accounts`` (name, role, disabled) plus its copy of
the database key in the key file (see :mod:`.keyfile`). Only an
administrator manages accounts; the service checks it, whatever calls it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.db.models import UserAccount
from ttk_desktop.core.errors import TtkError, ValidationError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security import keyfile
from ttk_desktop.core.security.roles import Account, Action, Role
from ttk_desktop.core.textrules import IDENT, refused_char

MIN_PASSWORD_LENGTH = 8
MAX_NAME_LENGTH = 64


@dataclass(frozen=True)
class AccountInfo:
    name: str
    role: Role
    disabled: bool
    created_at: str
    created_by: str


class AccountError(TtkError):
    """An account cannot be added, changed or disabled as asked."""


def clean_name(name: str) -> str:
    """An account name as stored: NFC, no surrounding blanks; checked for sense."""
    cleaned = unicodedata.normalize("NFC", (name or "").strip())
    if not cleaned:
        raise ValidationError({"name": translate("Security", "The account name is required.")})
    if len(cleaned) > MAX_NAME_LENGTH or refused_char(cleaned, IDENT) is not None or ":" in cleaned:
        raise ValidationError(
            {
                "name": translate(
                    "Security",
                    "An account name has at most {n} printable characters and no colon.",
                    n=MAX_NAME_LENGTH,
                )
            }
        )
    return cleaned


def check_password(password: str) -> None:
    """Refuse a password too short to resist guessing."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            {
                "password": translate(
                    "Security",
                    "A password has at least {n} characters.",
                    n=MIN_PASSWORD_LENGTH,
                )
            }
        )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def insert_account(db: Database, name: str, role: Role) -> None:
    with db.write() as writer:
        clash = writer.session.scalar(select(UserAccount.id).where(UserAccount.name == name))
        if clash is not None:
            raise ValidationError(
                {"name": translate("Security", "An account named {name} exists.", name=name)}
            )
        writer.session.add(
            UserAccount(
                name=name, role=role.value, disabled=False, created_at=_now(), created_by=db.actor
            )
        )
        writer.audit("insert", "accounts", name, writer.stamp(), {"role": role.value})


def create_protected_database(path: Path, admin: str, password: str) -> Database:
    """A new, encrypted database at ``path`` with ``admin`` as its administrator.

    The key file is written first: a start killed before the database is in
    place leaves a key file for nothing, which the next attempt replaces.

    Raises:
        ValidationError: the name or password is not acceptable.
        AccountError: a database exists at ``path`` already.
    """
    name = clean_name(admin)
    check_password(password)
    if path.exists() and path.stat().st_size > 0:
        raise AccountError(
            translate(
                "Security",
                "There is a database at {path} already; it was left as it was.",
                path=path,
            )
        )
    key = keyfile.new_database_key()
    keys = keyfile.KeyFile({name: keyfile.wrap(key, name, password)})
    path.parent.mkdir(parents=True, exist_ok=True)
    keyfile.write_key_file(path, keys)
    account = Account(name, Role.ADMINISTRATOR)
    db = open_database(path, key=key, account=account, create=True)
    try:
        insert_account(db, name, Role.ADMINISTRATOR)
    except BaseException:
        db.close()
        raise
    return db


def add_account(db: Database, name: str, role: Role, password: str) -> AccountInfo:
    """Add an account that unlocks this database with its own password (administrators)."""
    db.require(Action.MANAGE_ACCOUNTS)
    _require_protected(db)
    name = clean_name(name)
    check_password(password)
    role = Role(role)
    keys = keyfile.read_key_file(db.path)
    insert_account(db, name, role)
    assert db.key is not None
    keys.accounts[name] = keyfile.wrap(db.key, name, password)
    keys.failures.pop(name, None)
    keyfile.write_key_file(db.path, keys)
    return _info(db, name)


def list_accounts(db: Database) -> list[AccountInfo]:
    """Every account, disabled ones too, by name (administrators)."""
    db.require(Action.MANAGE_ACCOUNTS)
    with db.read() as session:
        rows = session.scalars(select(UserAccount).order_by(UserAccount.name))
        return [_to_info(row) for row in rows]


def disable_account(db: Database, name: str) -> AccountInfo:
    """Stop ``name`` logging in: its copy of the key is removed (administrators).

    The last active administrator cannot be disabled: nobody could manage the
    accounts any more.
    """
    db.require(Action.MANAGE_ACCOUNTS)
    _require_protected(db)
    name = clean_name(name)
    with db.write() as writer:
        row = writer.session.scalar(select(UserAccount).where(UserAccount.name == name))
        if row is None:
            raise AccountError(
                translate("Security", "There is no account named {name}.", name=name)
            )
        if row.role == Role.ADMINISTRATOR and not row.disabled:
            others = writer.session.scalar(
                select(UserAccount.id).where(
                    UserAccount.role == Role.ADMINISTRATOR.value,
                    UserAccount.disabled.is_(False),
                    UserAccount.name != name,
                )
            )
            if others is None:
                raise AccountError(
                    translate(
                        "Security",
                        "{name} is the last active administrator and cannot be disabled. "
                        "Add another administrator first.",
                        name=name,
                    )
                )
        row.disabled = True
        writer.audit("update", "accounts", name, writer.stamp(), {"disabled": True})
    keys = keyfile.read_key_file(db.path)
    keys.accounts.pop(name, None)
    keys.failures.pop(name, None)
    keyfile.write_key_file(db.path, keys)
    return _info(db, name)


def change_password(db: Database, old: str, new: str) -> None:
    """Change the logged-in account's own password (the file is not re-encrypted)."""
    _require_protected(db)
    check_password(new)
    name = db.account.name
    keys = keyfile.read_key_file(db.path)
    wrapped = keys.accounts.get(name)
    if wrapped is None or keyfile.unwrap(wrapped, name, old) != db.key:
        raise AccountError(translate("Security", "The current password is wrong."))
    assert db.key is not None
    keys.accounts[name] = keyfile.wrap(db.key, name, new)
    keyfile.write_key_file(db.path, keys)
    with db.write() as writer:
        writer.audit("update", "accounts", name, writer.stamp(), {"password": "changed"})


def account_role(db: Database, name: str) -> tuple[Role, bool] | None:
    """``(role, disabled)`` of ``name``, or None when there is no such account."""
    with db.read() as session:
        row = session.scalar(select(UserAccount).where(UserAccount.name == name))
        return (Role(row.role), row.disabled) if row is not None else None


def account_in_file(path: Path, key: bytes | None, name: str) -> Account:
    """``name``'s account as the database file at ``path`` holds it, read without writing.

    For restoring over a database too damaged to read its accounts: the
    backup's accounts decide (they are the ones the restored file will have).

    Raises:
        AccountError: no such account there, or it is disabled.
    """
    from ttk_desktop.core.db.connect import connect

    con = connect(path, key, readonly=True)
    try:
        row = con.execute(
            f"SELECT role, disabled FROM {UserAccount.__tablename__} WHERE name = ?", (name,)
        ).fetchone()
    finally:
        con.close()
    if row is None or row[1]:
        raise AccountError(
            translate(
                "Security",
                "The account {name} is not an active account of {file}.",
                name=name,
                file=Path(path).name,
            )
        )
    return Account(name, Role(row[0]))


def _require_protected(db: Database) -> None:
    if not db.protected or db.key is None:
        raise AccountError(
            translate(
                "Security",
                "This database has no accounts yet. Create its administrator first "
                "(ttk setup --admin NAME, or start the app).",
            )
        )


def _info(db: Database, name: str) -> AccountInfo:
    with db.read() as session:
        row = session.scalar(select(UserAccount).where(UserAccount.name == name))
        assert row is not None
        return _to_info(row)


def _to_info(row: UserAccount) -> AccountInfo:
    return AccountInfo(row.name, Role(row.role), row.disabled, row.created_at, row.created_by)
