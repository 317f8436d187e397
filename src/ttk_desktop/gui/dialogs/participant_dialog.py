"""Register or edit one participant, with each problem shown under its field.

``ParticipantDialog(ctx, parent, record=None).exec()`` returns Accepted only
after the service saved the person; the saved record is ``dialog.saved_record``
(the record as it was before an edit is ``dialog.original_record``). Used by the
participants list and the groups screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core import normalize, vocab
from ttk_desktop.core.records import ParticipantInput, ParticipantRecord
from ttk_desktop.core.validation import validate_participant
from ttk_desktop.gui.dialogs.saving import SavingDialog
from ttk_desktop.gui.i18n import current_language

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

FEATURED_NATIONALITIES = vocab.DEFAULT_FEATURED_NATIONALITIES
# Validation keys shown under another field's row.
_ERROR_ROW = {"consent_date": "consent", "consent_given": "consent"}


def nationality_choices(language: str) -> list[tuple[str, str]]:
    """Syria and Türkiye first, then every country by name, then stateless/unknown."""
    choices = normalize.country_choices(language)
    featured = [c for code in FEATURED_NATIONALITIES for c in choices if c[0] == code]
    sentinels = [c for c in choices if c[0] in vocab.NATIONALITY_SENTINELS]
    rest = [c for c in choices if c not in featured and c not in sentinels]
    return featured + sentinels + rest


class ParticipantDialog(SavingDialog):
    """The add/edit form; saving runs the service off the GUI thread."""

    notice = "participants"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        record: ParticipantRecord | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.original_record = record
        self.errors.aliases = _ERROR_ROW
        self.setObjectName("participant_dialog")
        self.setWindowTitle(
            self.tr("New participant")
            if record is None
            else self.tr("Edit participant: %1").replace("%1", record.full_name)
        )
        self._build()
        if record is not None:
            self._load(record)
        self._connect_validation()
        self.resize(560, 680)

    # -- layout ---------------------------------------------------------------------
    def _line(self, name: str, *, rtl: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if rtl:
            # Arabic-script names are typed right to left whatever the UI language.
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            edit.setAlignment(
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
            )
        return edit

    def _build(self) -> None:
        language = current_language()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        f = self.errors.field
        self.first_name = self._line("first_name")
        self.last_name = self._line("last_name")
        self.first_name_ar = self._line("first_name_ar", rtl=True)
        self.last_name_ar = self._line("last_name_ar", rtl=True)
        self.first_name_ar.setPlaceholderText(self.tr("in Arabic letters"))
        self.last_name_ar.setPlaceholderText(self.tr("in Arabic letters"))
        form.addRow(self.tr("First name *"), f("first_name", self.first_name))
        form.addRow(self.tr("Last name *"), f("last_name", self.last_name))
        form.addRow(self.tr("First name (Arabic)"), f("first_name_ar", self.first_name_ar))
        form.addRow(self.tr("Last name (Arabic)"), f("last_name_ar", self.last_name_ar))

        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        for key in vocab.GENDERS:
            self.gender.addItem(vocab.gender_label(key), key)
        self.gender.setCurrentIndex(self.gender.findData(vocab.NOT_STATED))
        form.addRow(self.tr("Gender"), f("gender", self.gender))

        self.birth_date = self._line("birth_date")
        self.birth_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.year_only = QCheckBox(self.tr("Year only (estimated)"), self)
        self.year_only.setObjectName("year_only")
        self.year_only.toggled.connect(self._on_year_only_toggled)
        form.addRow(self.tr("Birth date"), f("birth_date", self.birth_date, self.year_only))

        self.nationality = QComboBox(self)
        self.nationality.setObjectName("nationality")
        self.nationality.setMaxVisibleItems(20)
        for code, label in nationality_choices(language):
            self.nationality.addItem(label, code)
        self.nationality.insertSeparator(len(FEATURED_NATIONALITIES) + 2)
        self.nationality.setCurrentIndex(self.nationality.findData(vocab.UNKNOWN))
        form.addRow(self.tr("Nationality"), f("nationality", self.nationality))

        self.phone = self._line("phone")
        self.phone.setPlaceholderText("0532 123 45 67")
        # Digits read left to right even in an Arabic window.
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Phone"), f("phone", self.phone))

        self.external_id = self._line("external_id")
        form.addRow(self.tr("Register number"), f("external_id", self.external_id))

        self.disability = QComboBox(self)
        self.disability.setObjectName("disability")
        self.disability.addItem(self.tr("Not asked"), None)
        self.disability.addItem(self.tr("Yes"), "yes")
        self.disability.addItem(self.tr("No"), "no")
        form.addRow(self.tr("Disability"), f("disability", self.disability))

        self.consent_given = QCheckBox(self.tr("Consent given"), self)
        self.consent_given.setObjectName("consent_given")
        self.consent_date = QDateEdit(self)
        self.consent_date.setObjectName("consent_date")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.consent_date.setDate(QDate.currentDate())
        self.consent_date.setEnabled(False)
        self.consent_given.toggled.connect(self.consent_date.setEnabled)
        consent_box = f("consent", self.consent_given, self.consent_date)
        self.consent_text = QLabel(self.consent_statement(), self)
        self.consent_text.setObjectName("consent_text")
        self.consent_text.setWordWrap(True)
        # No italics: Arabic has none, and a missing italic face shows empty boxes.
        self.consent_text.setStyleSheet("color: palette(dark);")
        consent_layout = consent_box.layout()
        assert isinstance(consent_layout, QVBoxLayout)
        consent_layout.insertWidget(0, self.consent_text)
        form.addRow(self.tr("Consent *"), consent_box)

        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.notes)

        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.errors.label("form"))
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        hint = QLabel(self.tr("Fields marked * are required."), self)
        hint.setObjectName("required_hint")
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def consent_statement(self) -> str:
        return self.tr(
            "Read this to the person: \u201cThe association records your name, contact "
            "details and participation in its activities to organise them and to report "
            "anonymous statistics. Your data is not shared with anyone else. You can ask "
            "to see, correct or delete it at any time.\u201d Tick the box only if the "
            "person agrees."
        )

    def _load(self, record: ParticipantRecord) -> None:
        self.first_name.setText(record.first_name)
        self.last_name.setText(record.last_name)
        self.first_name_ar.setText(record.first_name_ar or "")
        self.last_name_ar.setText(record.last_name_ar or "")
        self.gender.setCurrentIndex(max(0, self.gender.findData(record.gender)))
        if record.birth_date is not None:
            self.year_only.setChecked(record.birth_date_estimated)
            self.birth_date.setText(
                str(record.birth_date.year)
                if record.birth_date_estimated
                else record.birth_date.strftime("%d.%m.%Y")
            )
        index = self.nationality.findData(record.nationality)
        if index < 0:  # a code no longer in CLDR's list: keep it rather than lose it
            self.nationality.addItem(record.nationality, record.nationality)
            index = self.nationality.count() - 1
        self.nationality.setCurrentIndex(index)
        self.phone.setText(record.phone or "")
        self.external_id.setText(record.external_id or "")
        self.disability.setCurrentIndex(max(0, self.disability.findData(record.disability)))
        self.consent_given.setChecked(record.consent_given)
        if record.consent_date is not None:
            self.consent_date.setDate(QDate(record.consent_date))
        self.notes.setPlainText(record.notes or "")

    # -- validation -----------------------------------------------------------------
    def _connect_validation(self) -> None:
        for key, edit in (
            ("first_name", self.first_name),
            ("last_name", self.last_name),
            ("first_name_ar", self.first_name_ar),
            ("last_name_ar", self.last_name_ar),
            ("birth_date", self.birth_date),
            ("phone", self.phone),
            ("external_id", self.external_id),
        ):
            self.watch(key, edit.textEdited)
        self.watch("birth_date", self.year_only.toggled)
        self.watch("consent", self.consent_given.toggled)
        self.watch("consent", self.consent_date.dateChanged)

    def _on_year_only_toggled(self, on: bool) -> None:
        self.birth_date.setPlaceholderText(self.tr("yyyy") if on else self.tr("dd.mm.yyyy"))
        text = self.birth_date.text().strip()
        if on and text:
            try:
                day, _estimated = normalize.parse_date(text, allow_year_only=True)
            except ValueError:
                return
            self.birth_date.setText(str(day.year))

    def _parse_birth_date(self) -> tuple[dt.date | None, bool, str | None]:
        """(date, estimated, error message)."""
        text = self.birth_date.text().strip()
        if not text:
            return None, False, None
        year_only = self.year_only.isChecked()
        try:
            day, estimated = normalize.parse_date(text, allow_year_only=year_only)
        except ValueError as exc:
            return None, False, str(exc)
        if year_only:
            return dt.date(day.year, 1, 1), True, None
        return day, estimated, None

    def participant_input(self) -> ParticipantInput:
        """The form's values (an unreadable birth date is left out)."""
        birth, estimated, _error = self._parse_birth_date()
        consent = self.consent_given.isChecked()
        return ParticipantInput(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            gender=self.gender.currentData() or vocab.NOT_STATED,
            birth_date=birth,
            birth_date_estimated=estimated,
            nationality=self.nationality.currentData() or vocab.UNKNOWN,
            phone=self.phone.text().strip() or None,
            first_name_ar=self.first_name_ar.text().strip() or None,
            last_name_ar=self.last_name_ar.text().strip() or None,
            external_id=self.external_id.text().strip() or None,
            office_code=self.original_record.office_code if self.original_record else None,
            consent_given=consent,
            consent_date=self.consent_date.date().toPython() if consent else None,
            disability=self.disability.currentData(),
            notes=self.notes.toPlainText().strip() or None,
        )

    def validate(self) -> tuple[ParticipantInput, dict[str, str]]:
        """Every problem of the form (an unreadable birth date and missing consent too)."""
        data = self.participant_input()
        errors = validate_participant(data)
        _birth, _estimated, birth_error = self._parse_birth_date()
        if birth_error:
            errors["birth_date"] = birth_error
        if self.original_record is None and not data.consent_given:
            errors.setdefault(
                "consent",
                self.tr(
                    "Read the consent statement to the person and tick the box when they "
                    "agree. A new person cannot be registered without consent."
                ),
            )
        return data, errors

    # -- saving ---------------------------------------------------------------------
    def save_work(self, data: ParticipantInput) -> Callable[[], ParticipantRecord]:
        db, record = self.ctx.db, self.original_record
        if record is None:
            from ttk_desktop.core.services.participants import create_participant

            return lambda: create_participant(db, data)
        from ttk_desktop.core.services.participants import update_participant

        return lambda: update_participant(db, record.id, data)
