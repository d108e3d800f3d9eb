"""A question whose prompt shows a picture (as an imported Moodle question does) shows the picture."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QColor, QImage

from trainer.domain.grading import grade
from trainer.ui.quiz_runner import QuestionFeed, QuizRunner


def _runner(qtbot, question, folder):
    runner = QuizRunner()
    qtbot.addWidget(runner)
    runner.resize(1000, 700)
    runner.show()
    runner.start(
        QuestionFeed("Sample", [question], {}, lambda qid, r: grade(question, r), True, folders={question.id: str(folder)})
    )
    return runner


def _true_false(catalogue, prompt):
    q = next(q for m in catalogue.modules.values() for q in m.quiz.questions if q.type == "true_false")
    return dataclasses.replace(q, prompt=prompt)


def test_the_picture_shows_below_the_text_and_not_its_markdown(qtbot, catalogue, tmp_path):
    (tmp_path / "images").mkdir()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(tmp_path / "images" / "badge.png"))
    q = _true_false(catalogue, "The officer ![Police badge](images/badge.png) may issue a protective order.")
    runner = _runner(qtbot, q, tmp_path)
    assert "![" not in runner.prompt.text() and "images/" not in runner.prompt.text()
    assert runner.prompt.text() == "The officer may issue a protective order."
    pictures = runner.prompt_pictures.findChildren(type(runner.prompt))
    assert runner.prompt_pictures.isVisible() and len(pictures) == 1
    assert pictures[0].pixmap().width() == 40
    assert pictures[0].accessibleName() == "Police badge"


def test_a_missing_or_outside_picture_is_named_not_loaded(qtbot, catalogue, tmp_path):
    (tmp_path.parent / "secret.png").write_bytes(b"not for the quiz")
    q = _true_false(catalogue, "Look: ![Map](images/none.png) ![x](../secret.png)")
    runner = _runner(qtbot, q, tmp_path)
    texts = [label.text() for label in runner.prompt_pictures.findChildren(type(runner.prompt))]
    assert texts == ["[Picture: Map]", "[Picture: x]"]


def test_a_prompt_without_pictures_shows_no_picture_area(qtbot, catalogue, tmp_path):
    q = _true_false(catalogue, "A plain question.")
    runner = _runner(qtbot, q, tmp_path)
    assert runner.prompt.text() == "A plain question." and not runner.prompt_pictures.isVisible()
