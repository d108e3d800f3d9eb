"""A learner's answer and the key, written out in words for feedback and results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.domain import model
from trainer.domain.scenario import ScenarioPathError, walk

translate = QCoreApplication.translate




def describe(question: model.Question, response: Any) -> str:
    """Plain text for ``response`` (which may be the key); "(no answer)" when missing."""
    if response is None:
        return translate("AnswerText", "(no answer)")
    try:
        if isinstance(question, model.SingleChoice):
            return _text(question.options, response)
        if isinstance(question, model.MultipleResponse):
            return "; ".join(_text(question.options, r) for r in response) or translate("AnswerText", "(nothing chosen)")
        if isinstance(question, model.TrueFalse):
            return translate("AnswerText", "True") if response else translate("AnswerText", "False")
        if isinstance(question, model.Ordering):
            return " → ".join(_text(question.items, r) for r in response)
        if isinstance(question, model.Matching):
            return "; ".join(
                f"{_text(question.premises, p)} — {_text(question.responses, r)}" for p, r in response.items()
            )
        if isinstance(question, model.Numeric):
            return f"{response:g} {question.unit or ''}".strip()
        if isinstance(question, model.Scenario):
            w = walk(question, list(response))
            texts = []
            for node_id, index in zip(w.nodes, w.choices, strict=False):
                texts.append(question.nodes[node_id].choices[index].text)
            return " → ".join(texts)
    except (KeyError, TypeError, ScenarioPathError):
        pass
    return str(response)


def _text(options: tuple[model.Option, ...], option_id: str) -> str:
    for o in options:
        if o.id == option_id:
            return o.text
    return option_id
