"""The Statistics tab: the period's figures, live, and the yearly report as files.

Choosing a period (a year, or a custom range), the filters (office, group type,
group) or the age method recomputes the figures off the GUI thread
(``ctx.tasks``); every request carries a number and only the newest answer is
drawn, so a slow old query never overwrites a newer one. After any write
(``ctx.data_changed``: attendance ticked, a person registered, a file merged)
the open tab recomputes 300 ms later, once per burst; a hidden tab recomputes
when it is next shown. Charts (pyqtgraph, imported when the tab is built) and
the exported files are drawn from the same :mod:`ttk_desktop.reports.tables`
data as the Excel, PDF, PNG and CSV reports; what runs off the GUI thread is in
:mod:`ttk_desktop.gui.views.statistics_data`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QActionGroup, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core import vocab
from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.statistics import AGE_EACH, AGE_FIRST, StatsFilter, YearlyStats
from ttk_desktop.core.stats_format import age_method_description
from ttk_desktop.core.textfold import fold
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import LANGUAGES, current_language, language_name
from ttk_desktop.gui.views.statistics_data import (
    Drawing,
    GroupChoiceModel,
    compute_drawing,
    load_filter_choices,
    prepare,
)
from ttk_desktop.reports.labels import ReportText

if TYPE_CHECKING:
    from ttk_desktop.core.records import GroupRecord, OfficeRecord
    from ttk_desktop.gui.context import AppContext

REFRESH_DELAY_MS = 300  # after a data change: one recomputation per burst of writes
EXPORT_KINDS = ("xlsx", "pdf", "png", "csv")


class StatisticsView(QWidget):
    """Figures, charts and cross tables of the chosen period; exports the report."""

    # Emitted on the GUI thread each time new figures are on screen.
    stats_shown = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ttk_desktop.gui.views.stats_charts import BarChart  # pyqtgraph, on first use

        self.ctx = ctx
        self.stats: YearlyStats | None = None
        self.drawing: Drawing | None = None
        self.groups: list[GroupRecord] = []
        self._request = 0  # number of the newest statistics request
        self._answered = 0  # number of the request whose answer (or error) is on screen
        self._pending = False
        self._stale = False
        self._text = ReportText(current_language())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)

        self._build_filters()
        self._build_figures()
        chart_font = QFont(self.font())
        chart_font.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.95))
        self.charts: dict[str, BarChart] = {}
        for key in ("gender", "age_group", "nationality", "months"):
            chart = BarChart(self, multicolour=key != "months")
            chart.setObjectName(f"chart_{key}")
            chart.set_font(chart_font)
            self.charts[key] = chart
        self.gender_age_table = self._table("table_gender_age")
        self.nationality_table = self._table("table_nationality")
        self.cross_note = QLabel(self._text("cross_note"), self)
        self.cross_note.setWordWrap(True)
        self.cross_note.setStyleSheet("color: #666666;")
        self._lay_out()

        ctx.data_changed.connect(self._on_data_changed)
        self._load_choices()
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _build_filters(self) -> None:
        today = dt.date.today()
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("year_spin")
        self.year_spin.setRange(2000, today.year + 1)
        self.year_spin.setValue(today.year)
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.custom_check = QCheckBox(self.tr("Custom period"), self)
        self.from_edit = QDateEdit(QDate(today.year, 1, 1), self)
        self.to_edit = QDateEdit(QDate(today.year, 12, 31), self)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.office_combo = QComboBox(self)
        self.office_combo.addItem(self.tr("All offices"), None)
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(self.tr("All group types"), None)
        for key in vocab.GROUP_TYPES:
            self.type_combo.addItem(vocab.group_type_label(key), key)
        self.group_combo = QComboBox(self)
        self.group_model = GroupChoiceModel(self.tr("All groups"), self)
        self.group_combo.setModel(self.group_model)
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_combo.setMinimumContentsLength(18)
        self.method_combo = QComboBox(self)
        self.method_combo.addItem(self.tr("Age at first attendance"), AGE_FIRST)
        self.method_combo.addItem(self.tr("Every age group attended"), AGE_EACH)
        self.method_combo.setAccessibleName(self.tr("Age method"))
        self.method_label = QLabel(self)
        self.method_label.setWordWrap(True)
        self.method_label.setStyleSheet("color: #555555;")
        self.unhcr_check = QCheckBox(self.tr("UNHCR age brackets"), self)
        # The brackets through the report's age label, so Arabic reads "0-4", not "4-0".
        brackets = [self._text.age(name) for name, _low, _high in vocab.UNHCR_AGE_GROUPS]
        listed = QLocale().createSeparatedList(brackets)
        self.unhcr_check.setToolTip(self.tr("Show the age chart as %1").replace("%1", listed))
        self.export_button = QPushButton(self.tr("Export report"), self)
        menu = QMenu(self.export_button)
        self.export_actions = {
            "xlsx": menu.addAction(self.tr("Excel workbook…")),
            "pdf": menu.addAction(self.tr("PDF report…")),
            "png": menu.addAction(self.tr("Chart images (PNG)…")),
            "csv": menu.addAction(self.tr("CSV file…")),
        }
        for kind, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
        # The report's language: the interface's by default (a Turkish report from an
        # English interface is common: the published page is Turkish).
        languages = menu.addMenu(self.tr("Report language"))
        group = QActionGroup(languages)
        self.report_language_actions = {}
        for code in LANGUAGES:
            action = languages.addAction(language_name(code))
            action.setCheckable(True)
            action.setChecked(code == self._text.language)
            group.addAction(action)
            self.report_language_actions[code] = action
        self.export_button.setMenu(menu)
        self.export_button.setEnabled(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")

        self.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        self.custom_check.toggled.connect(self._on_custom_check_toggled)
        self.from_edit.dateChanged.connect(self._on_filter_changed)
        self.to_edit.dateChanged.connect(self._on_filter_changed)
        self.office_combo.currentIndexChanged.connect(self._on_scope_changed)
        self.type_combo.currentIndexChanged.connect(self._on_scope_changed)
        self.group_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.method_combo.currentIndexChanged.connect(self._on_method_combo_changed)
        self.unhcr_check.toggled.connect(self._on_unhcr_check_toggled)
        self._update_method_label()

    def _figure(self, name: str, caption: str) -> tuple[QFrame, QLabel]:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        value = QLabel("–", frame)
        value.setObjectName(name)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2.6)
        big.setBold(True)
        value.setFont(big)
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        value.setStyleSheet("color: #2E75B6;")
        label = QLabel(caption, frame)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(0)
        layout.addWidget(value)
        layout.addWidget(label)
        return frame, value

    def _build_figures(self) -> None:
        text = self._text
        self.figure_frames = []
        pairs = (
            ("sessions_value", text("sessions")),
            ("participations_value", text("participations")),
            ("distinct_value", text("distinct")),
        )
        labels = []
        for name, caption in pairs:
            frame, value = self._figure(name, caption)
            self.figure_frames.append(frame)
            labels.append(value)
        self.sessions_value, self.participations_value, self.distinct_value = labels

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        return table

    def _lay_out(self) -> None:
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.addWidget(QLabel(self.tr("Year:"), self), 0, 0)
        filters.addWidget(self.year_spin, 0, 1)
        filters.addWidget(self.custom_check, 0, 2)
        filters.addWidget(self.from_edit, 0, 3)
        filters.addWidget(QLabel("–", self), 0, 4)
        filters.addWidget(self.to_edit, 0, 5)
        filters.addWidget(self.office_combo, 0, 6)
        filters.addWidget(self.type_combo, 0, 7)
        filters.addWidget(self.group_combo, 0, 8)
        filters.setColumnStretch(8, 1)
        filters.addWidget(self.export_button, 0, 9)
        filters.addWidget(self.method_combo, 1, 0, 1, 3)
        filters.addWidget(self.method_label, 1, 3, 1, 5)
        filters.addWidget(self.unhcr_check, 1, 8)
        filters.addWidget(self.status_label, 1, 9)

        figures = QHBoxLayout()
        for frame in self.figure_frames:
            figures.addWidget(frame)

        charts = QHBoxLayout()
        for key in ("gender", "age_group", "nationality"):
            charts.addWidget(self.charts[key], 1)

        tables = QVBoxLayout()
        tables.addWidget(self.gender_age_table)
        tables.addWidget(self.nationality_table)
        tables.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.charts["months"], 3)
        bottom.addLayout(tables, 2)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.addLayout(filters)
        column.addLayout(figures)
        column.addLayout(charts, 1)
        column.addLayout(bottom, 1)
        column.addWidget(self.cross_note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        content.setMinimumHeight(600)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- the filter ------------------------------------------------------------------
    def current_filter(self) -> StatsFilter:
        """The period, filters and age method chosen on screen."""
        if self.custom_check.isChecked():
            start = self.from_edit.date().toPython()
            end = self.to_edit.date().toPython()
        else:
            year = self.year_spin.value()
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return StatsFilter(
            date_from=start,  # type: ignore[arg-type]
            date_to=end,  # type: ignore[arg-type]
            office_code=self.office_combo.currentData(),
            group_type=self.type_combo.currentData(),
            group_id=self.group_combo.currentData(),
            age_method=self.method_combo.currentData() or AGE_FIRST,
        )

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show a custom period (a whole calendar year uses the year picker)."""
        whole_year = start.year == end.year and (start.month, start.day, end.month, end.day) == (
            1,
            1,
            12,
            31,
        )
        self._pending = True  # one refresh for all these changes
        try:
            self.custom_check.setChecked(not whole_year)
            self.year_spin.setValue(start.year)
            self.from_edit.setDate(QDate(start.year, start.month, start.day))
            self.to_edit.setDate(QDate(end.year, end.month, end.day))
        finally:
            self._pending = False
        self.refresh()

    # -- refreshing ------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the figures off the GUI thread; older answers are then ignored."""
        if self._pending:
            return
        self._debounce.stop()
        self._stale = False
        self._request += 1
        request = self._request
        flt = self.current_filter()
        self.status_label.setText(self.tr("Updating…"))
        db, text = self.ctx.db, self._text
        self.ctx.tasks.run(
            lambda: compute_drawing(db, flt, text),
            on_success=lambda drawing: self._on_stats_loaded(request, drawing),
            on_failure=lambda exc: self._on_stats_failed(request, exc),
        )

    @property
    def busy(self) -> bool:
        """True while the newest request has not been answered."""
        return self._answered != self._request

    def _on_stats_loaded(self, request: int, answer: Drawing | YearlyStats) -> None:
        if not isValid(self) or request != self._request:
            return  # a newer request is on its way
        self._answered = request
        self.show_stats(answer)

    def _on_stats_failed(self, request: int, exc: BaseException) -> None:
        if not isValid(self) or request != self._request:
            return
        self._answered = request
        if isinstance(exc, TtkError):
            self.status_label.setText(exc.message)
            self.status_label.setStyleSheet("color: #B00020;")
        else:
            self.status_label.setText("")
            show_error(self, exc)

    def show_stats(self, answer: Drawing | YearlyStats) -> None:
        """Put the figures on screen: headline numbers, charts and cross tables."""
        text = self._text
        drawing = answer if isinstance(answer, Drawing) else prepare(answer, text)
        self.drawing = drawing
        stats = self.stats = drawing.stats
        self.sessions_value.setText(text.number(stats.sessions))
        self.participations_value.setText(text.number(stats.participations))
        self.distinct_value.setText(text.number(stats.distinct_participants))
        charts = drawing.charts
        self.charts["gender"].set_chart(charts["gender"], text)
        age_key = "unhcr_age_group" if self.unhcr_check.isChecked() else "age_group"
        self.charts["age_group"].set_chart(charts[age_key], text)
        self.charts["nationality"].set_chart(charts["nationality"], text)
        self.charts["months"].set_chart(charts["months"], text)
        self._fill_table(self.gender_age_table, *drawing.gender_age)
        self._fill_table(self.nationality_table, *drawing.nationality_gender)
        self.status_label.setText("")
        self.status_label.setStyleSheet("")
        self.export_button.setEnabled(True)
        self.stats_shown.emit(stats)

    def _fill_table(self, table: QTableWidget, header: list[str], rows: list[list[Any]]) -> None:
        table.clear()
        table.setColumnCount(len(header))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(header)
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r == len(rows) - 1:
                    item.setFont(bold)
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height)

    # -- slots -----------------------------------------------------------------------
    def _on_data_changed(self, _what: str) -> None:
        if _what in ("groups", "import"):
            self._load_choices()
        if self.isVisible():
            self._debounce.start()  # restarts: one refresh per burst of writes
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_filter_changed(self, *_args: Any) -> None:
        self.refresh()

    def _on_year_spin_value_changed(self, year: int) -> None:
        if not self.custom_check.isChecked():
            self.from_edit.blockSignals(True)
            self.to_edit.blockSignals(True)
            self.from_edit.setDate(QDate(year, 1, 1))
            self.to_edit.setDate(QDate(year, 12, 31))
            self.from_edit.blockSignals(False)
            self.to_edit.blockSignals(False)
            self.refresh()

    def _on_custom_check_toggled(self, custom: bool) -> None:
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.year_spin.setEnabled(not custom)
        self.refresh()

    def _on_scope_changed(self, *_args: Any) -> None:
        """Office or group type changed: offer only the groups that match, then refresh."""
        self._fill_groups()
        self.refresh()

    def _on_method_combo_changed(self, *_args: Any) -> None:
        self._update_method_label()
        self.refresh()

    def _on_unhcr_check_toggled(self, _checked: bool) -> None:
        if self.drawing is not None:
            self.show_stats(self.drawing)

    def _update_method_label(self) -> None:
        self.method_label.setText(age_method_description(self.method_combo.currentData()))

    # -- filter choices --------------------------------------------------------------
    def _load_choices(self) -> None:
        db = self.ctx.db
        self.ctx.tasks.run(lambda: load_filter_choices(db), on_success=self._on_choices_loaded)

    def _on_choices_loaded(self, result: tuple[list[OfficeRecord], list[GroupRecord]]) -> None:
        if not isValid(self):
            return
        offices, groups = result
        self.groups = sorted(groups, key=lambda g: (fold(g.name), g.id))
        current = self.office_combo.currentData()
        self.office_combo.blockSignals(True)
        while self.office_combo.count() > 1:
            self.office_combo.removeItem(1)
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.code)
        index = self.office_combo.findData(current)
        self.office_combo.setCurrentIndex(max(0, index))
        self.office_combo.blockSignals(False)
        if self._fill_groups():
            self.refresh()

    def _fill_groups(self) -> bool:
        """Offer the groups of the chosen office and type. True if the chosen group left."""
        office = self.office_combo.currentData()
        kind = self.type_combo.currentData()
        current = self.group_combo.currentData()
        rows = [
            (group.name, group.id)
            for group in self.groups
            if (office is None or group.office_code == office)
            and (kind is None or group.type == kind)
        ]
        self.group_combo.blockSignals(True)
        self.group_model.set_groups(rows)
        row = self.group_model.row_of(current)
        self.group_combo.setCurrentIndex(max(0, row))
        self.group_combo.blockSignals(False)
        return row < 0

    # -- export ----------------------------------------------------------------------
    def _default_name(self, suffix: str) -> str:
        flt = self.stats.filter if self.stats else self.current_filter()
        if (flt.date_from.month, flt.date_from.day, flt.date_to.month, flt.date_to.day) == (
            1,
            1,
            12,
            31,
        ) and flt.date_from.year == flt.date_to.year:
            period = str(flt.date_from.year)
        else:
            period = f"{flt.date_from.isoformat()}_{flt.date_to.isoformat()}"
        base = QCoreApplication.translate("StatisticsView", "statistics")
        return f"{base}-{period}{suffix}"

    def export(self, kind: str, target: Path | None = None) -> None:
        """Write the figures on screen as ``kind`` (asks where unless ``target`` is given)."""
        if self.stats is None or kind not in EXPORT_KINDS:
            return
        if target is None:
            target = self._ask_target(kind)
            if target is None:
                return
        from ttk_desktop.reports import write_reports

        stats = self.stats
        language = self.report_language()
        arguments = {{"png": "png_dir"}.get(kind, kind): target}
        db = self.ctx.db
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Writing the report…"))
        self.ctx.tasks.run(
            lambda: write_reports(db, stats, language=language, **arguments),
            on_success=self._on_exported,
            on_failure=self._on_export_failed,
        )

    def report_language(self) -> str:
        """The language chosen for exported reports."""
        for code, action in self.report_language_actions.items():
            if action.isChecked():
                return code
        return self._text.language

    def _ask_target(self, kind: str) -> Path | None:
        if kind == "png":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the chart images"))
            return Path(folder) if folder else None
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "pdf": self.tr("PDF document (*.pdf)"),
            "csv": self.tr("CSV file (*.csv)"),
        }
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), self._default_name("." + kind), filters[kind]
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == "." + kind else target.with_suffix("." + kind)

    def _on_exported(self, paths: list[Path]) -> None:
        if not isValid(self):
            return
        self.export_button.setEnabled(True)
        where = str(paths[0].parent if len(paths) > 1 else paths[0]) if paths else ""
        self.status_label.setText(self.tr("Written: %1").replace("%1", where))
        self.last_export = paths

    def _on_export_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.export_button.setEnabled(True)
        self.status_label.setText("")
        show_error(self, exc)
