"""Helpers for the printing tests: members built through the services, PDF text.

Text is pulled out of the real PDFs with pypdf. Qt's PDF engine writes each
glyph with a ToUnicode entry, so Latin and Turkish text comes back as typed.
Arabic comes back in *visual* order (right to left reversed) and as
presentation forms (the joined shapes U+FE70..U+FEFF). :func:`arabic_found`
therefore compares after NFKC (presentation forms -> base letters) and accepts
each word either in logical order or reversed, keeping a lam-alef ligature
(one glyph, "لا"/"لأ") in its logical order inside the reversed word.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput

LATIN_FIRST = ("Muhammed", "Ayşe", "İbrahim", "Fatma", "Ömer", "Hatice", "Yusuf", "Leyla")
LATIN_LAST = ("Işık", "Doğan", "Şahin", "Yılmaz", "Güneş", "Çelik", "Öztürk", "Ağaoğlu")
ARABIC_FIRST = ("محمد", "عائشة", "إبراهيم", "فاطمة", "عمر", "خديجة", "يوسف", "ليلى")
ARABIC_LAST = ("الأحمد", "الحسن", "الخطيب", "العلي", "الشامي", "حداد", "السيد", "النجار")


def add_members(db, group_id: int, count: int, *, start: int = 0) -> list[int]:  # type: ignore[no-untyped-def]
    """``count`` participants with Turkish names, most with Arabic names and phones."""
    from ttk_desktop.core.services import groups, participants

    ids = []
    for i in range(start, start + count):
        arabic = i % 4 != 3  # every fourth person has no Arabic spelling
        person = participants.create_participant(
            db,
            ParticipantInput(
                first_name=LATIN_FIRST[i % 8],
                last_name=f"{LATIN_LAST[(i // 8) % 8]} {i:03d}",
                first_name_ar=ARABIC_FIRST[i % 8] if arabic else None,
                last_name_ar=ARABIC_LAST[(i // 8) % 8] if arabic else None,
                gender="female" if i % 2 else "male",
                birth_date=dt.date(1980 + i % 30, 1 + i % 12, 1 + i % 27),
                nationality="SY" if i % 3 else "IQ",
                phone=f"+90 555 {i:03d} {(i * 7) % 100:02d} {(i * 13) % 100:02d}",
                external_id=f"R{i:05d}",
                consent_given=True,
                consent_date=dt.date(2026, 1, 5),
            ),
        )
        groups.add_member(db, group_id, person.id)
        ids.append(person.id)
    return ids


def make_session(  # type: ignore[no-untyped-def]
    db,
    members: int,
    *,
    external_id: str = "S001",
    day: dt.date = dt.date(2026, 3, 12),
    group_name: str = "Mülteci Meclisi Esenyurt",
    start: int = 0,
):
    """A group with ``members`` members (numbered from ``start``) and one session."""
    from ttk_desktop.core.services import groups, sessions

    group = groups.create_group(
        db,
        GroupInput(
            type="refugee_assembly",
            name=group_name,
            facilitator="Ayşe Kılıç",
            start_date=dt.date(2026, 1, 5),
        ),
    )
    add_members(db, group.id, members, start=start)
    return sessions.create_session(
        db,
        SessionInput(
            group_id=group.id,
            date=day,
            start_time="10:00",
            end_time="12:00",
            topic="Haklara ve hizmetlere erişim",
            place="Esenyurt Toplum Merkezi",
            external_id=external_id,
        ),
    )


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, NFKC-normalised, runs of spaces and tabs made one space."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    pages = [unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages]
    # Qt places words one by one; pypdf then separates them with tabs.
    return [re.sub(r"[ \t]+", " ", text) for text in pages]


def _visual(word: str) -> str:
    units = re.findall(r"ل[آأإا]|.", word)
    return "".join(reversed(units))


# A lam-alef ligature is one glyph; fonts that give it no Unicode mapping in the
# PDF (Noto Sans Arabic does not) make it come back as one or two stray
# characters (control characters, "/.", ...), never as Arabic letters.
_UNMAPPED_LIGATURE = r"[^\u0600-\u06ff\s]{1,2}"


def _pattern(word: str) -> str:
    parts = re.findall(r"ل[آأإا]|.", word)
    return "".join(
        f"(?:{re.escape(part)}|{_UNMAPPED_LIGATURE})" if len(part) == 2 else re.escape(part)
        for part in parts
    )


def arabic_found(name: str, text: str) -> bool:
    """Every word of an Arabic ``name`` is in ``text``, in logical or visual order.

    Whatever fonts the machine has: a ligature the font leaves unmapped counts
    as the letters it draws, and nothing else does.
    """
    text = unicodedata.normalize("NFKC", text)
    words = unicodedata.normalize("NFKC", name).split()
    return all(
        re.search(_pattern(word), text) or re.search(_pattern(_visual(word)), text)
        for word in words
    )
