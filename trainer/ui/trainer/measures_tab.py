"""Pre/post & feedback for one cohort: open the tests, then read knowledge gain, attitude shift and feedback.

The figures are computed afresh from the stored rows each time the tab is shown (a cohort is a
few dozen learners, so this takes milliseconds) and are laid out as plain tables a trainer can
copy into a report. Every figure says how many learners it rests on.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import prepost
from trainer.services.session_measures import MeasuresError, SessionMeasuresService
from trainer.storage.database import StorageError
from trainer.ui.dialogs import Ask
from trainer.ui.prepost_screen import measures_message


def _num(value: float | None, digits: int = 1, signed: bool = False) -> str:
    if value is None:
        return "—"
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    return text.replace("-", "−")


class MeasuresTab(QWidget):
    def __init__(
        self,
        measures: SessionMeasuresService,
        language: str = "en",
        assigned: Callable[[str], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``assigned`` gives a cohort's assigned modules: ticked for the pre-test until it is opened."""
        super().__init__(parent)
        self.measures = measures
        self.assigned = assigned
        self.language = language
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Cohort:"))
        self.cohort = QComboBox()
        self.cohort.setAccessibleName(self.tr("Cohort"))
        label.setBuddy(self.cohort)
        self.cohort.currentIndexChanged.connect(lambda _i: self.refresh_figures())
        self.export_button = QPushButton(self.tr("&Export comments…"))
        self.export_button.clicked.connect(self.export_comments)
        top.addWidget(label)
        top.addWidget(self.cohort, 1)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        setup = QWidget()
        side = QVBoxLayout(setup)
        side.setContentsMargins(0, 0, 0, 0)
        modules_label = QLabel(self.tr("Mo&dules of the pre-test:"))
        modules_label.setWordWrap(True)
        self.modules = QListWidget()
        self.modules.setAccessibleName(self.tr("Modules of the pre-test"))
        modules_label.setBuddy(self.modules)
        for m in measures.catalogue.modules.values():
            item = QListWidgetItem(m.title_in(language))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.modules.addItem(item)
        items_row = QHBoxLayout()
        items_label = QLabel(self.tr("Ite&ms per module:"))
        self.items = QSpinBox()
        self.items.setRange(1, 20)
        self.items.setValue(prepost.DEFAULT_ITEMS_PER_MODULE)
        items_label.setBuddy(self.items)
        items_row.addWidget(items_label)
        items_row.addWidget(self.items)
        self.pre_button = QPushButton(self.tr("Open the &pre-test"))
        self.pre_button.clicked.connect(lambda: self.open_test("pre"))
        self.post_button = QPushButton(self.tr("Open the p&ost-test"))
        self.post_button.clicked.connect(lambda: self.open_test("post"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        side.addWidget(modules_label)
        side.addWidget(self.modules, 1)
        side.addLayout(items_row)
        side.addWidget(self.pre_button)
        side.addWidget(self.post_button)
        side.addWidget(self.state)
        self.figures = QTextBrowser()
        self.figures.setAccessibleName(self.tr("Pre/post and feedback figures"))
        split.addWidget(setup)
        split.addWidget(self.figures)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 980])  # module titles readable without a horizontal scroll bar
        self.modules.setWordWrap(True)
        layout.addWidget(split, 1)

    # Data ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Refresh the cohort list (cohorts may have been added) and the figures."""
        current = self.cohort.currentData()
        self.cohort.blockSignals(True)
        self.cohort.clear()
        for cohort_id, name in self.measures.store.cohorts():
            self.cohort.addItem(name, cohort_id)
        index = self.cohort.findData(current)
        self.cohort.setCurrentIndex(index if index >= 0 else 0)
        self.cohort.blockSignals(False)
        self.refresh_figures()

    def cohort_id(self) -> str | None:
        return self.cohort.currentData()

    def open_test(self, phase: str) -> None:
        cohort_id = self.cohort_id()
        if cohort_id is None:
            return
        chosen = [
            self.modules.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.modules.count())
            if self.modules.item(i).checkState() == Qt.CheckState.Checked
        ]
        try:
            self.measures.open_test(cohort_id, phase, chosen, self.items.value())
        except (MeasuresError, StorageError) as exc:
            Ask.warn(self, self.tr("Test not opened"), measures_message(exc))
            return
        self.refresh_figures()

    def refresh_figures(self) -> None:
        cohort_id = self.cohort_id()
        has_cohort = cohort_id is not None
        tests = self.measures.tests(cohort_id) if has_cohort else {}
        self.pre_button.setEnabled(has_cohort and "pre" not in tests)
        self.post_button.setEnabled(has_cohort and "pre" in tests and "post" not in tests)
        self.modules.setEnabled(has_cohort and "pre" not in tests)
        self.items.setEnabled(has_cohort and "pre" not in tests)
        self.export_button.setEnabled(has_cohort)
        if not has_cohort:
            self.state.setText(self.tr("No cohorts yet: create one in the Cohorts tab."))
            self.figures.setHtml("")
            return
        chosen = tests["pre"].module_ids if "pre" in tests else (self.assigned(cohort_id) if self.assigned else [])
        for i in range(self.modules.count()):
            item = self.modules.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if "pre" in tests:
            self.items.setValue(tests["pre"].items)
        if "post" in tests:
            self.state.setText(self.tr("The post-test is open (the pre-test is closed)."))
        elif "pre" in tests:
            self.state.setText(self.tr("The pre-test is open. Open the post-test at the end of the training."))
        else:
            self.state.setText(self.tr("Choose the modules and open the pre-test before the training."))
        self.figures.setHtml(self.figures_html(cohort_id))

    # Figures ---------------------------------------------------------------------------------------
    def _title(self, module_id: str) -> str:
        m = self.measures.catalogue.modules.get(module_id)
        return m.title_in(self.language) if m else module_id

    def _mean_row(self, name: str, g: prepost.MeanGain) -> str:
        e = html.escape
        ci = f"{_num(g.ci[0], signed=True)} … {_num(g.ci[1], signed=True)}" if g.ci else "—"
        label = self.tr("too few to conclude") if g.too_few else ""
        cells = [name, str(g.n), _num(g.pre), _num(g.post), _num(g.raw, signed=True), ci, _num(g.normalised, 2), label]
        return "<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>"

    def figures_html(self, cohort_id: str) -> str:
        e = html.escape
        gain = self.measures.gain(cohort_id)
        min_paired = self.measures.min_paired
        head = [self.tr("Group"), self.tr("Paired learners"), self.tr("Pre %"), self.tr("Post %"), self.tr("Raw gain (points)"),
                self.tr("95% interval of the mean raw gain"), self.tr("Normalised gain"), ""]  # fmt: skip
        parts = ["<h3>" + e(self.tr("Knowledge gain")) + "</h3>"]
        parts.append(
            "<p>"
            + e(
                self.tr(
                    "Raw gain is post minus pre in percentage points; normalised gain is (post − pre) / (100 − pre) "
                    "(Hake), undefined when the pre-test score was 100%. Only learners who took both tests count. "
                    "Groups of fewer than {0} paired learners are marked “too few to conclude”."
                ).format(min_paired)
            )
            + "</p>"
        )
        rows = [self._mean_row(self.tr("Whole cohort"), gain.cohort)]
        rows += [self._mean_row(self._title(mid), g) for mid, g in gain.modules.items()]
        parts.append(_table(head, rows))
        names = self.measures.member_labels(cohort_id)  # namesakes told apart by their profile id
        learner_rows = []
        for lid, g in sorted(gain.learners.items(), key=lambda kv: (names.get(kv[0], kv[0]).lower(), kv[0])):
            cells = [names.get(lid, lid), _num(g.pre), _num(g.post), _num(g.raw, signed=True), _num(g.normalised, 2)]
            learner_rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
        if learner_rows:
            parts.append("<h4>" + e(self.tr("Per learner")) + "</h4>")
            parts.append(
                _table(
                    [
                        self.tr("Learner"),
                        self.tr("Pre %"),
                        self.tr("Post %"),
                        self.tr("Raw gain (points)"),
                        self.tr("Normalised gain"),
                    ],
                    learner_rows,
                )
            )
        if gain.unpaired:
            parts.append("<p>" + e(self.tr("Took only one of the two tests: {0}.").format(len(gain.unpaired))) + "</p>")

        shift = self.measures.attitude_shift(cohort_id)
        parts.append("<h3>" + e(self.tr("Attitude shift")) + "</h3>")
        parts.append(
            "<p><b>"
            + e(self.tr("Not a validated instrument: read these figures as a rough indication only."))
            + "</b> "
            + e(
                self.tr(
                    "Agreement from 1 (strongly disagree) to 5 (strongly agree) with statements of misconceptions; "
                    "a negative shift is a move away from the misconception. Skipped statements are left out."
                )
            )
            + "</p>"
        )
        att_rows = []
        cohort_label = self.tr("too few to conclude") if shift.too_few else ""
        att_rows.append(_row([self.tr("All statements (mean per learner)"), str(shift.cohort.n), _num(shift.cohort.before, 2),
                              _num(shift.cohort.after, 2), _num(shift.cohort.shift, 2, signed=True), cohort_label]))  # fmt: skip
        for s in self.measures.statements:
            st = shift.statements.get(s.id, prepost.Shift(0, None, None))
            att_rows.append(_row([s.text_in(self.language), str(st.n), _num(st.before, 2), _num(st.after, 2),
                                  _num(st.shift, 2, signed=True), ""]))  # fmt: skip
        parts.append(
            _table(
                [
                    self.tr("Statement"),
                    self.tr("Paired learners"),
                    self.tr("Before"),
                    self.tr("After"),
                    self.tr("Shift"),
                    "",
                ],
                att_rows,
            )
        )

        parts.append("<h3>" + e(self.tr("Participant feedback")) + "</h3>")
        scale_names = {
            "relevance": self.tr("Relevance"),
            "confidence": self.tr("Confidence"),
            "clarity": self.tr("Clarity"),
        }
        fb_rows = []
        for fs in self.measures.feedback_summary(cohort_id):
            for name in prepost.FEEDBACK_SCALES:
                sc = fs.scales[name]
                dist = " · ".join(f"{v}: {sc.counts.get(v, 0)}" for v in prepost.LIKERT)
                fb_rows.append(_row([self._title(fs.module_id), scale_names[name], str(sc.n), _num(sc.mean, 2), dist]))
            fb_rows.append(_row([self._title(fs.module_id), self.tr("Comments"), str(fs.comments), "", ""]))
        if fb_rows:
            parts.append(
                _table(
                    [
                        self.tr("Module"),
                        self.tr("Question"),
                        self.tr("Answers"),
                        self.tr("Mean (1–5)"),
                        self.tr("Distribution"),
                    ],
                    fb_rows,
                )
            )
        else:
            parts.append("<p>" + e(self.tr("No feedback yet.")) + "</p>")
        return "".join(parts)

    def export_comments(self) -> None:
        cohort_id = self.cohort_id()
        if cohort_id is None:
            return
        path = Ask.save_path(self, self.tr("Export comments"), "feedback-comments.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            count = self.measures.export_comments(Path(path), cohort_id)
        except OSError as exc:
            Ask.warn(self, self.tr("Comments not exported"), str(exc))
            return
        Ask.inform(self, self.tr("Export comments"), self.tr("{0} comments written to {1}.").format(count, path))


def _row(cells: list[str]) -> str:
    return "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"


def _table(head: list[str], rows: list[str]) -> str:
    th = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in head)
    return f"<table border='1' cellspacing='0' cellpadding='4'><tr>{th}</tr>{''.join(rows)}</table>"
