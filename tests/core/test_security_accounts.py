"""Accounts, roles and the encrypted database (#16): the attacks the issue lists, each refused."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from ttk_desktop.core.db.connect import connect, key_file_path
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.db.models import AuditEntry
from ttk_desktop.core.errors import DatabaseLockedError, ValidationError
from ttk_desktop.core.records import ParticipantInput, ParticipantQuery
from ttk_desktop.core.security import keyfile
from ttk_desktop.core.security.accounts import (
    AccountError,
    add_account,
    change_password,
    create_protected_database,
    disable_account,
    list_accounts,
)
from ttk_desktop.core.security.login import FREE_ATTEMPTS, LoginError, delay_after, login, unlock
from ttk_desktop.core.security.roles import Action, PermissionDeniedError, Role
from ttk_desktop.core.services import participants as people
from ttk_desktop.core.services.offices import setup_office

SECRET_NAME = "Zeynepgülsüm"
SECRET_PHONE = "05321234567"


def _person(db, first: str = SECRET_NAME, phone: str = SECRET_PHONE):  # type: ignore[no-untyped-def]
    return people.create_participant(
        db,
        ParticipantInput(
            first_name=first,
            last_name="Karakoçoğlu",
            gender="female",
            birth_date=dt.date(1990, 5, 17),
            nationality="SY",
            phone=phone,
        ),
    )


@pytest.fixture
def office(tmp_path: Path, cheap_argon2: None) -> Path:
    """A protected database with an administrator, a staff and a viewer account, one person."""
    path = tmp_path / "office.sqlite3"
    db = create_protected_database(path, "admin", "admin-password")
    setup_office(db, "IST", "İstanbul")
    add_account(db, "staff", Role.STAFF, "staff-password")
    add_account(db, "viewer", Role.VIEWER, "viewer-password")
    _person(db)
    db.close()
    return path


def test_a_stolen_file_reveals_no_name_and_plain_sqlite_cannot_open_it(office: Path) -> None:
    data = office.read_bytes()
    for secret in (SECRET_NAME, SECRET_PHONE, "Karakoçoğlu", "İstanbul", "admin"):
        assert secret.encode("utf-8") not in data
    assert not data.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(office).execute("SELECT count(*) FROM participants").fetchone()
    # The key file holds no key in the clear either: only wrapped copies.
    keys = key_file_path(office).read_text()
    assert SECRET_NAME not in keys and "participants" not in keys


def test_sqlcipher_with_a_wrong_key_fails_and_the_right_one_reads(office: Path) -> None:
    wrong = connect(office, bytes(32))
    with pytest.raises(Exception, match="not a database"):
        wrong.execute("SELECT count(*) FROM participants").fetchone()
    wrong.close()
    key = unlock(office, "staff", "staff-password")
    right = connect(office, key)
    assert right.execute("SELECT count(*) FROM participants").fetchone()[0] == 1
    right.close()


def test_an_encrypted_database_keeps_its_temporary_data_in_memory(office: Path) -> None:
    """SQLCipher does not encrypt temporary files (a spilled sort holds plain values)."""
    key = unlock(office, "staff", "staff-password")
    raw = connect(office, key)
    assert raw.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    raw.close()
    db = open_database(office, key=key, create=False)
    with db.read() as session:
        assert session.execute(text("PRAGMA temp_store")).scalar_one() == 2
    db.close()


def test_bulk_inserts_on_an_encrypted_database_use_full_size_statements(office: Path) -> None:
    """sqlcipher3 cannot say its parameter limit; guessing SQLite's old 999 cut each
    import statement to a tenth of its rows (the encrypted import was 1.3x slower)."""
    from ttk_desktop.core.importer.bulk import variable_limit

    db = open_database(office, key=unlock(office, "staff", "staff-password"), create=False)
    with db.read() as session:
        assert variable_limit(session.connection()) >= 32766
    db.close()


def test_opening_without_logging_in_is_refused_with_the_way_out(office: Path) -> None:
    with pytest.raises(DatabaseLockedError, match="TTK_USER"):
        open_database(office, create=False)


def test_wrong_passwords_make_the_account_wait_longer_each_time(office: Path) -> None:
    now = [1_000_000.0]

    def clock() -> float:
        return now[0]

    for attempt in range(1, FREE_ATTEMPTS + 1):
        with pytest.raises(LoginError) as wrong:
            login(office, "staff", f"guess-{attempt}", clock=clock)
        assert wrong.value.wait_seconds == delay_after(attempt)
    assert delay_after(FREE_ATTEMPTS) == 30.0
    # Inside the delay even the right password is refused, without being checked.
    now[0] += 29
    with pytest.raises(LoginError, match="Try again in 1 seconds"):
        login(office, "staff", "staff-password", clock=clock)
    # After it, one more wrong password doubles the wait.
    now[0] += 2
    with pytest.raises(LoginError) as sixth:
        login(office, "staff", "guess-6", clock=clock)
    assert sixth.value.wait_seconds == 60.0
    now[0] += 61
    db = login(office, "staff", "staff-password", clock=clock)
    assert db.account.name == "staff" and db.account.role is Role.STAFF
    db.close()
    # A right password clears the count; other accounts were never delayed.
    assert keyfile.read_key_file(office).failures == {}
    login(office, "admin", "admin-password", clock=clock).close()


def test_an_unknown_account_gets_the_same_answer_as_a_wrong_password(office: Path) -> None:
    with pytest.raises(LoginError) as unknown:
        login(office, "nobody", "whatever-password")
    with pytest.raises(LoginError) as wrong:
        login(office, "staff", "whatever-password")
    assert str(unknown.value) == str(wrong.value)


def test_a_viewer_calling_administrators_services_directly_is_refused(office: Path) -> None:
    viewer = login(office, "viewer", "viewer-password")
    person = people.search_participants(viewer, ParticipantQuery()).rows[0]
    attempts = [
        (Action.MANAGE_ACCOUNTS, lambda: add_account(viewer, "x", Role.ADMINISTRATOR, "12345678")),
        (Action.MANAGE_ACCOUNTS, lambda: list_accounts(viewer)),
        (Action.DELETE, lambda: people.delete_participant(viewer, person.id)),
        (Action.REGISTER, lambda: _person(viewer, "Other")),
        (Action.CHANGE_SETTINGS, lambda: setup_office(viewer, "IST", "Taken over")),
    ]
    for action, attempt in attempts:
        with pytest.raises(PermissionDeniedError) as refused:
            attempt()
        assert refused.value.action is action
        assert "viewer" in str(refused.value)
    viewer.close()
    admin = login(office, "admin", "admin-password")
    assert [a.name for a in list_accounts(admin)] == ["admin", "staff", "viewer"]
    assert people.get_participant(admin, person.id).first_name == SECRET_NAME
    admin.close()


def test_a_viewer_sees_no_phone_or_birth_date_and_cannot_export_or_print(
    office: Path, tmp_path: Path
) -> None:
    from ttk_desktop.core.exchange.keys import init_keys, read_recipient_file
    from ttk_desktop.core.exchange.transfer import export_data_file

    viewer = login(office, "viewer", "viewer-password")
    shown = people.search_participants(viewer, ParticipantQuery()).rows[0]
    assert shown.first_name == SECRET_NAME
    assert shown.phone is None and shown.birth_date is None
    assert people.get_participant(viewer, shown.id).phone is None
    public, _private = init_keys(tmp_path / "hq", "passphrase-for-hq")
    out = tmp_path / "out.ttkx"
    with pytest.raises(PermissionDeniedError) as refused:
        export_data_file(viewer, [read_recipient_file(public)], out=out)
    assert refused.value.action is Action.EXPORT
    assert not out.exists()
    viewer.close()
    staff = login(office, "staff", "staff-password")
    assert people.get_participant(staff, shown.id).phone == SECRET_PHONE
    staff.close()


def test_staff_register_but_only_administrators_delete(office: Path) -> None:
    staff = login(office, "staff", "staff-password")
    person = _person(staff, "Ahmet")
    with pytest.raises(PermissionDeniedError):
        people.delete_participant(staff, person.id)
    staff.close()
    admin = login(office, "admin", "admin-password")
    people.delete_participant(admin, person.id)
    admin.close()


def test_the_audit_log_names_the_account_and_cannot_be_edited_through_the_services(
    office: Path,
) -> None:
    staff = login(office, "staff", "staff-password")
    _person(staff, "Leyla")
    with staff.read() as session:
        actors = {row.actor for row in session.scalars(select(AuditEntry))}
        entries = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()))
    assert {"admin", "staff"} <= actors
    for statement in (
        update(AuditEntry).values(actor="someone else"),
        update(AuditEntry).values(changes="{}"),
        delete(AuditEntry),
    ):
        with (
            pytest.raises(Exception, match="audit log cannot be changed"),
            staff.write() as writer,
        ):
            writer.session.execute(statement)
    with staff.read() as session:
        assert session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc())) == entries
        assert "someone else" not in {row.actor for row in session.scalars(select(AuditEntry))}
    staff.close()


def test_a_disabled_account_cannot_log_in_and_the_last_administrator_stays(office: Path) -> None:
    admin = login(office, "admin", "admin-password")
    with pytest.raises(AccountError, match="last active administrator"):
        disable_account(admin, "admin")
    disable_account(admin, "staff")
    assert "staff" not in keyfile.read_key_file(office).accounts
    admin.close()
    with pytest.raises(LoginError):
        login(office, "staff", "staff-password")


def test_changing_a_password_rewraps_the_key_without_reencrypting(office: Path) -> None:
    salt_before = office.read_bytes()[:16]
    staff = login(office, "staff", "staff-password")
    with pytest.raises(AccountError):
        change_password(staff, "not-the-password", "new-staff-password")
    change_password(staff, "staff-password", "new-staff-password")
    staff.close()
    with pytest.raises(LoginError):
        login(office, "staff", "staff-password")
    login(office, "staff", "new-staff-password").close()
    assert office.read_bytes()[:16] == salt_before  # same database key: same file salt


def test_a_wrapped_key_moved_to_another_name_does_not_open(office: Path) -> None:
    path = key_file_path(office)
    data = json.loads(path.read_text())
    data["accounts"]["viewer"] = data["accounts"]["admin"]
    path.write_text(json.dumps(data))
    with pytest.raises(LoginError):
        login(office, "viewer", "admin-password")


def test_passwords_and_names_are_checked(tmp_path: Path, cheap_argon2: None) -> None:
    with pytest.raises(ValidationError, match="at least 8"):
        create_protected_database(tmp_path / "a.sqlite3", "admin", "short")
    with pytest.raises(ValidationError):
        create_protected_database(tmp_path / "a.sqlite3", "bad\u202ename", "long-enough")
    assert not (tmp_path / "a.sqlite3").exists()
