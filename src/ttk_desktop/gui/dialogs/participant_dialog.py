"""Register or edit one participant, with each problem shown under its field.

``ParticipantDialog(ctx, parent, record=None).exec()`` returns Accepted only
after the service saved the person; the saved record is ``dialog.saved_record``
(the record as it was before an edit is ``dialog.original_record``). Used by the
participants list and the groups screen.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core import normalize, vocab
from ttk_desktop.core.errors import TtkError, ValidationError
from ttk_desktop.core.records import ParticipantInput, ParticipantRecord
from ttk_desktop.core.validation import validate_participant
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import current_language

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

FEATURED_NATIONALITIES = vocab.DEFAULT_FEATURED_NATIONALITIES
ERROR_STYLE = "color: #b00020;"
# Validation keys shown under another field's row.
_ERROR_ROW = {"consent_date": "consent", "consent_given": "consent"}


def nationality_choices(language: str) -> list[tuple[str, str]]:
    """Syria and Türkiye first, then every country by name, then stateless/unknown."""
    choices = normalize.country_choices(language)
    featured = [c for code in FEATURED_NATIONALITIES for c in choices if c[0] == code]
    sentinels = [c for c in choices if c[0] in vocab.NATIONALITY_SENTINELS]
    rest = [c for c in choices if c not in featured and c not in sentinels]
    return featured + sentinels + rest


class ParticipantDialog(QDialog):
    """The add/edit form; saving runs the service off the GUI thread."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        record: ParticipantRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original_record = record
        self.saved_record: ParticipantRecord | None = None
        self._touched: set[str] = set()
        self._save_attempted = False
        self._saving = False
        self.setObjectName("participant_dialog")
        self.setWindowTitle(
            self.tr("New participant")
            if record is None
            else self.tr("Edit participant: %1").replace("%1", record.full_name)
        )
        self.error_labels: dict[str, QLabel] = {}
        self._build()
        if record is not None:
            self._load(record)
        self._connect_validation()
        self.resize(560, 680)

    # -- layout ---------------------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        self.error_labels[key] = label
        return label

    def _field(self, key: str, *widgets: QWidget) -> QWidget:
        """The field's widgets on one line with its error message underneath."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        for widget in widgets:
            line.addWidget(widget)
        column.addLayout(line)
        column.addWidget(self._error_label(key))
        return box

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

        self.form_error = self._error_label("form")

        self.first_name = self._line("first_name")
        self.last_name = self._line("last_name")
        self.first_name_ar = self._line("first_name_ar", rtl=True)
        self.last_name_ar = self._line("last_name_ar", rtl=True)
        self.first_name_ar.setPlaceholderText(self.tr("in Arabic letters"))
        self.last_name_ar.setPlaceholderText(self.tr("in Arabic letters"))
        form.addRow(self.tr("First name *"), self._field("first_name", self.first_name))
        form.addRow(self.tr("Last name *"), self._field("last_name", self.last_name))
        form.addRow(
            self.tr("First name (Arabic)"), self._field("first_name_ar", self.first_name_ar)
        )
        form.addRow(self.tr("Last name (Arabic)"), self._field("last_name_ar", self.last_name_ar))

        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        for key in vocab.GENDERS:
            self.gender.addItem(vocab.gender_label(key), key)
        self.gender.setCurrentIndex(self.gender.findData(vocab.NOT_STATED))
        form.addRow(self.tr("Gender"), self._field("gender", self.gender))

        self.birth_date = self._line("birth_date")
        self.birth_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.year_only = QCheckBox(self.tr("Year only (estimated)"), self)
        self.year_only.setObjectName("year_only")
        self.year_only.toggled.connect(self._on_year_only_toggled)
        form.addRow(
            self.tr("Birth date"), self._field("birth_date", self.birth_date, self.year_only)
        )

        self.nationality = QComboBox(self)
        self.nationality.setObjectName("nationality")
        self.nationality.setMaxVisibleItems(20)
        for code, label in nationality_choices(language):
            self.nationality.addItem(label, code)
        self.nationality.insertSeparator(len(FEATURED_NATIONALITIES) + 2)
        self.nationality.setCurrentIndex(self.nationality.findData(vocab.UNKNOWN))
        form.addRow(self.tr("Nationality"), self._field("nationality", self.nationality))

        self.phone = self._line("phone")
        self.phone.setPlaceholderText("0532 123 45 67")
        # Digits read left to right even in an Arabic window.
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Phone"), self._field("phone", self.phone))

        self.external_id = self._line("external_id")
        form.addRow(self.tr("Register number"), self._field("external_id", self.external_id))

        self.disability = QComboBox(self)
        self.disability.setObjectName("disability")
        self.disability.addItem(self.tr("Not asked"), None)
        self.disability.addItem(self.tr("Yes"), "yes")
        self.disability.addItem(self.tr("No"), "no")
        form.addRow(self.tr("Disability"), self._field("disability", self.disability))

        self.consent_given = QCheckBox(self.tr("Consent given"), self)
        self.consent_given.setObjectName("consent_given")
        self.consent_date = QDateEdit(self)
        self.consent_date.setObjectName("consent_date")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.consent_date.setDate(QDate.currentDate())
        self.consent_date.setEnabled(False)
        self.consent_given.toggled.connect(self.consent_date.setEnabled)
        consent_box = self._field("consent", self.consent_given, self.consent_date)
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
        inner_layout.addWidget(self.form_error)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._on_save)

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
        edits: dict[str, QLineEdit] = {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "first_name_ar": self.first_name_ar,
            "last_name_ar": self.last_name_ar,
            "birth_date": self.birth_date,
            "phone": self.phone,
            "external_id": self.external_id,
        }
        for key, edit in edits.items():
            edit.textEdited.connect(lambda _text, key=key: self._on_field_edited(key))
        self.year_only.toggled.connect(lambda _on: self._on_field_edited("birth_date"))
        self.consent_given.toggled.connect(lambda _on: self._on_field_edited("consent"))
        self.consent_date.dateChanged.connect(lambda _d: self._on_field_edited("consent"))

    def _on_field_edited(self, key: str) -> None:
        self._touched.add(key)
        self.show_errors(self.collect_errors()[1])

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

    def collect_errors(self) -> tuple[ParticipantInput, dict[str, str]]:
        """Every problem of the form keyed by the row it is shown under."""
        data = self.participant_input()
        found = validate_participant(data)
        _birth, _estimated, birth_error = self._parse_birth_date()
        if birth_error:
            found["birth_date"] = birth_error
        if self.original_record is None and not data.consent_given:
            found.setdefault(
                "consent",
                self.tr(
                    "Read the consent statement to the person and tick the box when they "
                    "agree. A new person cannot be registered without consent."
                ),
            )
        errors: dict[str, str] = {}
        for key, message in found.items():
            row = _ERROR_ROW.get(key, key)
            row = row if row in self.error_labels else "form"
            errors[row] = f"{errors[row]}\n{message}" if row in errors else message
        return data, errors

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show messages of touched fields (all of them after a save attempt)."""
        for key, label in self.error_labels.items():
            message = errors.get(key, "")
            if not (self._save_attempted or key in self._touched or key == "form"):
                message = ""
            label.setText(message)
            label.setVisible(bool(message))

    # -- saving ---------------------------------------------------------------------
    def _on_save(self) -> None:
        if self._saving:
            return
        self._save_attempted = True
        data, errors = self.collect_errors()
        self.show_errors(errors)
        if errors:
            self._focus_first_error(errors)
            return
        self._set_saving(True)
        db = self.ctx.db
        record = self.original_record
        if record is None:
            from ttk_desktop.core.services.participants import create_participant

            def work() -> ParticipantRecord:
                return create_participant(db, data)
        else:
            from ttk_desktop.core.services.participants import update_participant

            def work() -> ParticipantRecord:
                return update_participant(db, record.id, data)

        self.ctx.tasks.run(
            work, on_success=self._on_saved, on_failure=self._on_save_failed, write=True
        )

    def _on_saved(self, record: ParticipantRecord) -> None:
        self._set_saving(False)
        self.saved_record = record
        self.ctx.notify("participants")
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, ValidationError):
            errors = {}
            for key, message in error.errors.items():
                row = _ERROR_ROW.get(key, key)
                errors[row if row in self.error_labels else "form"] = message
            self.show_errors(errors)
            self._focus_first_error(errors)
        elif isinstance(error, TtkError):
            self.show_errors({"form": error.message})
        else:
            show_error(self, error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def _focus_first_error(self, errors: dict[str, str]) -> None:
        widgets: dict[str, QWidget] = {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "first_name_ar": self.first_name_ar,
            "last_name_ar": self.last_name_ar,
            "gender": self.gender,
            "birth_date": self.birth_date,
            "nationality": self.nationality,
            "phone": self.phone,
            "external_id": self.external_id,
            "disability": self.disability,
            "consent": self.consent_given,
        }
        for key, widget in widgets.items():
            if key in errors:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
