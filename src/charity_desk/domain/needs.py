"""Needs assessment (clause 3-1): weighted questions, each answer scored, the total put in a band."""

from __future__ import annotations

from dataclasses import dataclass

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message


@dataclass(frozen=True)
class Option:
    code: str
    label_ar: str
    label_en: str
    score: int


@dataclass(frozen=True)
class Question:
    code: str
    text_ar: str
    text_en: str
    weight: int
    options: tuple[Option, ...]


@dataclass(frozen=True)
class Band:
    min_score: int
    code: str
    label_ar: str
    label_en: str


@dataclass(frozen=True)
class Questionnaire:
    version: str
    questions: tuple[Question, ...]
    #: Highest threshold first.
    bands: tuple[Band, ...]

    @classmethod
    def from_data(cls, data: dict) -> Questionnaire:
        questions = tuple(
            Question(
                q["code"], q["text_ar"], q["text_en"], q["weight"], tuple(Option(**o) for o in q["options"])
            )
            for q in data["questions"]
        )
        bands = tuple(sorted((Band(**b) for b in data["bands"]), key=lambda b: -b.min_score))
        return cls(data["version"], questions, bands)

    @property
    def max_score(self) -> int:
        return sum(q.weight * max(o.score for o in q.options) for q in self.questions)


@dataclass(frozen=True)
class NeedsResult:
    score: int
    band: Band


def assess(questionnaire: Questionnaire, answers: dict[str, str]) -> NeedsResult:
    """Score the answers; every question must be answered with one of its options."""
    total = 0
    for question in questionnaire.questions:
        option = next((o for o in question.options if o.code == answers.get(question.code)), None)
        if option is None:
            raise DomainError(
                Message(
                    "Needs",
                    QT_TRANSLATE_NOOP("Needs", "Answer the question «{question}»."),
                    {"question": question.text_ar},
                ),
                field=question.code,
            )
        total += question.weight * option.score
    band = next(b for b in questionnaire.bands if total >= b.min_score)
    return NeedsResult(total, band)
