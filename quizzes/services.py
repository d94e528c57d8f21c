"""Services that change quiz records, each in one transaction, locking the rows they change.

``start_sitting`` begins or resumes an attempt, ``submit_answer`` records one answer (once),
``mark_essay`` records a trainer's mark, ``close_expired_sittings`` closes attempts whose time ran
out. The rules themselves are in ``grading.py``; views call these and never compute a score.
"""

import secrets
from dataclasses import asdict, dataclass, field
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log as log_action

from . import grading, signals
from .models import Answer, Category, Progress, Question, Quiz, QuizQuestion, Sitting, SittingAnswer

ESSAY_MAX_LENGTH = 10_000
MARK_ACTION = "quizzes.mark_essay"


class QuizError(Exception):
    """A request the quiz rules refuse; ``message`` is for the person."""

    message = _("This quiz cannot be taken now.")

    def __init__(self, message=None, **kwargs):
        if message is not None:
            self.message = message
        for name, value in kwargs.items():
            setattr(self, name, value)
        super().__init__(str(self.message))


class QuizUnavailable(QuizError):
    message = _("This quiz is not available.")


class AttemptNotAllowed(QuizError):
    reason = ""
    available_at = None


class SittingClosed(QuizError):
    message = _("This attempt is already finished.")


class QuestionNotInSitting(QuizError):
    message = _("This question is not part of your attempt.")


class OwnAnswer(QuizError):
    message = _("Nobody marks their own answers: ask another trainer to mark this essay.")


class InvalidAnswer(QuizError):
    message = _("Please choose or write an answer.")


class TimeUp(QuizError):
    message = _("Time is up: answers after the time limit are not accepted.")
    result = None


@dataclass(frozen=True)
class SittingResult:
    """The outcome of a finished attempt; serialisable, since a quiz that does not keep attempts
    deletes the sitting and the result page reads this from the session."""

    sitting_id: int
    quiz_id: int
    score: int
    max_score: int
    percent: int
    passed: bool
    question_ids: tuple = ()
    answers: tuple = ()  # (question_id, response, correct)
    timed_out: bool = False
    kept: bool = True

    def as_dict(self):
        data = asdict(self)
        data["question_ids"] = list(self.question_ids)
        data["answers"] = [list(a) for a in self.answers]
        return data

    @classmethod
    def from_dict(cls, data):
        return cls(
            **{
                **data,
                "question_ids": tuple(data["question_ids"]),
                "answers": tuple(tuple(a) for a in data["answers"]),
            }
        )


@dataclass(frozen=True)
class AnswerOutcome:
    answer: SittingAnswer
    duplicate: bool = False
    result: SittingResult | None = field(default=None)

    @property
    def completed(self):
        return self.result is not None


def can_edit_quizzes(user):
    return user.has_perm("quizzes.change_quiz")


def check_visible(user, quiz):
    """Draft quizzes exist only for people who may edit quizzes."""
    if quiz.draft and not can_edit_quizzes(user):
        raise QuizUnavailable


def answer_key(question):
    """The grading key of a question (reads its answers: prefetch ``answers`` for many)."""
    if question.kind == Question.Kind.MULTIPLE_CHOICE:
        correct = frozenset(a.pk for a in question.answers.all() if a.correct)
    elif question.kind == Question.Kind.TRUE_FALSE:
        correct = frozenset([question.true_false_correct])
    else:
        correct = frozenset()
    return grading.AnswerKey(
        question_id=question.pk, kind=question.kind, correct=correct, select_all=question.select_all
    )


def normalise_response(question, answer):
    """Check a raw answer against the question and return what is stored, or raise
    ``InvalidAnswer``: answer ids (list) for multiple choice, a bool, or the essay text."""
    if question.kind == Question.Kind.MULTIPLE_CHOICE:
        raw = answer if isinstance(answer, (list, tuple, set, frozenset)) else [answer]
        try:
            chosen = sorted({int(a) for a in raw if a not in (None, "")})
        except (TypeError, ValueError):
            raise InvalidAnswer from None
        valid = {a.pk for a in question.answers.all()}
        if not chosen or not set(chosen) <= valid:
            raise InvalidAnswer
        if not question.select_all and len(chosen) != 1:
            raise InvalidAnswer(_("Choose one answer."))
        return chosen
    if question.kind == Question.Kind.TRUE_FALSE:
        if isinstance(answer, bool):
            return answer
        value = str(answer).strip().lower()
        if value in {"true", "1"}:
            return True
        if value in {"false", "0"}:
            return False
        raise InvalidAnswer
    text = str(answer or "").strip()
    if not text or len(text) > ESSAY_MAX_LENGTH:
        raise InvalidAnswer(_("Write your answer (at most 10,000 characters)."))
    return text


def _attempt_decision(user, quiz, now):
    stats = Sitting.objects.filter(user=user, quiz=quiz, complete=True).aggregate(
        completed=Count("pk"), last_ended_at=Max("ended_at")
    )
    return grading.may_start(
        completed=stats["completed"],
        last_ended_at=stats["last_ended_at"],
        now=now,
        single_attempt=quiz.single_attempt,
        max_attempts=quiz.max_attempts,
        wait=quiz.attempt_wait,
    )


def attempt_decision(user, quiz, now=None):
    """Whether ``user`` may start a new attempt of ``quiz`` now (read-only)."""
    return _attempt_decision(user, quiz, now or timezone.now())


REFUSALS = {
    grading.SINGLE_ATTEMPT_USED: _("You have already taken this quiz; it allows one attempt."),
    grading.NO_ATTEMPTS_LEFT: _("You have used all attempts allowed for this quiz."),
    grading.WAIT: _("You can try again later."),
}


def start_sitting(user, quiz, *, now=None, rng=None):
    """Resume the person's unfinished attempt, or begin a new one if the rules allow.

    Raises ``QuizUnavailable`` (draft or empty quiz) or ``AttemptNotAllowed``.
    """
    check_visible(user, quiz)
    now = now or timezone.now()
    refusal = None
    with transaction.atomic():
        open_sitting = (
            Sitting.objects.select_for_update()
            .select_related("quiz")
            .filter(user=user, quiz=quiz, complete=False)
            .first()
        )
        if open_sitting is not None:
            if not _expired(open_sitting, now):
                return open_sitting
            _finish(open_sitting, now, timed_out=True)
        decision = _attempt_decision(user, quiz, now)
        if not decision.allowed:
            refusal = AttemptNotAllowed(
                REFUSALS[decision.reason],
                reason=decision.reason,
                available_at=decision.available_at,
            )
        else:
            ids = list(
                quiz.quiz_questions.order_by("sort_order", "pk").values_list(
                    "question_id", flat=True
                )
            )
            if not ids:
                refusal = QuizUnavailable(_("This quiz has no questions yet."))
            else:
                chosen = grading.choose_questions(
                    ids, random_order=quiz.random_order, max_questions=quiz.max_questions, rng=rng
                )
                deadline = now + quiz.time_limit if quiz.time_limit else None
                try:
                    with transaction.atomic():
                        return Sitting.objects.create(
                            user=user,
                            quiz=quiz,
                            question_ids=chosen,
                            options=new_options(chosen, rng=rng),
                            started_at=now,
                            deadline=deadline,
                        )
                except IntegrityError:
                    # Two first clicks at once: the partial unique constraint let one win.
                    return Sitting.objects.get(user=user, quiz=quiz, complete=False)
    raise refusal


OPTION_TOKEN_BYTES = 8


def new_options(question_ids, *, rng=None):
    """The answers of a new attempt's multiple-choice questions in the order they will be shown,
    each with a fresh random token that the page sends instead of the answer's id (one query).

    Tokens are drawn from the system's secure source and ascend in display order, so neither
    their values nor their order say anything the display order does not; the display order is
    shuffled where the question asks for it (``grading.shuffle_options``).
    """
    answers = {}
    settings_of = {}
    rows = (
        Answer.objects.filter(
            question_id__in=question_ids, question__kind=Question.Kind.MULTIPLE_CHOICE
        )
        .order_by("question_id", "sort_order", "pk")
        .values_list(
            "question_id",
            "pk",
            "content",
            "correct",
            "question__answer_order",
            "question__select_all",
        )
    )
    for qid, pk, content, correct, answer_order, select_all in rows:
        answers.setdefault(qid, []).append((pk, content, correct))
        settings_of[qid] = (answer_order, select_all)
    orders = grading.shuffle_options(
        [
            grading.OptionQuestion(qid, tuple(found), *settings_of[qid])
            for qid, found in answers.items()
        ],
        rng=rng,
    )
    return {
        str(qid): list(zip(new_tokens(len(order)), order, strict=True))
        for qid, order in orders.items()
    }


def new_tokens(count):
    tokens = set()
    while len(tokens) < count:
        tokens.add(secrets.token_hex(OPTION_TOKEN_BYTES))
    return sorted(tokens)


def _expired(sitting, now):
    return sitting.deadline is not None and now > sitting.deadline


def submit_answer(sitting, question, answer, *, now=None):
    """Record the person's answer to one question of their sitting, once.

    A second answer to the same question (a replayed or double-submitted form) changes nothing
    and returns the first (``duplicate=True``). The last answer finishes the sitting. Raises
    ``SittingClosed``, ``QuestionNotInSitting``, ``InvalidAnswer``, or ``TimeUp`` (the sitting is
    then closed with the answers given before the limit).
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = (
            Sitting.objects.select_for_update()
            .select_related("quiz")
            .filter(pk=sitting.pk, user_id=sitting.user_id)
            .first()
        )
        if locked is None or locked.complete:
            raise SittingClosed
        if _expired(locked, now):
            result = _finish(locked, now, timed_out=True)
            timed_out = True
        else:
            timed_out = False
            if question.pk not in locked.question_ids:
                raise QuestionNotInSitting
            existing = SittingAnswer.objects.filter(sitting=locked, question=question).first()
            if existing is not None:
                return AnswerOutcome(answer=existing, duplicate=True)
            response = normalise_response(question, answer)
            correct = grading.is_correct(answer_key(question), response)
            recorded = SittingAnswer.objects.create(
                sitting=locked,
                question=question,
                response=response,
                correct=correct,
                answered_at=now,
            )
            if correct:
                locked.score += 1
                locked.save(update_fields=["score"])
            _add_progress(locked.user_id, question.category_id, correct)
            result = None
            if locked.answers.count() >= len(locked.question_ids):
                result = _finish(locked, now)
            outcome = AnswerOutcome(answer=recorded, result=result)
    if timed_out:
        raise TimeUp(result=result)
    return outcome


def _add_progress(user_id, category_id, correct):
    """django-quiz-app's Progress: one possible point per answer, one point if it was right."""
    if category_id is None:
        return
    progress, _created = Progress.objects.get_or_create(user_id=user_id, category_id=category_id)
    # An UPDATE with F() is atomic in the database: concurrent answers never lose a point.
    Progress.objects.filter(pk=progress.pk).update(
        score=F("score") + (1 if correct else 0), possible=F("possible") + 1
    )


def _finish(sitting, now, *, timed_out=False):
    """Complete a locked sitting: grade it, keep or delete it, announce it after commit."""
    quiz = sitting.quiz
    summary = grading.summarise(sitting.score, sitting.max_score, quiz.pass_mark)
    answers = tuple(
        (qid, response, correct)
        for qid, response, correct in sitting.answers.values_list(
            "question_id", "response", "correct"
        )
    )
    result = SittingResult(
        sitting_id=sitting.pk,
        quiz_id=quiz.pk,
        score=summary.score,
        max_score=summary.max_score,
        percent=summary.percent,
        passed=summary.passed,
        question_ids=tuple(sitting.question_ids),
        answers=answers,
        timed_out=timed_out,
        kept=quiz.exam_paper,
    )
    sitting.complete = True
    sitting.ended_at = now
    sitting.percent = summary.percent
    sitting.passed = summary.passed
    if quiz.exam_paper:
        sitting.save(update_fields=["complete", "ended_at", "percent", "passed"])
        kept = sitting
    else:
        sitting.delete()
        kept = None
    transaction.on_commit(
        partial(
            signals.sitting_completed.send,
            sender=Sitting,
            user=sitting.user,
            quiz=quiz,
            sitting=kept,
            result=result,
            passed=result.passed,
            percent=result.percent,
        ),
        # A failing listener must not turn the learner's committed result into an error page:
        # it is logged, and the daily job's reconciliation repairs the missing effect.
        robust=True,
    )
    return result


def close_if_expired(sitting, *, now=None):
    """Close an unfinished sitting whose time limit has passed; return its result, else None."""
    now = now or timezone.now()
    if not _expired(sitting, now):
        return None  # a deadline never moves: no need to lock to know it has not passed
    with transaction.atomic():
        locked = (
            Sitting.objects.select_for_update()
            .select_related("quiz", "user")
            .filter(pk=sitting.pk, complete=False)
            .first()
        )
        if locked is None or not _expired(locked, now):
            return None
        return _finish(locked, now, timed_out=True)


def close_expired_sittings(*, now=None):
    """Close every unfinished sitting whose time ran out (for a scheduled job). Returns how many."""
    now = now or timezone.now()
    closed = 0
    for sitting in Sitting.objects.filter(complete=False, deadline__lt=now).only("pk", "deadline"):
        if close_if_expired(sitting, now=now) is not None:
            closed += 1
    return closed


def mark_essay(answer, *, correct, marker, now=None):
    """A trainer marks an essay answer right or wrong; the sitting's score moves by one point
    when the mark changes (django-quiz-app's toggle), and a finished sitting is regraded.

    Nobody marks their own answers (``OwnAnswer``). Every mark is audited in Wagtail's log
    (action ``quizzes.mark_essay``): who, when, the mark before and after. Marking the same way
    twice changes nothing but is logged too. Returns the updated answer.
    """
    now = now or timezone.now()
    with transaction.atomic():
        sitting = (
            Sitting.objects.select_for_update()
            .select_related("quiz", "user")
            .get(pk=answer.sitting_id)
        )
        locked = (
            SittingAnswer.objects.select_for_update().select_related("question").get(pk=answer.pk)
        )
        if locked.question.kind != Question.Kind.ESSAY:
            raise QuizError(_("Only essay answers are marked by hand."))
        if sitting.user_id == getattr(marker, "pk", None):
            raise OwnAnswer
        before = locked.correct if locked.marked_at else None
        changed = locked.correct != bool(correct)
        locked.correct = bool(correct)
        locked.marked_at = now
        locked.marked_by = marker
        locked.save(update_fields=["correct", "marked_at", "marked_by"])
        log_action(
            locked,
            MARK_ACTION,
            user=marker,
            timestamp=now,
            data={
                "person": sitting.user_id,
                "sitting": sitting.pk,
                "quiz": sitting.quiz_id,
                "question": locked.question_id,
                "old": before,
                "new": bool(correct),
                "score_before": sitting.score,
            },
        )
        if changed:
            sitting.score = max(0, sitting.score + (1 if correct else -1))
            fields = ["score"]
            if sitting.complete:
                summary = grading.summarise(
                    sitting.score, sitting.max_score, sitting.quiz.pass_mark
                )
                sitting.percent = summary.percent
                sitting.passed = summary.passed
                fields += ["percent", "passed"]
                transaction.on_commit(
                    partial(
                        signals.sitting_regraded.send,
                        sender=Sitting,
                        user=sitting.user,
                        quiz=sitting.quiz,
                        sitting=sitting,
                        result=SittingResult(
                            sitting_id=sitting.pk,
                            quiz_id=sitting.quiz_id,
                            score=summary.score,
                            max_score=summary.max_score,
                            percent=summary.percent,
                            passed=summary.passed,
                            question_ids=tuple(sitting.question_ids),
                        ),
                        passed=summary.passed,
                        percent=summary.percent,
                    )
                )
            sitting.save(update_fields=fields)
    return locked


def unanswered_ids(sitting):
    answered = set(sitting.answers.values_list("question_id", flat=True))
    return [qid for qid in sitting.question_ids if qid not in answered]


QUIZ_OPTIONS = (
    "description",
    "random_order",
    "max_questions",
    "answers_at_end",
    "show_answers",
    "exam_paper",
    "single_attempt",
    "pass_mark",
    "success_text",
    "fail_text",
    "draft",
    "time_limit_minutes",
    "max_attempts",
    "attempt_wait_minutes",
)
QUESTION_KINDS = {
    "mc": Question.Kind.MULTIPLE_CHOICE,
    "tf": Question.Kind.TRUE_FALSE,
    "essay": Question.Kind.ESSAY,
}


@transaction.atomic
def create_quiz_from_dict(data):
    """Create a quiz with its questions from a plain dict, once per slug; returns ``(quiz, new)``.

    Idempotent: an existing quiz with the slug is returned untouched, so a trainer's edits survive
    reloading the demo. ``data``: ``slug, title, category?`` and the quiz options of
    ``QUIZ_OPTIONS``, plus ``questions``: ``[{kind: mc|tf|essay, content, explanation,
    answers: [{content, correct}] (mc), correct: bool (tf)}]``. A multiple-choice question with
    more than one correct answer becomes "select all that apply".
    """
    existing = Quiz.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing, False
    category = None
    if data.get("category"):
        category, _created = Category.objects.get_or_create(name=data["category"])
    quiz = Quiz(title=data["title"], slug=data["slug"], category=category)
    if data.get("version_of"):
        quiz.version_of = Quiz.objects.get(slug=data["version_of"])
    for name in QUIZ_OPTIONS:
        if name in data:
            setattr(quiz, name, data[name])
    quiz.full_clean()
    quiz.save()
    for position, item in enumerate(data["questions"]):
        kind = QUESTION_KINDS[item["kind"]]
        answers = item.get("answers", [])
        question = Question.objects.create(
            kind=kind,
            content=item["content"],
            explanation=item.get("explanation", ""),
            category=category,
            select_all=sum(bool(a.get("correct")) for a in answers) > 1,
            true_false_correct=bool(item.get("correct")),
        )
        Answer.objects.bulk_create(
            Answer(
                question=question,
                content=a["content"],
                correct=bool(a.get("correct")),
                sort_order=n,
            )
            for n, a in enumerate(answers)
        )
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=position)
    return quiz, True
