"""Every kind of bad data file is refused whole, with its reason, the database unchanged (#13)."""

from __future__ import annotations

import base64
import json
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from exchange_helpers import Keys, content, edit, export, merge, new_hq, new_office, stats

from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.demo import DemoSize, build_demo
from ttk_desktop.core.exchange import STATUS_MERGED, STATUS_REFUSED
from ttk_desktop.core.exchange.fileformat import INNER_MAGIC, MAGIC, pack


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    return Keys.make(tmp_path_factory.mktemp("keys") / "hq")


@pytest.fixture(scope="module")
def other_keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    return Keys.make(tmp_path_factory.mktemp("other") / "hq")


@pytest.fixture
def sent(tmp_path: Path, keys: Keys) -> tuple[Path, Path]:
    """A headquarters that merged IST's first file, and IST's next file (one change)."""
    office = new_office(tmp_path / "ist.sqlite3", "IST")
    first = export(office, keys, tmp_path / "out")
    edit(office, "IST-P001", phone="0555 000 9999")
    second = export(office, keys, tmp_path / "out")
    office.close()
    hq = new_hq(tmp_path / "hq.sqlite3")
    assert merge(hq, keys, first)[0].status == STATUS_MERGED
    hq.close()
    return tmp_path / "hq.sqlite3", second


def _plaintext(path: Path, keys: Keys) -> bytes:
    return pyrage.decrypt(path.read_bytes()[len(MAGIC) + 1 :], [keys.identity])


def _reencrypt(plaintext: bytes, keys: Keys) -> bytes:
    recipient = pyrage.x25519.Recipient.from_str(keys.public)
    return MAGIC + b"\x01" + pyrage.encrypt(plaintext, [recipient])


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1 :]


def _resigned_by_another_key(path: Path, keys: Keys) -> bytes:
    """The same header and rows, signed by a key that is not the office's pinned one."""
    import zlib

    plain = _plaintext(path, keys)
    start = len(INNER_MAGIC) + 4
    (length,) = struct.unpack(">I", plain[len(INNER_MAGIC) : start])
    header = json.loads(plain[start : start + length])
    body = zlib.decompress(plain[start + length + 64 :])
    intruder = Ed25519PrivateKey.generate()
    header["signer"] = base64.b64encode(intruder.public_key().public_bytes_raw()).decode()
    recipient = pyrage.x25519.Recipient.from_str(keys.public)
    return pack(header, body, intruder, [recipient])


def _bad_signature(path: Path, keys: Keys) -> bytes:
    plain = bytearray(_plaintext(path, keys))
    start = len(INNER_MAGIC) + 4
    (length,) = struct.unpack(">I", bytes(plain[len(INNER_MAGIC) : start]))
    plain[start + length + 10] ^= 0x01  # one bit of the signature
    return _reencrypt(bytes(plain), keys)


def _no_signature(path: Path, keys: Keys) -> bytes:
    plain = _plaintext(path, keys)
    start = len(INNER_MAGIC) + 4
    (length,) = struct.unpack(">I", plain[len(INNER_MAGIC) : start])
    return _reencrypt(plain[: start + length], keys)


BAD: dict[str, tuple[Callable[[bytes, Path, Keys], bytes], str]] = {
    "cut short": (lambda d, _p, _k: d[: len(d) // 2], "damaged or incomplete"),
    "last byte cut": (lambda d, _p, _k: d[:-1], "damaged or incomplete"),
    "byte flipped in the age header": (lambda d, _p, _k: _flip(d, 40), "is damaged"),
    "byte flipped in the middle": (lambda d, _p, _k: _flip(d, len(d) // 2), "damaged"),
    "byte flipped at the end": (lambda d, _p, _k: _flip(d, len(d) - 3), "damaged"),
    "magic changed": (lambda d, _p, _k: _flip(d, 1), "not a TTK Desktop data file"),
    "newer format": (lambda d, _p, _k: d[:4] + b"\x02" + d[5:], "Update the program"),
    "not ours at all": (lambda _d, _p, _k: b"PK\x03\x04" + bytes(200), "not a TTK Desktop"),
    "empty": (lambda _d, _p, _k: b"", "not a TTK Desktop data file"),
    "wrong signature": (lambda _d, p, k: _bad_signature(p, k), "signature does not match"),
    "no signature": (lambda _d, p, k: _no_signature(p, k), "damaged inside"),
    "signed by another key": (
        lambda _d, p, k: _resigned_by_another_key(p, k),
        "signed by another key",
    ),
    "our magic around junk": (
        lambda _d, _p, k: _reencrypt(b"hello" * 20, k),
        "damaged inside",
    ),
}


@pytest.mark.parametrize("kind", list(BAD))
def test_a_bad_file_is_refused_and_changes_nothing(
    kind: str, sent: tuple[Path, Path], keys: Keys, tmp_path: Path
) -> None:
    hq_path, good = sent
    make, reason = BAD[kind]
    bad = tmp_path / f"bad-{kind.replace(' ', '-')}.ttkx"
    bad.write_bytes(make(good.read_bytes(), good, keys))
    hq = open_database(hq_path)
    before, figures = content(hq), stats(hq)
    (report,) = merge(hq, keys, bad)
    assert report.status == STATUS_REFUSED
    assert reason in report.reason
    assert "\n" not in report.reason  # one line
    assert content(hq) == before and stats(hq) == figures
    # The good file still merges afterwards.
    assert merge(hq, keys, good)[0].status == STATUS_MERGED
    hq.close()


def test_a_file_for_another_key_is_refused(
    sent: tuple[Path, Path], keys: Keys, other_keys: Keys, tmp_path: Path
) -> None:
    hq_path, _good = sent
    office = open_database(tmp_path / "ist.sqlite3")
    for_others = export(office, other_keys, tmp_path / "others", full=True)
    hq = open_database(hq_path)
    before = content(hq)
    (report,) = merge(hq, keys, for_others)
    assert report.status == STATUS_REFUSED and "sent to another key" in report.reason
    assert content(hq) == before


def test_an_unconfirmed_key_merges_nothing(tmp_path: Path, keys: Keys) -> None:
    from ttk_desktop.core.exchange import merge_data_files

    office = new_office(tmp_path / "ist.sqlite3", "IST")
    path = export(office, keys, tmp_path / "out")
    hq = new_hq(tmp_path / "hq.sqlite3")
    before = content(hq)
    (report,) = merge_data_files(hq, [path], [keys.identity], confirm_pin=lambda _o, _f: False)
    assert report.status == STATUS_REFUSED and "not confirmed" in report.reason
    assert content(hq) == before


# -- a merge killed at any moment -----------------------------------------------------------------
MERGER = r"""
import os, sys
from pathlib import Path
from pyrage import x25519
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.exchange import merge_data_files
import ttk_desktop.core.exchange.apply, ttk_desktop.core.services.participants
db = open_database(Path(sys.argv[1]))
identity = x25519.Identity.from_str(os.environ["TTK_TEST_IDENTITY"])
print("started", flush=True)
merge_data_files(db, [Path(sys.argv[2])], [identity], confirm_pin=lambda o, f: True)
"""
KILLS = 20


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_merge_killed_at_any_moment_leaves_the_database_before_or_after(
    tmp_path: Path, keys: Keys
) -> None:
    import os
    import random

    office = open_database(tmp_path / "big.sqlite3")
    build_demo(office, DemoSize(participants=1500), year=2025)
    path = export(office, keys, tmp_path / "out")
    office.close()
    pristine = new_hq(tmp_path / "pristine.sqlite3")
    before = content(pristine)
    pristine.close()
    env = dict(os.environ, TTK_TEST_IDENTITY=str(keys.identity))
    command = [sys.executable, "-c", MERGER]

    def run(target: Path, delay: float | None) -> float:
        process = subprocess.Popen(
            [*command, str(target), str(path)], stdout=subprocess.PIPE, env=env
        )
        assert process.stdout is not None
        assert process.stdout.readline() == b"started\n"
        start = time.perf_counter()
        if delay is None:
            assert process.wait() == 0
        else:
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            process.wait()
        return time.perf_counter() - start

    done = tmp_path / "done.sqlite3"
    shutil.copyfile(tmp_path / "pristine.sqlite3", done)
    whole = run(done, None)
    after = content(open_database(done))
    assert after != before
    rng = random.Random(13)
    outcomes = {"before": 0, "after": 0}
    for n in range(KILLS):
        target = tmp_path / f"killed{n}.sqlite3"
        shutil.copyfile(tmp_path / "pristine.sqlite3", target)
        run(target, rng.uniform(0, 1.2) * whole)
        con = sqlite3.connect(target)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()
        db = open_database(target)
        state = content(db)
        db.close()
        assert state in (before, after)
        outcomes["before" if state == before else "after"] += 1
    print("merge kills:", outcomes, f"(merge takes {whole:.2f} s)")
    assert outcomes["before"] > 0
