"""Profile → Import assignments…: a trainer's signed cohort file on a learner's laptop.

The file is checked completely first (signature, schema, sizes, dates); a trainer key seen for the
first time is trusted only after the person at the laptop compares its fingerprint and agrees.
The import writes the cohort and its assignments, and makes the learner who imported it a member;
their progress is never changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from trainer import APP_NAME
from trainer.services.cohorts import SUFFIX, CohortImportError, ImportOutcome, UntrustedKey
from trainer.sync.cohort_file import CohortFileError
from trainer.sync.keys import key_fingerprint
from trainer.ui.dialogs import Ask, documents_folder

translate = QCoreApplication.translate


def _open_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("CohortImport", "Import assignments"),
        documents_folder(),
        translate("CohortImport", "Qorgau cohort files (*{0})").format(SUFFIX),
    )
    return path or None


def _trust(parent: QWidget | None, file_name: str, cohort: str, trainers: str, fingerprint: str) -> bool:
    return Ask.confirm(
        parent,
        translate("CohortImport", "Trust this trainer?"),
        translate(
            "CohortImport",
            "“{0}” is signed by a trainer key this computer does not know yet.\n\n"
            "Cohort: {1}\nTrainers: {2}\nKey fingerprint: {3}\n\n"
            "Ask your trainer to read out their fingerprint. Trust the key and import the assignments "
            "only if the two are the same.",
        ).format(file_name, cohort, trainers or "–", fingerprint),
    )


class CohortImportAsk:
    """Indirection so tests can answer the file and trust questions without modal windows."""

    open_path = staticmethod(_open_path)
    trust = staticmethod(_trust)


def import_assignments(window: Any) -> ImportOutcome | None:
    """Ask for a cohort file, check it, ask about an unknown key, import; Home then shows the assignments."""
    service = window.ctx.cohorts
    if service is None:
        return None
    path = CohortImportAsk.open_path(window)
    if not path:
        return None
    try:
        checked = service.check_file(path)
    except CohortFileError as exc:
        Ask.warn(window, APP_NAME, translate("CohortImport", "This cohort file was refused.\n\n{0}").format(exc))
        return None
    if not service.is_trusted(checked):
        entry = service.trust.get(checked.public_key)
        if entry is not None and entry.revoked_at is not None:
            Ask.warn(
                window,
                APP_NAME,
                translate("CohortImport", "This cohort file was refused.\n\n{0}").format(UntrustedKey(checked, True)),
            )
            return None
        if not CohortImportAsk.trust(
            window, checked.path.name, checked.name, checked.trainers, key_fingerprint(checked.public_key)
        ):
            Ask.inform(window, APP_NAME, translate("CohortImport", "The key was not trusted. Nothing was imported."))
            return None
        service.trust_key(checked)
    learner = getattr(window, "learner", None)
    try:
        outcome = service.import_file(checked, learner.id if learner is not None else None)
    except CohortImportError as exc:
        Ask.warn(window, APP_NAME, translate("CohortImport", "This cohort file was refused.\n\n{0}").format(exc))
        return None
    text = {
        "new": translate("CohortImport", "Imported the cohort “{0}” with {1} assigned module(s)."),
        "replaced": translate("CohortImport", "Updated the cohort “{0}”: it now has {1} assigned module(s)."),
        "unchanged": translate(
            "CohortImport", "The cohort “{0}” was already imported; its {1} assigned module(s) are unchanged."
        ),
    }[outcome.change].format(outcome.name, outcome.assignments)
    if outcome.member_added and learner is not None:
        text += "\n" + translate("CohortImport", "{0} is now a member of this cohort.").format(learner.name)
    if outcome.tests_added:
        text += "\n" + translate("CohortImport", "Tests added: {0}.").format(_phases(outcome.tests_added))
    if outcome.tests_kept:
        text += "\n" + translate(
            "CohortImport", "This computer already had a different {0}; it keeps its own. Ask your trainer."
        ).format(_phases(outcome.tests_kept))
    if outcome.unknown_modules:
        text += "\n" + translate(
            "CohortImport",
            "These modules are not installed on this computer, so they cannot be taken here yet: {0}. "
            "Ask your trainer for the content update.",
        ).format(", ".join(outcome.unknown_modules))
    Ask.inform(window, APP_NAME, text)
    if learner is not None and hasattr(window, "show_home"):
        window.show_home()
    return outcome


def _phases(phases: tuple[str, ...]) -> str:
    names = {"pre": translate("CohortImport", "pre-test"), "post": translate("CohortImport", "post-test")}
    return ", ".join(names.get(p, p) for p in phases)
