"""Protect an existing unencrypted database: encrypt it when its administrator is created.

Steps, each leaving something whole if the program dies there:

1. a plain copy is taken with SQLite's backup API (``<stem>.before-encryption<suffix>``);
2. an encrypted twin is written beside the file under a temporary name
   (SQLCipher's ``sqlcipher_export``) and checked: integrity, and every table's
   rows equal to the copy's;
3. the key file is written, then the twin replaces the file (one rename);
4. the file is opened with the key and checked against the copy once more;
   only then is the plain copy overwritten and deleted.

If anything fails before step 3 the original is untouched and the twin and key
file are removed; the error says what happened.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from ttk_desktop.core.db import migrate
from ttk_desktop.core.db.connect import (
    cipher_module,
    connect,
    is_encrypted,
    key_file_path,
    key_pragma,
)
from ttk_desktop.core.errors import DatabaseError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security import keyfile
from ttk_desktop.core.security.accounts import (
    Role,
    check_password,
    clean_name,
    insert_account,
)
from ttk_desktop.core.security.backup_files import table_digests
from ttk_desktop.core.security.roles import Account


@dataclass(frozen=True)
class ConversionReport:
    """What the conversion did, for the message shown to the person."""

    copy: Path
    copy_deleted: bool
    tables: int
    rows: int
    old_copies_deleted: int = 0


def plain_copy_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.before-encryption{path.suffix}")


def protect_existing_database(path: Path, admin: str, password: str) -> ConversionReport:
    """Encrypt the unencrypted database at ``path`` and make ``admin`` its administrator.

    Every other program must have closed the file (the app does this before
    asking). The returned report says where the plain copy was and that it was
    deleted after the encrypted file was verified.

    Raises:
        ValidationError: the name or password is not acceptable.
        DatabaseError: the file is already encrypted, or the conversion failed
            (the file is then as it was).
    """
    from ttk_desktop.core.db.engine import open_database

    name = clean_name(admin)
    check_password(password)
    path = Path(path)
    if is_encrypted(path):
        raise DatabaseError(
            translate("Security", "{path} is already protected by accounts.", path=path)
        )
    # Bring it to the current schema first: the encrypted file starts at head.
    open_database(path, create=False).close()
    key = keyfile.new_database_key()
    copy = plain_copy_path(path)
    twin = path.with_name(f".{path.name}.encrypting")
    try:
        _checkpoint(path)
        migrate.copy_database(path, copy)
        expected = table_digests(copy, None)
        twin.unlink(missing_ok=True)
        _export_encrypted(copy, twin, key)
        _verify(twin, key, expected)
        keyfile.write_key_file(path, keyfile.KeyFile({name: keyfile.wrap(key, name, password)}))
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(twin, path)
    except BaseException as exc:
        twin.unlink(missing_ok=True)
        if not is_encrypted(path):
            key_file_path(path).unlink(missing_ok=True)
        if isinstance(exc, Exception) and not isinstance(exc, DatabaseError):
            raise DatabaseError(
                translate(
                    "Security",
                    "Encrypting {path} failed ({error}). The database was left as it was.",
                    path=path,
                    error=exc,
                )
            ) from exc
        raise
    try:
        _verify(path, key, expected)
    except DatabaseError:
        # The renamed file is not what was verified a moment ago: put the plain copy back.
        os.replace(copy, path)
        key_file_path(path).unlink(missing_ok=True)
        raise
    db = open_database(path, key=key, account=Account(name, Role.ADMINISTRATOR))
    try:
        insert_account(db, name, Role.ADMINISTRATOR)
        db.log_event("encrypt", "database", path.name, {"tables": len(expected)})
    finally:
        db.close()
    deleted = _shred(copy)
    # Copies an earlier upgrade left beside the file are plain too: they go as well.
    old = [entry for entry in _upgrade_copies(path) if not is_encrypted(entry)]
    removed = [entry for entry in old if _shred(entry)]
    return ConversionReport(
        copy, deleted, len(expected), sum(n for n, _ in expected.values()), len(removed)
    )


def _upgrade_copies(path: Path) -> list[Path]:
    prefix, suffix = f"{path.stem}.backup-", path.suffix
    try:
        return [
            entry
            for entry in path.parent.iterdir()
            if entry.name.startswith(prefix) and entry.name.endswith(suffix) and entry.is_file()
        ]
    except OSError:
        return []


def _checkpoint(path: Path) -> None:
    con = connect(path, None, isolation_level=None)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of ``plain`` at ``target`` with SQLCipher's own export."""
    module = cipher_module()
    con = module.connect(str(plain), isolation_level=None)
    try:
        target_literal = "'" + str(target).replace("'", "''") + "'"
        con.execute(
            f"ATTACH DATABASE {target_literal} AS encrypted "
            f"KEY {key_pragma(key).split('=', 1)[1].strip()}"
        )
        con.execute("SELECT sqlcipher_export('encrypted')")
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()
    migrate.fsync_file(target)


def _verify(path: Path, key: bytes, expected: dict[str, tuple[int, str]]) -> None:
    con = connect(path, key, readonly=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    if result != "ok" or table_digests(path, key) != expected:
        raise DatabaseError(
            translate(
                "Security",
                "The encrypted copy of {path} did not match the original; nothing was changed.",
                path=path,
            )
        )


def _shred(path: Path) -> bool:
    """Overwrite then delete the plain copy (best effort: an SSD may keep old blocks)."""
    try:
        size = path.stat().st_size
        with open(path, "rb+") as fh:
            chunk = b"\x00" * (1 << 20)
            for _ in range(0, size, len(chunk)):
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
    except OSError:
        return False
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
    return True
