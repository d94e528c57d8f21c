"""django-quiz-app's grading rules as plain Python: no ORM, no request, no clock.

Kept exactly: one point per correct answer; the maximum is the number of questions in the
sitting (after ``max_questions``); percent = round(score / max × 100), capped at 100 and 0 for an
empty sitting; passed iff percent ≥ pass mark; an essay is incorrect until a trainer marks it.
Rounding is half up (12.5 → 13), as django-quiz-app's Python 2 ``round`` did.

Added: multiple choice with several correct answers is graded all-or-nothing.
"""

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"
ESSAY = "essay"


@dataclass(frozen=True)
class AnswerKey:
    """What counts as right for one question.

    ``correct`` holds the ids of the correct answers (multiple choice) or ``True``/``False``
    (true/false); it is empty for an essay.
    """

    question_id: int
    kind: str
    correct: frozenset = field(default_factory=frozenset)
    select_all: bool = False


@dataclass(frozen=True)
class GradeResult:
    score: int
    max_score: int
    percent: int
    passed: bool
    incorrect: tuple = ()


def is_correct(key: AnswerKey, response) -> bool:
    """Whether one response is right. ``response`` is as stored: a list/set of answer ids for
    multiple choice, a bool for true/false, the text for an essay."""
    if key.kind == ESSAY:
        return False
    if key.kind == TRUE_FALSE:
        return isinstance(response, bool) and response in key.correct
    if key.kind == MULTIPLE_CHOICE:
        if isinstance(response, (str, bytes, bool)) or not isinstance(response, Iterable):
            return False
        chosen = frozenset(response)
        if not chosen:
            return False
        if key.select_all:
            return chosen == key.correct
        # One answer is chosen; django-quiz-app scores it if that answer is marked correct.
        return len(chosen) == 1 and chosen <= key.correct
    return False


def percent(score: int, max_score: int) -> int:
    if max_score < 1:
        return 0
    if score >= max_score:
        return 100
    if score <= 0:
        return 0
    return (200 * score + max_score) // (2 * max_score)


def has_passed(percent_value: int, pass_mark: int) -> bool:
    return percent_value >= pass_mark


def grade(
    keys: Sequence[AnswerKey],
    responses: Mapping[int, object],
    pass_mark: int,
    marked_correct: Iterable[int] = (),
) -> GradeResult:
    """Grade a whole sitting. ``keys`` are its questions (their number is the maximum),
    ``responses`` maps question id to response (unanswered questions score nothing) and
    ``marked_correct`` names the essays a trainer marked right."""
    marked = frozenset(marked_correct)
    score = 0
    incorrect = []
    for key in keys:
        if key.question_id in responses and (
            (key.kind == ESSAY and key.question_id in marked)
            or is_correct(key, responses[key.question_id])
        ):
            score += 1
        else:
            incorrect.append(key.question_id)
    max_score = len(keys)
    pct = percent(score, max_score)
    return GradeResult(
        score=score,
        max_score=max_score,
        percent=pct,
        passed=has_passed(pct, pass_mark),
        incorrect=tuple(incorrect),
    )


def summarise(score: int, max_score: int, pass_mark: int) -> GradeResult:
    """The result from a score kept in step answer by answer (the services' running score)."""
    score = max(0, min(score, max_score))
    pct = percent(score, max_score)
    return GradeResult(
        score=score, max_score=max_score, percent=pct, passed=has_passed(pct, pass_mark)
    )


def choose_questions(
    question_ids: Sequence[int],
    *,
    random_order: bool,
    max_questions: int | None,
    rng: random.Random | None = None,
) -> list[int]:
    """The questions of a new sitting: shuffled once if ``random_order``, then truncated to
    ``max_questions`` (so a random subset when both are set)."""
    chosen = list(question_ids)
    if random_order:
        (rng or random.SystemRandom()).shuffle(chosen)
    if max_questions and max_questions < len(chosen):
        chosen = chosen[:max_questions]
    return chosen


def order_answers(answers: Sequence[tuple[int, str]], answer_order: str, rng=None):
    """Order the (id, text) answers of a multiple-choice question for display.

    ``content`` sorts them alphabetically, ``random`` shuffles them with ``rng`` (by default the
    system's secure source: the order is chosen once, when an attempt starts, and stored, so
    there is no seed a page could reveal), anything else keeps the order entered.
    """
    answers = list(answers)
    if answer_order == "content":
        return sorted(answers, key=lambda a: (a[1].casefold(), a[0]))
    if answer_order == "random":
        (rng or random.SystemRandom()).shuffle(answers)
    return answers


@dataclass(frozen=True)
class OptionQuestion:
    """What the shuffle needs of one multiple-choice question: its answers as
    ``(id, text, correct)`` in entry order, its answer order and whether several may be ticked."""

    question_id: int
    answers: tuple
    answer_order: str = "random"
    select_all: bool = False


SHUFFLE_TRIES = 64


def shuffle_options(questions: Sequence[OptionQuestion], rng=None) -> dict[int, list[int]]:
    """The display order (answer ids) of each question of a new attempt.

    Shuffled questions are reshuffled while one position would hold the right answer of every
    one-answer question shuffled with them (two or more), so that picking "always the first" (or
    any fixed position) can never score all of them: no position wins within an attempt.
    """
    rng = rng or random.SystemRandom()
    shuffled = [
        q
        for q in questions
        if q.answer_order == "random"
        and not q.select_all
        and len(q.answers) > 1
        and sum(1 for a in q.answers if a[2]) == 1
    ]
    for _attempt in range(SHUFFLE_TRIES):
        orders = {
            q.question_id: [a[0] for a in order_answers(q.answers, q.answer_order, rng)]
            for q in questions
        }
        if len(shuffled) < 2 or len(_correct_positions(shuffled, orders)) > 1:
            return orders
    # Practically unreachable (each try fails with probability at most 1/2): move the right
    # answer of the last shuffled question away from the shared position.
    last = shuffled[-1]
    order = orders[last.question_id]
    right = next(a[0] for a in last.answers if a[2])
    at = order.index(right)
    other = (at + 1) % len(order)
    order[at], order[other] = order[other], order[at]
    return orders


def _correct_positions(questions, orders):
    return {orders[q.question_id].index(next(a[0] for a in q.answers if a[2])) for q in questions}


@dataclass(frozen=True)
class AttemptDecision:
    """Whether a person may start another attempt; ``reason`` names the rule that refuses."""

    allowed: bool
    reason: str = ""
    available_at: object = None  # a datetime when waiting is the reason


SINGLE_ATTEMPT_USED = "single_attempt"
NO_ATTEMPTS_LEFT = "no_attempts_left"
WAIT = "wait"


def may_start(*, completed, last_ended_at, now, single_attempt, max_attempts, wait):
    """The attempt rules: ``single_attempt`` blocks a second finished attempt, ``max_attempts``
    caps finished attempts, ``wait`` (a timedelta) must pass after the last one ended."""
    if single_attempt and completed >= 1:
        return AttemptDecision(False, SINGLE_ATTEMPT_USED)
    if max_attempts and completed >= max_attempts:
        return AttemptDecision(False, NO_ATTEMPTS_LEFT)
    if wait and last_ended_at is not None and now < last_ended_at + wait:
        return AttemptDecision(False, WAIT, last_ended_at + wait)
    return AttemptDecision(True)
