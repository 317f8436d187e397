"""Protected (encrypted) databases exchange data files like plain ones (#16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ttk_desktop.core.demo import DemoSize, build_demo
from ttk_desktop.core.exchange import STATUS_MERGED, export_data_file, merge_data_files
from ttk_desktop.core.exchange.keys import init_keys, load_identity, read_recipient_file
from ttk_desktop.core.security.accounts import create_protected_database
from ttk_desktop.core.services.offices import setup_office
from ttk_desktop.core.statistics import StatsFilter, compute_statistics, to_json_dict

PERIOD = StatsFilter(dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_an_encrypted_office_exports_and_an_encrypted_headquarters_merges(
    tmp_path: Path, cheap_argon2: None
) -> None:
    office = create_protected_database(tmp_path / "office.sqlite3", "admin", "office-password")
    build_demo(office, DemoSize(participants=120), year=2021, office_code="GAZ")
    public, private = init_keys(tmp_path / "keys", "hq passphrase")
    exported = export_data_file(office, [read_recipient_file(public)], out=tmp_path / "g.ttkx")
    own = to_json_dict(compute_statistics(office, PERIOD))
    office.close()

    hq = create_protected_database(tmp_path / "hq.sqlite3", "boss", "hq-password-1")
    setup_office(hq, "HQ", "Merkez")
    (report,) = merge_data_files(
        hq, [exported.path], [load_identity(private, "hq passphrase")], confirm_pin=lambda *_: True
    )
    assert report.status == STATUS_MERGED
    merged = to_json_dict(compute_statistics(hq, PERIOD))
    for figure in ("sessions", "participations", "distinct_participants", "gender"):
        assert merged[figure] == own[figure]
    assert merged["sessions"] > 0
    hq.close()
