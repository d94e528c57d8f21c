"""Read-only queries behind the quiz pages, in a fixed number of SQL queries whatever the size of
the quiz (pinned by tests/quizzes/test_queries_pages.py).

What a page may show about the right answers is decided here: the question page shows the
choices only, never which is correct; feedback and review exist only for questions the person
has already answered, and only when the quiz shows answers then.
"""

from dataclasses import dataclass, field

from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from . import grading
from .models import Question, Quiz, Sitting, SittingAnswer
from .services import attempt_decision


@dataclass(frozen=True)
class AnswerLine:
    label: str
    correct: bool
    chosen: bool


@dataclass(frozen=True)
class ReviewItem:
    """One answered (or unanswered) question with the right answer and the person's answer."""

    question: Question
    number: int
    answered: bool
    correct: bool
    lines: list = field(default_factory=list)
    essay_text: str = ""
    awaiting_mark: bool = False


@dataclass(frozen=True)
class QuestionPage:
    sitting: Sitting
    question: Question | None
    choices: list
    number: int
    total: int
    feedback: ReviewItem | None = None

    @property
    def answered(self):
        return self.number - 1


@dataclass(frozen=True)
class QuizPage:
    quiz: Quiz
    question_count: int
    open_sitting: Sitting | None
    attempts: list
    decision: grading.AttemptDecision

    @property
    def refusal(self):
        from .services import REFUSALS

        return "" if self.decision.allowed else REFUSALS[self.decision.reason]


def _questions(ids):
    """Questions by id with their answers, in two queries."""
    found = Question.objects.filter(pk__in=ids).select_related("figure").prefetch_related("answers")
    return {q.pk: q for q in found}


@dataclass(frozen=True)
class Option:
    """One answer as a question page offers it: the opaque ``token`` the form sends."""

    token: str
    answer_id: int
    label: str


def _legacy_token(sitting, question, answer_id):
    """The token of an answer in an attempt started before tokens were stored: keyed by the
    server's secret, so a page reveals neither the answer's id nor how the order was drawn."""
    return salted_hmac(
        "quizzes.option", f"{sitting.pk}:{question.pk}:{answer_id}", algorithm="sha256"
    ).hexdigest()[:16]


def options_of(sitting, question):
    """The answers of a multiple-choice question in the order fixed for this attempt, each with
    its token (reads ``question.answers``: prefetch it). Answers added to the question since
    the attempt started come last; removed ones are left out."""
    answers = {a.pk: a for a in question.answers.all()}
    stored = sitting.options.get(str(question.pk), []) if sitting.options else []
    options = [
        Option(token, answer_id, answers[answer_id].content)
        for token, answer_id in stored
        if answer_id in answers
    ]
    known = {o.answer_id for o in options}
    extra = [
        Option(_legacy_token(sitting, question, a.pk), a.pk, a.content)
        for a in answers.values()
        if a.pk not in known
    ]
    if question.answer_order == Question.AnswerOrder.RANDOM:
        extra.sort(key=lambda o: o.token)
    elif question.answer_order == Question.AnswerOrder.CONTENT:
        extra.sort(key=lambda o: (o.label.casefold(), o.answer_id))
    return options + extra


def choices_of(sitting, question):
    """What the person chooses from: (value, label) pairs, without any hint of correctness.
    A multiple-choice value is the answer's token in this attempt, never its id."""
    if question.kind == Question.Kind.MULTIPLE_CHOICE:
        return [(o.token, o.label) for o in options_of(sitting, question)]
    if question.kind == Question.Kind.TRUE_FALSE:
        return [("true", _("True")), ("false", _("False"))]
    return []


def answer_ids(sitting, question, tokens):
    """The answer ids behind the tokens a form sent (``None`` for a token not offered)."""
    by_token = {o.token: o.answer_id for o in options_of(sitting, question)}
    return [by_token.get(token) for token in tokens]


def review_item(question, number, response=None, *, answered, correct):
    kind = question.kind
    if kind == Question.Kind.MULTIPLE_CHOICE:
        chosen = set(response or []) if answered else set()
        lines = [
            AnswerLine(label=a.content, correct=a.correct, chosen=a.pk in chosen)
            for a in question.answers.all()
        ]
        return ReviewItem(question, number, answered, correct, lines=lines)
    if kind == Question.Kind.TRUE_FALSE:
        lines = [
            AnswerLine(
                label=label,
                correct=value == question.true_false_correct,
                chosen=answered and response is value,
            )
            for value, label in ((True, _("True")), (False, _("False")))
        ]
        return ReviewItem(question, number, answered, correct, lines=lines)
    return ReviewItem(
        question,
        number,
        answered,
        correct,
        essay_text=response if answered else "",
        awaiting_mark=answered and not correct,
    )


def question_page(sitting, after=None):
    """The next unanswered question of a sitting, and feedback on the one just answered
    (``after``: a question id) if the quiz shows answers after each question."""
    answers = {a.question_id: a for a in SittingAnswer.objects.filter(sitting=sitting)}
    remaining = [qid for qid in sitting.question_ids if qid not in answers]
    wanted = remaining[:1]
    quiz = sitting.quiz
    show_feedback = (
        after is not None and after in answers and quiz.show_answers and not quiz.answers_at_end
    )
    if show_feedback:
        wanted.append(after)
    questions = _questions(wanted) if wanted else {}
    question = questions.get(remaining[0]) if remaining else None
    feedback = None
    if show_feedback:
        given = answers[after]
        feedback = review_item(
            questions[after],
            sitting.question_ids.index(after) + 1,
            given.response,
            answered=True,
            correct=given.correct,
        )
    return QuestionPage(
        sitting=sitting,
        question=question,
        choices=choices_of(sitting, question) if question else [],
        number=len(answers) + 1,
        total=len(sitting.question_ids),
        feedback=feedback,
    )


def review(question_ids, answers, only=None):
    """Review items for a finished sitting: ``answers`` are (question_id, response, correct)."""
    given = {qid: (response, correct) for qid, response, correct in answers}
    ids = [qid for qid in question_ids if only is None or qid in only]
    questions = _questions(ids)
    items = []
    for number, qid in enumerate(question_ids, start=1):
        if qid not in questions:
            continue
        response, correct = given.get(qid, (None, False))
        items.append(
            review_item(questions[qid], number, response, answered=qid in given, correct=correct)
        )
    return items


def quiz_page(quiz, user):
    """The quiz's front page: how many questions, the person's attempts, whether they may start."""
    sittings = list(Sitting.objects.filter(user=user, quiz=quiz).order_by("-started_at", "-pk"))
    open_sitting = next((s for s in sittings if not s.complete), None)
    count = quiz.quiz_questions.count()
    return QuizPage(
        quiz=quiz,
        question_count=min(count, quiz.max_questions) if quiz.max_questions else count,
        open_sitting=open_sitting,
        attempts=[s for s in sittings if s.complete],
        decision=attempt_decision(user, quiz),
    )


def visible_quizzes(user):
    """Quizzes a person may see in lists: drafts only for those who may edit quizzes."""
    quizzes = Quiz.objects.select_related("category").order_by("title")
    if not user.has_perm("quizzes.change_quiz"):
        quizzes = quizzes.filter(draft=False)
    return quizzes
