"""People's rights from the Participants tab (#16): export everything about a person,
erase on request, anonymise people inactive for years.

:class:`PrivacyActions` holds the three actions and the "Personal data" button
the tab shows; which of them an account sees follows its role (the core
refuses anyway). The work runs through ``ctx.tasks`` off the GUI thread; the
dialogs here only collect choices and confirmations.

Imported with the Participants tab, so only Qt and light core modules at the
top: the report and erasure code (SQLAlchemy, openpyxl) load when used.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core.security.roles import Action
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import current_language

if TYPE_CHECKING:
    from ttk_desktop.core.records import ParticipantRecord
    from ttk_desktop.gui.context import AppContext

DEFAULT_RETENTION_YEARS = 5
LANGUAGE_NAMES = (("tr", "Türkçe"), ("en", "English"), ("ar", "العربية"))


class SubjectExportDialog(QDialog):
    """Choose the file format and the person's language for their report."""

    def __init__(self, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subject_export_dialog")
        self.setWindowTitle(self.tr("Export everything about this person"))
        intro = QLabel(
            self.tr(
                "Everything the database holds about %1: the registration, groups, "
                "sessions attended, decisions about their records and the changes made "
                "to them. Choose the format and the language the person reads."
            ).replace("%1", person_name),
            self,
        )
        intro.setWordWrap(True)
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"), self)
        self.xlsx.setObjectName("xlsx")
        self.pdf = QRadioButton(self.tr("PDF document (.pdf)"), self)
        self.pdf.setObjectName("pdf")
        self.pdf.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.xlsx)
        group.addButton(self.pdf)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.xlsx)
        formats.addStretch(1)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        form = QFormLayout()
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self.tr("Language of the document:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def file_format(self) -> str:
        return "xlsx" if self.xlsx.isChecked() else "pdf"

    def language_code(self) -> str:
        return str(self.language.currentData())


class RetentionDialog(QDialog):
    """How many years without attendance or change, and how many people that is."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count: int | None = None
        self._asked = 0
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Anonymise inactive participants"))
        intro = QLabel(
            self.tr(
                "People who have had no attendance and whose records have not changed "
                "for the chosen number of years are anonymised like an erasure on request: "
                "names, phone, notes, register number and disability answer are removed, "
                "only the year of birth is shown; gender, nationality, groups and attendance "
                "are kept, so past statistics stay the same. This cannot be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.years = QSpinBox(self)
        self.years.setObjectName("years")
        self.years.setRange(1, 50)
        self.years.setSuffix(self.tr(" years"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.anonymise_button = QPushButton(self.tr("Anonymise…"), self)
        self.anonymise_button.setObjectName("anonymise_button")
        self.anonymise_button.setEnabled(False)
        self.anonymise_button.clicked.connect(self.accept_if_confirmed)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Inactive for:"), self.years)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        self.years.valueChanged.connect(self._recount)
        self._load_setting()

    def _load_setting(self) -> None:
        def work() -> int | None:
            from ttk_desktop.core.security.privacy import retention_years

            return retention_years(self.ctx.db)

        def done(years: int | None) -> None:
            self.years.blockSignals(True)
            self.years.setValue(years or DEFAULT_RETENTION_YEARS)
            self.years.blockSignals(False)
            self._recount()

        self.ctx.tasks.run(work, on_success=done, on_failure=lambda e: show_error(self, e))

    def _recount(self) -> None:
        years = self.years.value()
        self._asked += 1
        asked = self._asked
        self.count = None
        self.anonymise_button.setEnabled(False)
        self.count_label.setText(self.tr("Counting…"))

        def work() -> int:
            from ttk_desktop.core.security.privacy import inactive_participants

            return len(inactive_participants(self.ctx.db, years))

        def done(count: int) -> None:
            if asked != self._asked:
                return  # an older count, for another number of years
            self.count = count
            self.count_label.setText(
                self.tr(
                    "%Ln person(s) had no attendance and no change for %1 years.", "", count
                ).replace("%1", str(years))
            )
            self.anonymise_button.setEnabled(count > 0)

        self.ctx.tasks.run(work, on_success=done, on_failure=lambda e: show_error(self, e))

    def accept_if_confirmed(self) -> None:
        if not self.count:
            return
        text = self.tr(
            "Anonymise %Ln person(s) inactive for %1 years? Their names, phone numbers, notes, "
            "register numbers and disability answers are removed for good; gender, "
            "nationality, groups and attendance are kept. This cannot be undone.",
            "",
            self.count,
        ).replace("%1", str(self.years.value()))
        if _confirm(self, self.tr("Anonymise inactive participants"), text):
            self.accept()


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.warning(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _file_stem(record: ParticipantRecord) -> str:
    """A file name without the person's name (file names are seen in folder listings)."""
    key = record.external_id or record.uuid[:8]
    return "kisisel-veri-" + re.sub(r"[^\w.-]+", "_", f"{record.office_code}-{key}")


class PrivacyActions(QObject):
    """The Participants tab's "Personal data" menu: export, erase, retention."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view = view
        self.ctx: AppContext = view.ctx
        self.export_action = QAction(self.tr("Export everything about this person…"), view)
        self.export_action.setObjectName("export_person_action")
        self.export_action.triggered.connect(self.export_selected)
        self.erase_action = QAction(self.tr("Erase on request…"), view)
        self.erase_action.setObjectName("erase_person_action")
        self.erase_action.triggered.connect(self.erase_selected)
        self.retention_action = QAction(self.tr("Anonymise inactive participants…"), view)
        self.retention_action.setObjectName("retention_action")
        self.retention_action.triggered.connect(self.anonymise_inactive)
        self.menu = QMenu(view)
        for action in (self.export_action, self.erase_action, self.retention_action):
            self.menu.addAction(action)
        self.progress: QProgressDialog | None = None
        self.button = QPushButton(self.tr("Personal data"), view)
        self.button.setObjectName("personal_data_button")
        self.button.setMenu(self.menu)

    def update_actions(self, ready: bool, record: ParticipantRecord | None) -> None:
        """Show what the account may do; enable what needs a selected person."""
        db = self.ctx.db if ready else None
        may_export = db is not None and db.may(Action.EXPORT)
        may_erase = db is not None and db.may(Action.ERASE)
        self.export_action.setVisible(may_export)
        self.export_action.setEnabled(may_export and record is not None)
        self.erase_action.setVisible(may_erase)
        self.erase_action.setEnabled(may_erase and record is not None)
        self.retention_action.setVisible(may_erase)
        self.retention_action.setEnabled(may_erase)
        self.button.setVisible(may_export or may_erase)

    def refuse_edit_of_erased(self, record: ParticipantRecord) -> bool:
        """Say so and return True when ``record`` was erased: its form must not be saved.

        The form would store a year-only birth date as 1 January, which can
        move the person between age groups in past statistics, and whatever
        is typed in would bring personal data back after an erasure.
        """
        from ttk_desktop.core.erased import is_erased

        if not is_erased(record.first_name, record.last_name):
            return False
        QMessageBox.information(
            self.view,
            self.tr("Erased on request"),
            self.tr(
                "This person was erased on request. The record is kept only for the "
                "statistics and can no longer be changed."
            ),
        )
        return True

    # -- export -----------------------------------------------------------------------
    def export_selected(self) -> None:
        record = self.view.selected_record()
        if record is None or not self.ctx.ready:
            return
        dialog = SubjectExportDialog(record.full_name, self.view)
        if not dialog.exec():
            return
        fmt, language = dialog.file_format(), dialog.language_code()
        file_filter = (
            self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF (*.pdf)")
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self.view,
            self.tr("Save everything about this person"),
            f"{_file_stem(record)}.{fmt}",
            file_filter,
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        if not self._confirm_personal_data(record, path):
            return
        db, person_id = self.ctx.db, record.id

        def work() -> Path:
            from ttk_desktop.core.security.subject_export import subject_report
            from ttk_desktop.reports.subject_report import write_subject_report

            return write_subject_report(db, subject_report(db, person_id), path, fmt, language)

        def done(written: Path) -> None:
            QMessageBox.information(
                self.view,
                self.tr("Export everything about this person"),
                self.tr("Saved to %1.").replace("%1", str(written)),
            )

        self.ctx.tasks.run(work, on_success=done, on_failure=lambda e: show_error(self.view, e))

    def _confirm_personal_data(self, record: ParticipantRecord, path: Path) -> bool:
        from ttk_desktop.gui.dialogs.personal_data_warning import confirm_personal_data

        what = self.tr("Everything about %1").replace("%1", record.full_name)
        return confirm_personal_data(self.view, what, path)

    # -- erasure ----------------------------------------------------------------------
    def erase_text(self, name: str) -> str:
        """The erasure confirmation: what goes, what stays, and that it is final."""
        return self.tr(
            "Erase %1 on request?\n\n"
            "Removed: first and last name (Latin and Arabic), phone, notes, register "
            "number and disability answer; the birth date is reduced to the year. The "
            "values are also removed from the audit log, which keeps only who changed "
            "the record and when.\n\n"
            "Kept: gender, nationality, office, consent, groups and attendance, so past "
            "statistics stay exactly the same.\n\n"
            "This cannot be undone. The erasure reaches headquarters with the next data "
            "file. Other records confirmed to be the same person are erased too."
        ).replace("%1", name)

    def erase_selected(self) -> None:
        record = self.view.selected_record()
        if record is None or not self.ctx.ready:
            return
        if not _confirm(self.view, self.tr("Erase on request"), self.erase_text(record.full_name)):
            return
        db, person_id = self.ctx.db, record.id

        def work() -> str | None:
            from ttk_desktop.core.security.privacy import erase_participant, older_backups_note

            erase_participant(db, person_id)
            return older_backups_note(db)

        self._run_final(work, self.tr("%1 was erased.").replace("%1", record.full_name))

    def anonymise_inactive(self) -> None:
        if not self.ctx.ready:
            return
        dialog = RetentionDialog(self.ctx, self.view)
        if not dialog.exec():
            return
        db, years, count = self.ctx.db, dialog.years.value(), dialog.count or 0

        def work(progress: Any, cancelled: Any) -> tuple[int, str | None]:
            from ttk_desktop.core.security import privacy

            privacy.set_retention_years(db, years)
            done = privacy.anonymise_inactive(db, years, progress=progress, cancelled=cancelled)
            return done, privacy.older_backups_note(db) if done else None

        self.progress = QProgressDialog(
            self.tr("Anonymising inactive participants…"), self.tr("Stop"), 0, count, self.view
        )
        self.progress.setObjectName("retention_progress")
        self.progress.setWindowTitle(self.tr("Anonymise inactive participants"))
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        handle = self._run_final(work, None, pass_control=True)
        self.progress.canceled.connect(handle.cancel)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _run_final(self, work: Any, message: str | None, *, pass_control: bool = False) -> Any:
        """Run an erasure; then nothing on the undo stack may bring old values back."""

        def finished() -> None:
            self.view.undo_stack.clear()
            self.ctx.notify("participants")
            if self.progress is not None:
                self.progress.close()
                self.progress = None

        def done(result: Any) -> None:
            finished()
            if message is None:  # in bulk: (how many, what the older backups still hold)
                count, note = result
                parts = (self.tr("%Ln person(s) anonymised.", "", int(count)), note)
            else:  # one erasure: what the older backups still hold follows
                parts = (message, result)
            text = "\n\n".join(part for part in parts if part)
            QMessageBox.information(self.view, self.tr("Personal data"), text)

        def failed(error: BaseException) -> None:
            finished()  # a batch may have been written before the failure
            show_error(self.view, error)

        return self.ctx.tasks.run(
            work,
            on_success=done,
            on_failure=failed,
            on_progress=self._on_progress if pass_control else None,
            write=True,
            pass_control=pass_control,
        )
