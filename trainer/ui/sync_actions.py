"""Progress bundles in the main window: export my / all progress, import with a preview, undo a merge.

Export and import run on a worker thread with their own database connection (the import of a
typical learner bundle takes a few milliseconds, but a trainer importing a class, or an office
importing its trainers, can take seconds); results come back to the UI thread through signals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from trainer import APP_NAME
from trainer.labels import region_name, role_name
from trainer.ui.dialogs import Ask, documents_folder
from trainer.ui.trainer.tasks import Progress, TaskHandle, TaskRunner

if TYPE_CHECKING:  # imported where used: the menu entries cost the start-up nothing (cryptography)
    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QProgressDialog

    from trainer.services.sync import (
        Conflict,
        Decisions,
        DuplicatePair,
        ExportResult,
        ImportResult,
        Merge,
        Preview,
        SyncService,
    )
    from trainer.sync.duplicates import Profile

translate = QCoreApplication.translate
SHOWN_CONFLICTS = 50  # in a message; Trainer → Import conflicts… and import-progress --conflicts list all


def _who(p: Profile) -> str:
    return translate("Sync", "{0} ({1}, {2})").format(p.name, role_name(p.role), region_name(p.region))


def _conflict_text(conflicts: list[Conflict]) -> str:
    lines = [c.describe() for c in conflicts[:SHOWN_CONFLICTS]]
    if len(conflicts) > SHOWN_CONFLICTS:
        lines.append(translate("Sync", "… and {0} more.").format(len(conflicts) - SHOWN_CONFLICTS))
    return "\n".join(lines)


def _no_decisions() -> Decisions:
    from trainer.services.sync import Decisions

    return Decisions()


@dataclass
class ImportChoice:
    """What the trainer decided in the preview: duplicates to merge, keys to trust, learners to allow."""

    duplicates: list[DuplicatePair] = field(default_factory=list)
    decisions: Decisions = field(default_factory=_no_decisions)


def _checkable(text: str) -> QListWidgetItem:
    from PySide6.QtWidgets import QListWidgetItem

    item = QListWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item


def _ticked(widget: QListWidget) -> list[int]:
    return [i for i in range(widget.count()) if widget.item(i).checkState() == Qt.CheckState.Checked]


class PreviewDialog(QDialog):
    """What an import would do; the trainer ticks keys to trust, learners to allow and likely
    duplicates to merge, reads the conflicts, then imports."""

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        # Qt classes only these dialogs use are imported here: each costs the start-up its set-up.
        from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QPlainTextEdit

        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import progress"))
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "{0} file(s) can be imported. New learners: {1}. New attempts: {2}. "
                "Already present: {3}. Conflicts (kept aside, not applied): {4}."
            ).format(
                len(preview.bundles),
                len(preview.new_learners),
                preview.new_attempts,
                preview.already_present,
                len(preview.new_conflicts),
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.trust = QListWidget()
        self.trust.setAccessibleName(self.tr("Devices to trust"))
        for b in preview.untrusted:
            self.trust.addItem(
                _checkable(
                    self.tr("Trust the key {0} of device {1} and import {2}").format(
                        b.fingerprint, b.device_id, b.path.name
                    )
                )
            )
        if preview.untrusted:
            note = QLabel(
                self.tr(
                    "These files are signed by computers this one does not trust yet. Ask the learner to open "
                    "Profile → About this computer on their laptop and compare the key shown there. Tick a file "
                    "to trust its key and import it; an unticked file is skipped."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addWidget(self.trust)
        self.allow = QListWidget()
        self.allow.setAccessibleName(self.tr("Learners from another device"))
        for f in preview.foreign:
            self.allow.addItem(
                _checkable(
                    self.tr("{0} adds {1} record(s) for {2}: allow").format(f.path.name, f.records, _who(f.learner))
                )
            )
        if preview.foreign:
            note = QLabel(
                self.tr(
                    "These learners came here from another computer than the one that signed the file. Tick "
                    "a learner only if they really use that computer too; otherwise the file is not imported."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addWidget(self.allow)
        self.learners = QListWidget()
        self.learners.setAccessibleName(self.tr("New learners"))
        for p in preview.new_learners:
            self.learners.addItem(_who(p))
        if preview.new_learners:
            layout.addWidget(QLabel(self.tr("New learners:")))
            layout.addWidget(self.learners)
        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(self.tr("Possible duplicates"))
        for pair in preview.possible_duplicates:
            self.duplicates.addItem(
                _checkable(self.tr("{0} looks like {1}: merge").format(_who(pair.learner), _who(pair.same_as)))
            )
        if preview.possible_duplicates:
            note = QLabel(
                self.tr(
                    "Possible duplicates: the same name, role and region registered on two computers. "
                    "Tick those that are the same person; a merge can be undone later."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addWidget(self.duplicates)
        self.conflicts = QPlainTextEdit(_conflict_text(preview.conflicts))
        self.conflicts.setReadOnly(True)
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        if preview.conflicts:
            note = QLabel(
                self.tr(
                    "Conflicts: these records differ from the ones already here. The records here are kept; "
                    "the copies from the files are kept aside (Trainer → Import conflicts…)."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addWidget(self.conflicts)
        problems = [*preview.errors, *preview.warnings]
        self.problems = QPlainTextEdit("\n\n".join(problems))
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Refused files and notes"))
        if problems:
            layout.addWidget(QLabel(self.tr("Refused files and notes:")))
            layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.importable)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def chosen(self) -> ImportChoice:
        from trainer.services.sync import Decisions

        untrusted, foreign = self.preview.untrusted, self.preview.foreign
        return ImportChoice(
            [self.preview.possible_duplicates[i] for i in _ticked(self.duplicates)],
            Decisions(
                {untrusted[i].public_key for i in _ticked(self.trust)},
                {foreign[i].learner.id for i in _ticked(self.allow)},
            ),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, preview: Preview) -> ImportChoice | None:
        """None when cancelled; otherwise what the trainer ticked (merges, trusted keys, allowed learners)."""
        dialog = cls(preview, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _open_paths(parent: QWidget | None, title: str) -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    paths, _ = QFileDialog.getOpenFileNames(
        parent, title, documents_folder(), translate("Sync", "Qorgau progress bundles (*.zip)")
    )
    return paths


def _choose_merge(parent: QWidget | None, merges: list[Merge]) -> Merge | None:
    from PySide6.QtWidgets import QInputDialog

    labels = [translate("Sync", "{0} counted as {1}").format(_who(m.learner), _who(m.same_as)) for m in merges]
    label, ok = QInputDialog.getItem(
        parent, translate("Sync", "Undo a learner merge"), translate("Sync", "Merge to undo:"), labels, 0, False
    )
    return merges[labels.index(label)] if ok and label in labels else None


def _show_text(parent: QWidget | None, title: str, text: str) -> None:
    """A read-only text in a dialog (conflicts can be long)."""
    from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    view.setAccessibleName(title)
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(720, 480)
    dialog.exec()


def _inform(parent: QWidget | None, text: str) -> None:
    Ask.inform(parent, APP_NAME, text)


def _warn(parent: QWidget | None, text: str) -> None:
    Ask.warn(parent, APP_NAME, text)


class SyncAsk:
    """Indirection so tests can answer every dialog of this module without modal windows."""

    open_paths = staticmethod(_open_paths)
    preview = staticmethod(PreviewDialog.ask)
    choose_merge = staticmethod(_choose_merge)
    inform = staticmethod(_inform)
    warn = staticmethod(_warn)
    show_text = staticmethod(_show_text)


def _default_name(who: str) -> str:
    safe = re.sub(r"[^\w-]+", "-", who, flags=re.UNICODE).strip("-") or "progress"
    return f"qorgau-progress-{safe}-{date.today().isoformat()}.zip"


class SyncActions(QObject):
    """The menu actions of one main window, and the background tasks they start."""

    exported = Signal(object)  # ExportResult
    previewed = Signal(object)  # Preview
    imported = Signal(object)  # ImportResult
    failed = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = TaskRunner(self, max_threads=1)  # one writer at a time
        self._progress: QProgressDialog | None = None
        self._merge_after: list[DuplicatePair] = []
        self._skipped: list[str] = []
        self.export_mine_action = QAction(self.tr("E&xport my progress…"), window.profile_menu)
        self.export_mine_action.triggered.connect(self.export_mine)
        _insert_before_last_separator(window.profile_menu, self.export_mine_action)
        self.about_device_action = QAction(self.tr("&About this computer…"), window.profile_menu)
        self.about_device_action.triggered.connect(self.about_this_computer)
        _insert_before_last_separator(window.profile_menu, self.about_device_action)
        menu = window.trainer_menu
        menu.addSeparator()
        self.export_all_action = menu.addAction(self.tr("&Export all progress…"), self.export_all)
        self.import_action = menu.addAction(self.tr("&Import progress…"), self.import_progress)
        self.conflicts_action = menu.addAction(self.tr("Import co&nflicts…"), self.show_conflicts)
        self.undo_action = menu.addAction(self.tr("&Undo a learner merge…"), self.undo_merge)

    # Helpers ----------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        return self.window.ctx.data_dir

    def _trainer(self) -> bool:
        return bool(getattr(self.window, "require_trainer", lambda: True)())

    def _start(self, label: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None]) -> TaskHandle:
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(APP_NAME)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a quick task never flashes a dialog
        handle = self.runner.submit(work)
        dialog.canceled.connect(handle.cancel)
        handle.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
        handle.done.connect(on_done)
        handle.failed.connect(lambda exc: self._failed(str(exc)))
        handle.cancelled.connect(lambda: self._failed(self.tr("Cancelled.")))
        handle.finished.connect(dialog.reset)
        handle.finished.connect(dialog.deleteLater)
        self._progress = dialog
        return handle

    def _sync(self) -> SyncService:
        from trainer.services.sync import SyncService

        return self.window.ctx.sync or SyncService.for_db(self.window.ctx.store.db, self.data_dir)

    def _failed(self, text: str) -> None:
        SyncAsk.warn(self.window, text)
        self.failed.emit(text)

    def _suggest(self, who: str) -> str:
        from PySide6.QtCore import QStandardPaths

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / _default_name(who))

    # Export -----------------------------------------------------------------
    def export_mine(self) -> TaskHandle | None:
        learner = getattr(self.window, "learner", None)
        if learner is None:
            SyncAsk.inform(self.window, self.tr("Choose your profile first, then export its progress."))
            return None
        return self._export([learner.id], learner.name)

    def export_all(self) -> TaskHandle | None:
        if not self._trainer():
            return None
        return self._export(None, "all")

    def _export(self, learner_ids: list[str] | None, who: str) -> TaskHandle | None:
        chosen = Ask.save_path(
            self.window, self.tr("Export progress"), self._suggest(who), self.tr("Qorgau progress bundles (*.zip)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".zip":
            path = path.with_suffix(".zip")
        data_dir = self.data_dir

        def work(progress: Progress) -> ExportResult:
            from trainer.services.sync import SyncService

            service = SyncService.open(data_dir)
            try:
                return service.export_progress(path, learner_ids)
            finally:
                service.close()

        return self._start(self.tr("Exporting progress…"), work, self._exported)

    def _exported(self, result: ExportResult) -> None:
        r = result.records
        SyncAsk.inform(
            self.window,
            self.tr(
                "Progress saved to {0}: {1} learner(s), {2} attempt(s).\n"
                "Signing key fingerprint: {3}. Give the file to your trainer."
            ).format(result.path, r["learners"], r["attempts"], result.fingerprint),
        )
        self.exported.emit(result)

    # Import -----------------------------------------------------------------
    def import_progress(self) -> TaskHandle | None:
        if not self._trainer():
            return None
        paths = SyncAsk.open_paths(self.window, self.tr("Import progress"))
        if not paths:
            return None
        data_dir, pass_marks = self.data_dir, self._pass_marks()

        def work(progress: Progress) -> Preview:
            from trainer.services.sync import SyncService

            service = SyncService.open(data_dir, pass_marks=pass_marks)
            try:
                return service.preview_import(paths)
            finally:
                service.close()

        return self._start(self.tr("Checking the files…"), work, lambda p: self._previewed(p, paths))

    def _pass_marks(self) -> dict:
        from trainer.services.sync import pass_marks_of

        catalogue = getattr(self.window.ctx, "catalogue", None)
        return pass_marks_of(catalogue) if catalogue is not None else {}

    def _previewed(self, preview: Preview, paths: list[str]) -> None:
        self.previewed.emit(preview)
        choice = SyncAsk.preview(self.window, preview)
        if choice is None or not preview.importable:
            return
        chosen, decisions = choice.duplicates, choice.decisions
        self._merge_after = chosen
        data_dir, pass_marks = self.data_dir, self._pass_marks()
        # An untrusted file left unticked is skipped: the trainer chose not to trust it.
        skipped = {b.path for b in preview.untrusted if b.public_key not in decisions.trust}
        paths = [p for p in paths if Path(p) not in skipped]
        self._skipped = sorted(p.name for p in skipped)

        def work(progress: Progress) -> tuple[ImportResult, list[DuplicatePair]]:
            from trainer.services.sync import LinkError, SyncService

            going = [True]

            def report(done: int, total: int) -> None:
                going[0] = progress(done, total)

            service = SyncService.open(data_dir, pass_marks=pass_marks)
            try:
                result = service.import_bundles(
                    paths, progress=report, cancelled=lambda: not going[0], decisions=decisions
                )
                merged = []
                for pair in chosen:
                    try:
                        service.merge_learners(pair.learner.id, pair.same_as.id)
                    except LinkError as exc:
                        result.errors.append(str(exc))
                    else:
                        merged.append(pair)
                return result, merged
            finally:
                service.close()

        self._start(self.tr("Importing progress…"), work, self._imported)

    def _imported(self, outcome: tuple[ImportResult, list[DuplicatePair]]) -> None:
        result, merged = outcome
        c = result.counts
        text = self.tr(
            "Imported {0} file(s): {1} new learner(s), {2} new attempt(s); {3} record(s) were already here."
        ).format(len(result.imported), c.new["learners"], c.new["attempts"], sum(c.present.values()))
        if result.trusted:
            text += "\n" + self.tr("Trusted from now on: {0}.").format(", ".join(result.trusted))
        if self._skipped:
            text += "\n" + self.tr("Skipped (their computers are not trusted): {0}.").format(", ".join(self._skipped))
        if merged:
            text += "\n" + self.tr("Merged {0} duplicate profile(s).").format(len(merged))
        conflicts = result.new_conflicts
        if conflicts:
            text += "\n\n" + self.tr(
                "{0} record(s) in the files differ from the ones here: the records here were kept, the copies "
                "kept aside (Trainer → Import conflicts…):"
            ).format(len(conflicts))
            text += "\n" + _conflict_text(conflicts)
        if result.cancelled:
            text += "\n" + self.tr("Cancelled: the remaining files were not imported.")
        if result.errors:
            text += "\n\n" + "\n\n".join(result.errors)
            SyncAsk.warn(self.window, text)
        else:
            SyncAsk.inform(self.window, text)
        self.imported.emit(result)
        if c.new["learners"] and getattr(self.window, "learner", None) is None:
            self.window.show_start()  # the profile chooser lists the new learners

    # This computer and conflicts ---------------------------------------------
    def about_this_computer(self) -> None:
        """Show this computer's device id and key fingerprint, for a trainer to compare at import."""
        from trainer.sync.keys import SigningKeyError

        sync = self._sync()
        try:
            me = sync.this_device()
        except SigningKeyError as exc:  # e.g. a read-only data folder without a key yet
            SyncAsk.warn(self.window, str(exc))
            return
        SyncAsk.inform(
            self.window,
            self.tr(
                "This computer signs the progress it exports with its own key.\n\n"
                "Device: {0}\nKey fingerprint: {1}\n\n"
                "When your trainer imports your progress for the first time, they see this fingerprint "
                "and ask you to compare it."
            ).format(me.device_id, me.fingerprint),
        )

    def show_conflicts(self) -> bool:
        """List the copies earlier imports kept aside (read only)."""
        if not self._trainer():
            return False
        sync = self._sync()
        conflicts = sync.conflicts()
        if not conflicts:
            SyncAsk.inform(
                self.window, self.tr("No conflicts: no import found a record that differs from the one here.")
            )
            return True
        text = "\n".join(f"{c.imported_at}  {c.file_name}: {c.describe()}" for c in conflicts)
        SyncAsk.show_text(self.window, self.tr("Import conflicts"), text)
        return True

    # Undo -------------------------------------------------------------------
    def undo_merge(self) -> bool:
        if not self._trainer():
            return False
        sync = self._sync()
        merges = sync.merges()
        if not merges:
            SyncAsk.inform(self.window, self.tr("No learner profiles are merged."))
            return False
        merge = SyncAsk.choose_merge(self.window, merges)
        if merge is None:
            return False
        if not Ask.confirm(
            self.window,
            APP_NAME,
            self.tr("Count {0} and {1} as two different people again?").format(
                _who(merge.learner), _who(merge.same_as)
            ),
        ):
            return False
        sync.undo_merge(merge.link_id)
        SyncAsk.inform(self.window, self.tr("The merge was undone."))
        return True


def _insert_before_last_separator(menu: QMenu, action: QAction) -> None:
    """Put ``action`` above the menu's last separator (so Quit stays last), or at the end."""
    separators = [a for a in menu.actions() if a.isSeparator()]
    if separators:
        menu.insertAction(separators[-1], action)
    else:
        menu.addAction(action)


def install(window: QMainWindow) -> None:
    window.sync_actions = SyncActions(window)
