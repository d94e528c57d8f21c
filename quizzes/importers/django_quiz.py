"""Import a django-quiz-app 0.5.x database from the output of its ``manage.py dumpdata``.

The dump holds the apps ``quiz``, ``multichoice``, ``true_false``, ``essay`` and, optionally,
``auth.user``. Multi-table inheritance puts each question in ``quiz.question`` (the text, the
category, the quizzes it belongs to) plus one record with the same pk in its kind's table
(``multichoice.mcquestion`` with ``multichoice.answer`` rows, ``true_false.tf_question``,
``essay.essay_question``). A ``quiz.sitting`` keeps its questions as comma-separated ids and its
answers as a JSON string; ``quiz.progress`` keeps ``"category,score,possible,"`` text.

Three steps, so that a broken file changes nothing:

1. ``parse`` reads and checks every record without the database: field types, references between
   records, and this app's rules (pass mark 0–100, an answer given must be one of the question's
   answers, the questions of a sitting must exist). Every problem names its record (model and pk).
2. ``make_plan`` reads the database: what an earlier import created (``ImportRecord``), which people
   and categories exist, which quiz addresses are taken; it decides what to create.
3. ``execute`` creates all of it in one transaction (the plan is made inside it, too).

Decisions, also told in the README ("Moving from django-quiz-app"):

- People are matched by username. An unknown username gets a new *inactive* account with an
  unusable password (and the e-mail and names of its ``auth.user`` record, never its password
  hash or staff flags); only people with attempts or progress are created.
- Categories (and sub-categories inside them) are matched by name; everything else is created.
- Idempotent: each imported record is remembered in ``ImportRecord`` (source, model, source pk →
  object id) and never imported again, even if it was deleted here since (a finished attempt of
  a quiz that does not keep attempts is deleted on purpose). Records imported before are left as
  they are, so edits made here survive. A newer dump of the same database adds only its new
  records.
- An answer counts as correct unless django-quiz-app listed its question in
  ``incorrect_questions`` (the grade the person was given); the score is the number of correct
  answers, and percent and passed follow ``quizzes.grading``. An essay not in that list was marked
  right by a trainer; one in it is imported unmarked, so it waits in the marking queue.
- Multiple choice keeps django-quiz-app's grading: one answer is chosen and scores if it is
  marked correct (``select_all`` stays off even when several answers are correct).
- Question figures (image files) are not imported; each is reported as a warning.
"""

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from quizzes import grading
from quizzes.models import (
    Answer,
    Category,
    ImportRecord,
    Progress,
    Question,
    Quiz,
    QuizQuestion,
    Sitting,
    SittingAnswer,
    SubCategory,
)

SOURCE = "django-quiz-app"

USER = "auth.user"
CATEGORY = "quiz.category"
SUB_CATEGORY = "quiz.subcategory"
QUIZ = "quiz.quiz"
QUESTION = "quiz.question"
MC_QUESTION = "multichoice.mcquestion"
MC_ANSWER = "multichoice.answer"
TF_QUESTION = "true_false.tf_question"
ESSAY_QUESTION = "essay.essay_question"
SITTING = "quiz.sitting"
PROGRESS = "quiz.progress"
# django-quiz-app's Question.quiz many-to-many table: a question's place in a quiz.
MEMBERSHIP = "quiz.question_quiz"

KINDS = {
    MC_QUESTION: Question.Kind.MULTIPLE_CHOICE,
    TF_QUESTION: Question.Kind.TRUE_FALSE,
    ESSAY_QUESTION: Question.Kind.ESSAY,
}
KNOWN = {
    USER,
    CATEGORY,
    SUB_CATEGORY,
    QUIZ,
    QUESTION,
    MC_QUESTION,
    MC_ANSWER,
    TF_QUESTION,
    ESSAY_QUESTION,
    SITTING,
    PROGRESS,
}
TARGETS = {
    CATEGORY: Category,
    SUB_CATEGORY: SubCategory,
    QUIZ: Quiz,
    QUESTION: Question,
    MC_ANSWER: Answer,
    MEMBERSHIP: QuizQuestion,
    SITTING: Sitting,
    PROGRESS: Progress,
}
ANSWER_ORDERS = {"content", "random", "none"}
PROGRESS_ENTRY = re.compile(r"(.+?),(\d+),(\d+),")
MAX_PROBLEMS_SHOWN = 20

COUNT_LABELS = (
    ("people_new", gettext_lazy("new inactive accounts (unknown usernames)")),
    ("people_matched", gettext_lazy("people matched by username")),
    ("categories", gettext_lazy("new categories")),
    ("categories_matched", gettext_lazy("categories matched by name")),
    ("sub_categories", gettext_lazy("new sub-categories")),
    ("sub_categories_matched", gettext_lazy("sub-categories matched by name")),
    ("quizzes", gettext_lazy("quizzes")),
    ("questions_multiple_choice", gettext_lazy("multiple-choice questions")),
    ("questions_true_false", gettext_lazy("true/false questions")),
    ("questions_essay", gettext_lazy("essay questions")),
    ("answers", gettext_lazy("answers of multiple-choice questions")),
    ("memberships", gettext_lazy("questions placed in quizzes")),
    ("sittings_complete", gettext_lazy("finished attempts")),
    ("sittings_open", gettext_lazy("unfinished attempts")),
    ("sitting_answers", gettext_lazy("answers given in attempts")),
    ("progress", gettext_lazy("category progress records")),
)


class ImportFailed(Exception):
    """The file cannot be imported and nothing was written; ``problems`` name the bad records."""

    def __init__(self, problems):
        self.problems = list(problems)
        lines = [_("Nothing was imported: the file has problems.")]
        lines += [f"  - {problem}" for problem in self.problems[:MAX_PROBLEMS_SHOWN]]
        if len(self.problems) > MAX_PROBLEMS_SHOWN:
            more = len(self.problems) - MAX_PROBLEMS_SHOWN
            lines.append(
                ngettext(
                    "  … and %(count)d more problem.", "  … and %(count)d more problems.", more
                )
                % {"count": more}
            )
        super().__init__("\n".join(lines))


def record_name(label, pk):
    return _("%(model)s (pk %(pk)s)") % {"model": label, "pk": pk}


# --- 1. parse ------------------------------------------------------------------------------------


class _Bad(Exception):
    """One record is wrong; collected into ``ImportFailed``."""


class _Record:
    """One dumpdata record, with readers that check a field's type and name the record if not."""

    def __init__(self, label, pk, fields, position):
        self.label = label
        self.pk = pk
        self.fields = fields
        self.position = position

    @property
    def name(self):
        if self.pk is None:  # auth.user dumped with --natural-primary
            return _("%(model)s (record %(position)d of the file)") % {
                "model": self.label,
                "position": self.position,
            }
        return record_name(self.label, self.pk)

    def problem(self, text):
        return _("%(record)s: %(problem)s") % {"record": self.name, "problem": text}

    def fail(self, text):
        raise _Bad(self.problem(text))

    def text(self, name, *, required=False, max_length=None):
        value = self.fields.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(_("%(field)s must be text.") % {"field": name})
        if required and not value.strip():
            self.fail(_("%(field)s is empty.") % {"field": name})
        if max_length and len(value) > max_length:
            self.fail(
                _("%(field)s is longer than %(max)d characters.")
                % {"field": name, "max": max_length}
            )
        return value

    def flag(self, name):
        value = self.fields.get(name, False)
        if not isinstance(value, bool):
            self.fail(_("%(field)s must be true or false.") % {"field": name})
        return value

    def number(self, name):
        value = self.fields.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            self.fail(_("%(field)s must be a whole number.") % {"field": name})
        return value

    def moment(self, name, *, required):
        value = self.fields.get(name)
        if value in (None, ""):
            if required:
                self.fail(_("%(field)s is empty.") % {"field": name})
            return None
        parsed = None
        if isinstance(value, str):
            try:
                parsed = parse_datetime(value)
            except ValueError:
                parsed = None
        if parsed is None:
            self.fail(
                _("%(field)s is not a date and time: %(value)r.") % {"field": name, "value": value}
            )
        if timezone.is_naive(parsed):  # a site with USE_TZ = False: its TIME_ZONE is ours
            parsed = timezone.make_aware(parsed)
        return parsed

    def ref(self, name, label, table, *, required=False):
        """The pk in a foreign-key field, which must be a record of ``table`` in the file."""
        value = self.fields.get(name)
        if value is None:
            if required:
                self.fail(_("%(field)s is empty.") % {"field": name})
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(
                _("%(field)s must be the pk of a %(model)s record.")
                % {"field": name, "model": label}
            )
        if value not in table:
            self.fail(
                _("%(field)s refers to %(target)s, which is not in the file.")
                % {"field": name, "target": record_name(label, value)}
            )
        return value

    def ids(self, name):
        """A comma-separated list of question ids ("1,2,3,")."""
        value = self.fields.get(name) or ""
        if not isinstance(value, str):
            self.fail(_("%(field)s must be comma-separated question ids.") % {"field": name})
        parts = [part.strip() for part in value.split(",")]
        if not all(part.isdigit() for part in parts if part):
            self.fail(
                _("%(field)s is not a list of comma-separated question ids: %(value)r.")
                % {"field": name, "value": value}
            )
        return [int(part) for part in parts if part]


@dataclass
class SourceSubCategory:
    pk: int
    name: str
    category: int | None


@dataclass
class SourceQuiz:
    pk: int
    title: str
    url: str
    category: int | None
    options: dict


@dataclass
class SourceQuestion:
    pk: int
    kind: str
    content: str
    explanation: str
    category: int | None
    sub_category: int | None
    quizzes: list
    figure: str
    answer_order: str = Question.AnswerOrder.NONE
    true_false_correct: bool = False

    @property
    def sort_key(self):
        # django-quiz-app lists a quiz's questions by category (Question.Meta.ordering), then pk.
        return (self.category is None, self.category or 0, self.pk)


@dataclass
class SourceAnswer:
    pk: int
    question: int
    content: str
    correct: bool


@dataclass
class SourceSitting:
    pk: int
    username: str
    quiz: int
    question_ids: list
    responses: dict  # question pk -> answer pk (multiple choice), bool or text
    incorrect: frozenset
    complete: bool
    started_at: datetime
    ended_at: datetime | None

    def correct(self, question_pk):
        return question_pk in self.responses and question_pk not in self.incorrect

    @property
    def score(self):
        return sum(1 for pk in self.responses if pk not in self.incorrect)


@dataclass
class SourceProgress:
    pk: int
    username: str
    entries: list  # (category pk, score, possible)


@dataclass
class Dump:
    """The checked content of a dump, keyed by source pk."""

    users: dict = field(default_factory=dict)  # username -> {email, first_name, last_name}
    categories: dict = field(default_factory=dict)  # pk -> name
    sub_categories: dict = field(default_factory=dict)
    quizzes: dict = field(default_factory=dict)
    questions: dict = field(default_factory=dict)
    answers: dict = field(default_factory=dict)
    sittings: dict = field(default_factory=dict)
    progress: dict = field(default_factory=dict)
    ignored: int = 0
    warnings: list = field(default_factory=list)


def load(path):
    """The records of a dumpdata JSON file; ``ImportFailed`` if it cannot be read."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeError) as exc:
        raise ImportFailed(
            [_("Cannot read %(path)s: %(error)s") % {"path": path, "error": exc}]
        ) from None
    try:
        records = json.loads(text)
    except RecursionError:
        raise ImportFailed([too_deep(path)]) from None
    except ValueError as exc:
        raise ImportFailed(
            [_("%(path)s is not valid JSON: %(error)s") % {"path": path, "error": exc}]
        ) from None
    if nesting_depth(records) > MAX_DEPTH:
        raise ImportFailed([too_deep(path)])
    return records


# A dumpdata file nests four levels (list, record, fields, a value); a JSON value inside a text
# field (user_answers) a few more. Anything deeper is not a dump, and recursing into it would
# exhaust the stack.
MAX_DEPTH = 16


def too_deep(where):
    return _(
        "%(where)s nests deeper than %(max)d levels: it is not a dumpdata file of django-quiz-app."
    ) % {"where": where, "max": MAX_DEPTH}


def nesting_depth(value, limit=MAX_DEPTH):
    """How deeply lists and objects nest in a decoded JSON value, counted without recursion and
    stopping just past ``limit``."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, (list, dict)):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children)
    return deepest


def nul_in(value):
    """The first text (a key or a value) inside a decoded JSON value that holds a NUL byte."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def parse(records):
    """Check every record of a dump (a list, as ``json.load`` returns it) and return a ``Dump``.

    Raises ``ImportFailed`` listing every problem found."""
    return _Parser(records).parse()


class _Parser:
    def __init__(self, records):
        self.records = records
        self.problems = []
        self.tables = {label: {} for label in KNOWN}
        self.users_without_pk = []
        self.users_by_pk = {}
        self.answers_by_question = defaultdict(list)
        self.dump = Dump()
        user_model = get_user_model()
        self.username_max_length = user_model._meta.get_field(user_model.USERNAME_FIELD).max_length

    def parse(self):
        if not isinstance(self.records, list):
            raise ImportFailed(
                [_("The file is not a list of records as written by manage.py dumpdata.")]
            )
        if nesting_depth(self.records) > MAX_DEPTH:
            raise ImportFailed([too_deep(_("The file"))])
        self._index()
        for rec in self.users_without_pk + self._sorted(USER):
            self._run(self._user, rec)
        for label, method in (
            (CATEGORY, self._category),
            (SUB_CATEGORY, self._sub_category),
            (QUIZ, self._quiz),
            (QUESTION, self._question),
            (MC_ANSWER, self._answer),
            (SITTING, self._sitting),
            (PROGRESS, self._progress),
        ):
            for rec in self._sorted(label):
                self._run(method, rec)
        for label in KINDS:
            for rec in self._sorted(label):
                if rec.pk not in self.tables[QUESTION]:
                    self.problems.append(
                        rec.problem(
                            _("there is no %(model)s record with the same pk.")
                            % {"model": QUESTION}
                        )
                    )
        if self.problems:
            raise ImportFailed(self.problems)
        return self.dump

    def _sorted(self, label):
        return [self.tables[label][pk] for pk in sorted(self.tables[label])]

    def _run(self, method, rec):
        try:
            method(rec)
        except _Bad as exc:
            self.problems.append(str(exc))

    def _index(self):
        for position, item in enumerate(self.records, start=1):
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("model"), str)
                or not isinstance(item.get("fields"), dict)
            ):
                self.problems.append(
                    _(
                        "Record %(position)d of the file is not a dumpdata record "
                        "(model, pk, fields)."
                    )
                    % {"position": position}
                )
                continue
            label = item["model"].lower()
            if label not in KNOWN:
                self.dump.ignored += 1
                continue
            pk = item.get("pk")
            rec = _Record(label, pk, item["fields"], position)
            with_nul = [
                name for name, value in item["fields"].items() if nul_in([name, value]) is not None
            ]
            if with_nul:
                self.problems.append(
                    rec.problem(
                        _("%(field)s contains a NUL character (\\0), which no text may hold.")
                        % {"field": with_nul[0]}
                    )
                )
                continue
            if pk is None and label == USER:
                self.users_without_pk.append(rec)
                continue
            if isinstance(pk, bool) or not isinstance(pk, int):
                self.problems.append(
                    _("Record %(position)d of the file (%(model)s) has no whole-number pk.")
                    % {"position": position, "model": label}
                )
                continue
            if pk in self.tables[label]:
                self.problems.append(_("%(record)s is in the file twice.") % {"record": rec.name})
                continue
            self.tables[label][pk] = rec

    def _username(self, rec, value):
        if not isinstance(value, str) or not value.strip():
            rec.fail(_("the username is empty."))
        if len(value) > self.username_max_length:
            rec.fail(
                _("the username %(username)r is longer than %(max)d characters.")
                % {"username": value, "max": self.username_max_length}
            )
        return value

    def _user(self, rec):
        username = self._username(rec, rec.fields.get("username"))
        if username in self.dump.users:
            rec.fail(_("the username %(username)r is in the file twice.") % {"username": username})
        self.dump.users[username] = {
            name: rec.text(name) for name in ("email", "first_name", "last_name")
        }
        if rec.pk is not None:
            self.users_by_pk[rec.pk] = username

    def _person(self, rec):
        """The username a ``user`` field points to: a pk of an auth.user record in the file, or
        the username itself (``dumpdata --natural-foreign``)."""
        value = rec.fields.get("user")
        if isinstance(value, list) and len(value) == 1:
            return self._username(rec, value[0])
        if isinstance(value, int) and not isinstance(value, bool):
            if value not in self.users_by_pk:
                rec.fail(
                    _(
                        "user refers to %(target)s, which is not in the file (dump auth.user "
                        "too, or dump with --natural-foreign)."
                    )
                    % {"target": record_name(USER, value)}
                )
            return self.users_by_pk[value]
        return rec.fail(_("user must be the pk or the username of a person."))

    def _category(self, rec):
        name = rec.text("category", required=True, max_length=250)
        if name in self.dump.categories.values():
            rec.fail(_("the category %(name)r is in the file twice.") % {"name": name})
        self.dump.categories[rec.pk] = name

    def _sub_category(self, rec):
        name = rec.text("sub_category", required=True, max_length=250)
        category = rec.ref("category", CATEGORY, self.tables[CATEGORY])
        if category is None:
            self.dump.warnings.append(
                rec.problem(
                    _(
                        "it belongs to no category, so it is left out "
                        "(sub-categories live inside one)."
                    )
                )
            )
            return
        self.dump.sub_categories[rec.pk] = SourceSubCategory(rec.pk, name, category)

    def _quiz(self, rec):
        pass_mark = rec.number("pass_mark")
        if pass_mark is None:
            pass_mark = 0
        if not 0 <= pass_mark <= 100:
            rec.fail(
                _("the pass mark is %(value)s; it must be a percentage from 0 to 100.")
                % {"value": pass_mark}
            )
        max_questions = rec.number("max_questions")
        if max_questions is not None and max_questions < 0:
            rec.fail(_("max_questions is negative."))
        self.dump.quizzes[rec.pk] = SourceQuiz(
            pk=rec.pk,
            title=rec.text("title", required=True, max_length=200),
            url=rec.text("url", required=True),
            category=rec.ref("category", CATEGORY, self.tables[CATEGORY]),
            options={
                "description": rec.text("description"),
                "random_order": rec.flag("random_order"),
                "max_questions": max_questions or None,  # 0 meant "no limit" there too
                "answers_at_end": rec.flag("answers_at_end"),
                "exam_paper": rec.flag("exam_paper"),
                "single_attempt": rec.flag("single_attempt"),
                "pass_mark": pass_mark,
                "success_text": rec.text("success_text"),
                "fail_text": rec.text("fail_text"),
                "draft": rec.flag("draft"),
            },
        )

    def _question(self, rec):
        kinds = [label for label in KINDS if rec.pk in self.tables[label]]
        if not kinds:
            rec.fail(
                _("no %(kinds)s record has this pk, so the kind of question is unknown.")
                % {"kinds": " / ".join(KINDS)}
            )
        if len(kinds) > 1:
            rec.fail(
                _("it is a question of several kinds: %(kinds)s.") % {"kinds": ", ".join(kinds)}
            )
        quizzes = rec.fields.get("quiz") or []
        if not isinstance(quizzes, list):
            rec.fail(_("quiz must be a list of quiz pks."))
        for pk in quizzes:
            if isinstance(pk, bool) or not isinstance(pk, int) or pk not in self.tables[QUIZ]:
                rec.fail(
                    _("quiz refers to %(target)s, which is not in the file.")
                    % {"target": record_name(QUIZ, pk)}
                )
        question = SourceQuestion(
            pk=rec.pk,
            kind=KINDS[kinds[0]],
            content=rec.text("content", required=True, max_length=1000),
            explanation=rec.text("explanation", max_length=2000),
            category=rec.ref("category", CATEGORY, self.tables[CATEGORY]),
            sub_category=rec.ref("sub_category", SUB_CATEGORY, self.tables[SUB_CATEGORY]),
            quizzes=list(dict.fromkeys(quizzes)),
            figure=rec.text("figure"),
        )
        kind_rec = self.tables[kinds[0]][rec.pk]
        if kinds[0] == MC_QUESTION:
            order = kind_rec.fields.get("answer_order") or Question.AnswerOrder.NONE
            if order not in ANSWER_ORDERS:
                kind_rec.fail(
                    _("answer_order is %(value)r; it must be content, random or none.")
                    % {"value": order}
                )
            question.answer_order = order
        elif kinds[0] == TF_QUESTION:
            question.true_false_correct = kind_rec.flag("correct")
        self.dump.questions[rec.pk] = question
        if question.figure:
            self.dump.warnings.append(
                rec.problem(
                    _("its figure %(file)s is not imported; add the image in the admin.")
                    % {"file": question.figure}
                )
            )

    def _answer(self, rec):
        answer = SourceAnswer(
            pk=rec.pk,
            question=rec.ref("question", MC_QUESTION, self.tables[MC_QUESTION], required=True),
            content=rec.text("content", required=True, max_length=1000),
            correct=rec.flag("correct"),
        )
        self.dump.answers[rec.pk] = answer
        self.answers_by_question[answer.question].append(answer.pk)

    def _sitting(self, rec):
        username = self._person(rec)
        quiz = rec.ref("quiz", QUIZ, self.tables[QUIZ], required=True)
        order = rec.ids("question_order")
        if not order:
            rec.fail(_("question_order is empty."))
        if len(set(order)) != len(order):
            rec.fail(_("question_order names a question twice."))
        for pk in order:
            if pk not in self.tables[QUESTION]:
                rec.fail(
                    _("question_order names question %(pk)s, which is not in the file.")
                    % {"pk": pk}
                )
        for name in ("question_list", "incorrect_questions"):
            for pk in rec.ids(name):
                if pk not in order:
                    rec.fail(
                        _("%(field)s names question %(pk)s, which is not in question_order.")
                        % {"field": name, "pk": pk}
                    )
        incorrect = frozenset(rec.ids("incorrect_questions"))
        raw = rec.text("user_answers") or "{}"
        try:
            given = json.loads(raw)
        except (ValueError, RecursionError):
            given = None
        if nesting_depth(given) > MAX_DEPTH:
            rec.fail(too_deep("user_answers"))
        if nul_in(given) is not None:
            rec.fail(
                _("%(field)s contains a NUL character (\\0), which no text may hold.")
                % {"field": "user_answers"}
            )
        if not isinstance(given, dict):
            rec.fail(_("user_answers is not a JSON object of answers by question id."))
        responses = {}
        for key, value in given.items():
            pk = int(key) if str(key).isdigit() else None
            if pk not in order:
                rec.fail(
                    _("user_answers answers question %(pk)s, which is not in question_order.")
                    % {"pk": key}
                )
            question = self.dump.questions.get(pk)
            if question is None:
                continue  # the question itself is reported as a problem
            responses[pk] = self._response(rec, question, value, pk not in incorrect)
        sitting = SourceSitting(
            pk=rec.pk,
            username=username,
            quiz=quiz,
            question_ids=order,
            responses=responses,
            incorrect=incorrect,
            complete=rec.flag("complete"),
            started_at=rec.moment("start", required=True),
            ended_at=rec.moment("end", required=False),
        )
        current_score = rec.number("current_score")
        if current_score is not None and current_score != sitting.score:
            self.dump.warnings.append(
                rec.problem(
                    _(
                        "current_score is %(file)s but its answers give %(score)s; "
                        "%(score)s is imported."
                    )
                    % {"file": current_score, "score": sitting.score}
                )
            )
        self.dump.sittings[rec.pk] = sitting

    def _response(self, rec, question, value, graded_correct):
        """The answer given, as django-quiz-app stored it (answer pk as text, "True"/"False", or
        the essay), checked against the question."""
        if question.kind == Question.Kind.MULTIPLE_CHOICE:
            answer = int(value) if str(value).isdigit() and not isinstance(value, bool) else None
            if answer not in self.answers_by_question[question.pk]:
                rec.fail(
                    _(
                        "the answer given to question %(question)s is %(value)r, which is not "
                        "one of its %(model)s records."
                    )
                    % {"question": question.pk, "value": value, "model": MC_ANSWER}
                )
            key = grading.AnswerKey(
                question_id=question.pk,
                kind=question.kind,
                correct=frozenset(
                    pk
                    for pk in self.answers_by_question[question.pk]
                    if self.dump.answers[pk].correct
                ),
            )
            response = answer
            regraded = grading.is_correct(key, [answer])
        elif question.kind == Question.Kind.TRUE_FALSE:
            if value in ("True", "False", True, False):
                response = value in ("True", True)
            else:
                rec.fail(
                    _("the answer given to question %(question)s is %(value)r, not True or False.")
                    % {"question": question.pk, "value": value}
                )
            regraded = response == question.true_false_correct
        else:
            if not isinstance(value, str):
                rec.fail(
                    _("the answer given to essay question %(question)s is not text.")
                    % {"question": question.pk}
                )
            return value
        if regraded != graded_correct:
            self.dump.warnings.append(
                rec.problem(
                    _(
                        "question %(question)s was graded %(grade)s, but its answer key says "
                        "otherwise now; the grade given is kept."
                    )
                    % {
                        "question": question.pk,
                        "grade": _("right") if graded_correct else _("wrong"),
                    }
                )
            )
        return response

    def _progress(self, rec):
        username = self._person(rec)
        if any(p.username == username for p in self.dump.progress.values()):
            rec.fail(
                _("a second progress record of %(username)s (django-quiz-app keeps one).")
                % {"username": username}
            )
        text = rec.text("score")
        by_name = {}
        for pk in sorted(self.dump.categories):
            by_name.setdefault(self.dump.categories[pk].lower(), pk)
        entries, seen, position = [], set(), 0
        while position < len(text.rstrip()):
            match = PROGRESS_ENTRY.match(text, position)
            if match is None:
                rec.fail(
                    _("score is not a list of category,score,possible, entries: %(value)r.")
                    % {"value": text}
                )
            position = match.end()
            name, score, possible = match.group(1), int(match.group(2)), int(match.group(3))
            category = by_name.get(name.lower())  # django-quiz-app looked names up ignoring case
            if category is None:
                self.dump.warnings.append(
                    rec.problem(
                        _("the category %(name)r is not in the file; its score is left out.")
                        % {"name": name}
                    )
                )
            elif category not in seen:  # django-quiz-app read the first entry of a category
                seen.add(category)
                entries.append((category, score, possible))
        self.dump.progress[rec.pk] = SourceProgress(rec.pk, username, entries)


# --- 2. plan -------------------------------------------------------------------------------------


@dataclass
class Report:
    """What an import created (or, in a dry run, would create)."""

    counts: dict
    skipped: int
    ignored: int
    warnings: list
    dry_run: bool

    def lines(self):
        if self.dry_run:
            lines = [_("Dry run: nothing was written. A real import would create:")]
        else:
            lines = [_("Imported from django-quiz-app:")]
        lines += [f"  {label}: {self.counts[key]}" for key, label in COUNT_LABELS]
        lines.append(
            _("Records imported earlier and left as they are: %(count)d") % {"count": self.skipped}
        )
        if self.ignored:
            lines.append(_("Records of other apps, ignored: %(count)d") % {"count": self.ignored})
        if self.warnings:
            lines.append(_("Warnings:"))
            lines += [f"  - {warning}" for warning in self.warnings]
        return lines


@dataclass
class Plan:
    source: str
    dump: Dump
    targets: dict  # (label, source key) -> object id: imported earlier and still here
    people: dict  # username -> user id, of existing people the plan needs
    new_people: list  # usernames
    categories: list  # (source pk, existing category id to match, or None to create)
    sub_categories: list  # (source pk, existing sub-category id to match, or None)
    questions: list  # (SourceQuestion, category pk or None, sub-category pk or None)
    answers: list  # source pks
    quizzes: list  # (source pk, slug)
    memberships: list  # (quiz pk, question pk), in order within each quiz
    sittings: list  # source pks
    progress: list  # (progress pk, category pk, score, possible, existing Progress id or None)
    skipped: int
    warnings: list

    def report(self, *, dry_run):
        dump = self.dump
        counts = dict.fromkeys((key for key, _label in COUNT_LABELS), 0)
        counts["people_new"] = len(self.new_people)
        counts["people_matched"] = len(self.people)
        for kind, planned in (
            ("categories", self.categories),
            ("sub_categories", self.sub_categories),
        ):
            counts[f"{kind}_matched"] = sum(1 for _pk, found in planned if found)
            counts[kind] = len(planned) - counts[f"{kind}_matched"]
        counts["quizzes"] = len(self.quizzes)
        for question, _category, _sub in self.questions:
            counts[f"questions_{question.kind}"] += 1
        counts["answers"] = len(self.answers)
        counts["memberships"] = len(self.memberships)
        for pk in self.sittings:
            sitting = dump.sittings[pk]
            counts["sittings_complete" if sitting.complete else "sittings_open"] += 1
            counts["sitting_answers"] += len(sitting.responses)
        counts["progress"] = len(self.progress)
        return Report(
            counts=counts,
            skipped=self.skipped,
            ignored=dump.ignored,
            warnings=[*dump.warnings, *self.warnings],
            dry_run=dry_run,
        )


def make_plan(dump, source=SOURCE):
    """Decide what to create, reading (never writing) the database."""
    return _Planner(dump, source).plan()


class _Planner:
    def __init__(self, dump, source):
        self.dump = dump
        self.source = source
        self.warnings = []
        self.skipped = 0
        self.recorded = set()
        self.targets = {}
        self.new = defaultdict(set)  # label -> source keys the plan creates

    def plan(self):
        self._load_records()
        categories = self._categories()
        sub_categories = self._sub_categories(dict(categories))
        questions = self._questions()
        answers = self._answers()
        quizzes = self._quizzes()
        memberships = self._memberships()
        sittings, progress_entries = self._sittings_and_progress()
        people = self._existing_people(self._usernames(sittings, progress_entries))
        sittings = self._drop_second_open_sittings(sittings, people)
        progress = self._progress(progress_entries, people, dict(categories))
        needed = self._usernames(sittings, progress_entries)
        return Plan(
            source=self.source,
            dump=self.dump,
            targets=self.targets,
            people={name: user_id for name, user_id in people.items() if name in needed},
            new_people=sorted(needed - set(people)),
            categories=categories,
            sub_categories=sub_categories,
            questions=questions,
            answers=answers,
            quizzes=quizzes,
            memberships=memberships,
            sittings=sittings,
            progress=progress,
            skipped=self.skipped,
            warnings=self.warnings,
        )

    def _load_records(self):
        found = defaultdict(dict)
        for label, key, object_id in ImportRecord.objects.filter(source=self.source).values_list(
            "model", "source_key", "object_id"
        ):
            self.recorded.add((label, key))
            found[label][key] = object_id
        for label, keys in found.items():
            model = TARGETS.get(label)
            if model is None:
                continue
            alive = set(model.objects.filter(pk__in=keys.values()).values_list("pk", flat=True))
            for key, object_id in keys.items():
                if object_id in alive:
                    self.targets[(label, key)] = object_id

    def _imported(self, label, key):
        """Whether an earlier import took this record (then it is skipped and counted)."""
        if (label, str(key)) in self.recorded:
            self.skipped += 1
            return True
        return False

    def available(self, label, key):
        """Whether the record will exist here after the import: imported earlier and not deleted
        since, or created by this plan."""
        return (label, str(key)) in self.targets or str(key) in self.new[label]

    def _target(self, label, key):
        return self.targets.get((label, str(key)))

    def _plan(self, label, key):
        self.new[label].add(str(key))

    def _warn(self, label, pk, text):
        self.warnings.append(
            _("%(record)s: %(problem)s") % {"record": record_name(label, pk), "problem": text}
        )

    def _categories(self):
        names = {
            pk: name
            for pk, name in self.dump.categories.items()
            if not self._imported(CATEGORY, pk)
        }
        existing = dict(Category.objects.filter(name__in=names.values()).values_list("name", "pk"))
        planned = []
        for pk in sorted(names):
            self._plan(CATEGORY, pk)
            planned.append((pk, existing.get(names[pk])))
        return planned

    def _category_id(self, pk, matched):
        """The id here of a source category, if it exists before the import."""
        return self._target(CATEGORY, pk) or matched.get(pk)

    def _sub_categories(self, matched_categories):
        planned = []
        for pk in sorted(self.dump.sub_categories):
            sub = self.dump.sub_categories[pk]
            if self._imported(SUB_CATEGORY, pk):
                continue
            if not self.available(CATEGORY, sub.category):
                self._warn(SUB_CATEGORY, pk, _("its category was deleted here; it is left out."))
                continue
            category_id = self._category_id(sub.category, matched_categories)
            found = None
            if category_id is not None:
                found = (
                    SubCategory.objects.filter(category_id=category_id, name=sub.name)
                    .values_list("pk", flat=True)
                    .first()
                )
            self._plan(SUB_CATEGORY, pk)
            planned.append((pk, found))
        return planned

    def _questions(self):
        planned = []
        for pk in sorted(self.dump.questions):
            question = self.dump.questions[pk]
            if self._imported(QUESTION, pk):
                continue
            category = question.category
            if category is not None and not self.available(CATEGORY, category):
                category = None
            sub = question.sub_category
            if sub is not None and not self.available(SUB_CATEGORY, sub):
                sub = None
            source_sub = self.dump.sub_categories.get(sub)
            if source_sub is not None and category is not None and source_sub.category != category:
                self._warn(
                    QUESTION,
                    pk,
                    _("its sub-category belongs to another category; it is left out."),
                )
                sub = None
            self._plan(QUESTION, pk)
            planned.append((question, category, sub))
        return planned

    def _answers(self):
        planned = []
        for pk in sorted(self.dump.answers):
            answer = self.dump.answers[pk]
            if self._imported(MC_ANSWER, pk):
                continue
            if not self.available(QUESTION, answer.question):
                self._warn(MC_ANSWER, pk, _("its question was deleted here; it is left out."))
                continue
            self._plan(MC_ANSWER, pk)
            planned.append(pk)
        return planned

    def _quizzes(self):
        taken = set(Quiz.objects.values_list("slug", flat=True))
        planned = []
        for pk in sorted(self.dump.quizzes):
            quiz = self.dump.quizzes[pk]
            if self._imported(QUIZ, pk):
                continue
            base = slugify(quiz.url)[:60].strip("-_") or f"quiz-{pk}"
            slug, number = base, 1
            while slug in taken:
                number += 1
                suffix = f"-{number}"
                slug = base[: 60 - len(suffix)].rstrip("-_") + suffix
            taken.add(slug)
            if slug != quiz.url:
                self._warn(
                    QUIZ,
                    pk,
                    _(
                        "its address %(url)r is taken or not a plain Latin address; "
                        "it becomes %(slug)r."
                    )
                    % {"url": quiz.url, "slug": slug},
                )
            self._plan(QUIZ, pk)
            planned.append((pk, slug))
        return planned

    def _memberships(self):
        by_quiz = defaultdict(list)
        for question in self.dump.questions.values():
            for quiz in question.quizzes:
                by_quiz[quiz].append(question)
        existing_pairs = set()
        quiz_ids = [self._target(QUIZ, pk) for pk in by_quiz if self._target(QUIZ, pk)]
        if quiz_ids:
            existing_pairs = set(
                QuizQuestion.objects.filter(quiz_id__in=quiz_ids).values_list(
                    "quiz_id", "question_id"
                )
            )
        planned = []
        for quiz in sorted(by_quiz):
            for question in sorted(by_quiz[quiz], key=lambda q: q.sort_key):
                key = f"{quiz}:{question.pk}"
                if self._imported(MEMBERSHIP, key):
                    continue
                if not (self.available(QUIZ, quiz) and self.available(QUESTION, question.pk)):
                    self._warn(
                        QUESTION,
                        question.pk,
                        _(
                            "it or its quiz %(quiz)s was deleted here; "
                            "it is not placed in that quiz."
                        )
                        % {"quiz": quiz},
                    )
                    continue
                pair = (self._target(QUIZ, quiz), self._target(QUESTION, question.pk))
                if None not in pair and pair in existing_pairs:
                    continue  # already in that quiz here
                self._plan(MEMBERSHIP, key)
                planned.append((quiz, question.pk))
        return planned

    def _sittings_and_progress(self):
        sittings = []
        for pk in sorted(self.dump.sittings):
            sitting = self.dump.sittings[pk]
            if self._imported(SITTING, pk):
                continue
            missing = not self.available(QUIZ, sitting.quiz) or not all(
                self.available(QUESTION, q) for q in sitting.question_ids
            )
            for question, response in sitting.responses.items():
                kind = self.dump.questions[question].kind
                if kind == Question.Kind.MULTIPLE_CHOICE and not self.available(
                    MC_ANSWER, response
                ):
                    missing = True
            if missing:
                self._warn(
                    SITTING,
                    pk,
                    _("its quiz, a question or an answer was deleted here; it is left out."),
                )
                continue
            sittings.append(pk)
        entries = []
        for pk in sorted(self.dump.progress):
            progress = self.dump.progress[pk]
            for category, score, possible in progress.entries:
                if self._imported(PROGRESS, f"{pk}:{category}"):
                    continue
                if not self.available(CATEGORY, category):
                    self._warn(
                        PROGRESS, pk, _("a category was deleted here; its score is left out.")
                    )
                    continue
                entries.append((pk, category, score, possible))
        return sittings, entries

    def _usernames(self, sittings, progress_entries):
        names = {self.dump.sittings[pk].username for pk in sittings}
        return names | {self.dump.progress[pk].username for pk, *_rest in progress_entries}

    def _existing_people(self, usernames):
        user_model = get_user_model()
        return dict(
            user_model.objects.filter(
                **{f"{user_model.USERNAME_FIELD}__in": usernames}
            ).values_list(user_model.USERNAME_FIELD, "pk")
        )

    def _drop_second_open_sittings(self, sittings, people):
        """One unfinished attempt per person and quiz: keep the first, as django-quiz-app did."""
        open_here = set()
        quiz_ids = {self._target(QUIZ, self.dump.sittings[pk].quiz) for pk in sittings} - {None}
        if quiz_ids and people:
            open_here = set(
                Sitting.objects.filter(
                    complete=False, quiz_id__in=quiz_ids, user_id__in=people.values()
                ).values_list("user_id", "quiz_id")
            )
        claimed, kept = set(), []
        for pk in sittings:
            sitting = self.dump.sittings[pk]
            if not sitting.complete:
                here = (people.get(sitting.username), self._target(QUIZ, sitting.quiz))
                if (sitting.username, sitting.quiz) in claimed or here in open_here:
                    self._warn(
                        SITTING,
                        pk,
                        _(
                            "%(username)s already has an unfinished attempt at this quiz; "
                            "it is left out."
                        )
                        % {"username": sitting.username},
                    )
                    continue
                claimed.add((sitting.username, sitting.quiz))
            self._plan(SITTING, pk)
            kept.append(pk)
        return kept

    def _progress(self, entries, people, matched_categories):
        pairs = {}
        for pk, category, _score, _possible in entries:
            user_id = people.get(self.dump.progress[pk].username)
            category_id = self._category_id(category, matched_categories)
            if user_id is not None and category_id is not None:
                pairs[(user_id, category_id)] = None
        if pairs:
            user_ids = {user for user, _category in pairs}
            category_ids = {category for _user, category in pairs}
            for progress_id, user_id, category_id in Progress.objects.filter(
                user_id__in=user_ids, category_id__in=category_ids
            ).values_list("pk", "user_id", "category_id"):
                pairs[(user_id, category_id)] = progress_id
        planned = []
        for pk, category, score, possible in entries:
            user_id = people.get(self.dump.progress[pk].username)
            existing = pairs.get((user_id, self._category_id(category, matched_categories)))
            self._plan(PROGRESS, f"{pk}:{category}")
            planned.append((pk, category, score, possible, existing))
        return planned


# --- 3. execute ----------------------------------------------------------------------------------


class _Writer:
    def __init__(self, plan):
        self.plan = plan
        self.dump = plan.dump
        self.ids = dict(plan.targets)
        self.records = []
        self.next_order = {}

    def put(self, label, key, object_id):
        self.ids[(label, str(key))] = object_id
        self.records.append(
            ImportRecord(
                source=self.plan.source, model=label, source_key=str(key), object_id=object_id
            )
        )

    def id(self, label, key):
        return None if key is None else self.ids[(label, str(key))]

    def id_if_here(self, label, key):
        """For an optional reference: None if the record was deleted here after an import."""
        return None if key is None else self.ids.get((label, str(key)))

    def order(self, model, parent, parent_id):
        """The next ``sort_order`` under a parent: after what it already holds."""
        key = (model, parent_id)
        if key not in self.next_order:
            last = model.objects.filter(**{parent: parent_id}).aggregate(last=Max("sort_order"))
            self.next_order[key] = -1 if last["last"] is None else last["last"]
        self.next_order[key] += 1
        return self.next_order[key]

    def run(self):
        people = self._people()
        self._categories()
        self._questions()
        self._quizzes()
        self._sittings(people)
        self._progress(people)
        ImportRecord.objects.bulk_create(self.records, batch_size=500)

    def _people(self):
        user_model = get_user_model()
        people = dict(self.plan.people)
        fields = {f.name: f for f in user_model._meta.get_fields()}
        for username in self.plan.new_people:
            user = user_model(**{user_model.USERNAME_FIELD: username})
            for name, value in self.dump.users.get(username, {}).items():
                if value and name in fields:
                    setattr(user, name, value[: fields[name].max_length])
            user.is_active = False
            user.set_unusable_password()
            user.save()
            people[username] = user.pk
        return people

    def _categories(self):
        for pk, found in self.plan.categories:
            object_id = found or Category.objects.create(name=self.dump.categories[pk]).pk
            self.put(CATEGORY, pk, object_id)
        for pk, found in self.plan.sub_categories:
            sub = self.dump.sub_categories[pk]
            if found is None:
                category_id = self.id(CATEGORY, sub.category)
                found = SubCategory.objects.create(
                    category_id=category_id,
                    name=sub.name,
                    sort_order=self.order(SubCategory, "category_id", category_id),
                ).pk
            self.put(SUB_CATEGORY, pk, found)

    def _questions(self):
        for question, category, sub in self.plan.questions:
            created = Question.objects.create(  # one by one: saving updates the search index
                kind=question.kind,
                content=question.content,
                explanation=question.explanation,
                category_id=self.id(CATEGORY, category),
                sub_category_id=self.id(SUB_CATEGORY, sub),
                answer_order=question.answer_order,
                select_all=False,
                true_false_correct=question.true_false_correct,
            )
            self.put(QUESTION, question.pk, created.pk)
        answers = []
        for pk in self.plan.answers:  # in pk order: the order django-quiz-app showed them in
            answer = self.dump.answers[pk]
            question_id = self.id(QUESTION, answer.question)
            answers.append(
                Answer(
                    question_id=question_id,
                    content=answer.content,
                    correct=answer.correct,
                    sort_order=self.order(Answer, "question_id", question_id),
                )
            )
        Answer.objects.bulk_create(answers, batch_size=500)
        for pk, created in zip(self.plan.answers, answers, strict=True):
            self.put(MC_ANSWER, pk, created.pk)

    def _quizzes(self):
        for pk, slug in self.plan.quizzes:
            source = self.dump.quizzes[pk]
            quiz = Quiz(
                title=source.title,
                slug=slug,
                category_id=self.id_if_here(CATEGORY, source.category),
                **source.options,
            )
            quiz.save()  # single_attempt forces exam_paper, as it did there
            self.put(QUIZ, pk, quiz.pk)
        memberships = []
        for quiz, question in self.plan.memberships:
            quiz_id = self.id(QUIZ, quiz)
            memberships.append(
                QuizQuestion(
                    quiz_id=quiz_id,
                    question_id=self.id(QUESTION, question),
                    sort_order=self.order(QuizQuestion, "quiz_id", quiz_id),
                )
            )
        QuizQuestion.objects.bulk_create(memberships, batch_size=500)
        for (quiz, question), created in zip(self.plan.memberships, memberships, strict=True):
            self.put(MEMBERSHIP, f"{quiz}:{question}", created.pk)

    def _sittings(self, people):
        quiz_ids = {self.id(QUIZ, self.dump.sittings[pk].quiz) for pk in self.plan.sittings}
        pass_marks = dict(Quiz.objects.filter(pk__in=quiz_ids).values_list("pk", "pass_mark"))
        sittings = []
        for pk in self.plan.sittings:
            source = self.dump.sittings[pk]
            quiz_id = self.id(QUIZ, source.quiz)
            question_ids = [self.id(QUESTION, q) for q in source.question_ids]
            sitting = Sitting(
                user_id=people[source.username],
                quiz_id=quiz_id,
                question_ids=question_ids,
                score=source.score,
                complete=source.complete,
                started_at=source.started_at,
            )
            if source.complete:
                summary = grading.summarise(source.score, len(question_ids), pass_marks[quiz_id])
                sitting.ended_at = source.ended_at or source.started_at
                sitting.percent = summary.percent
                sitting.passed = summary.passed
            sittings.append(sitting)
        Sitting.objects.bulk_create(sittings, batch_size=500)
        answers = []
        for pk, sitting in zip(self.plan.sittings, sittings, strict=True):
            self.put(SITTING, pk, sitting.pk)
            source = self.dump.sittings[pk]
            answered_at = sitting.ended_at or sitting.started_at
            for question_pk, response in source.responses.items():
                question = self.dump.questions[question_pk]
                correct = source.correct(question_pk)
                if question.kind == Question.Kind.MULTIPLE_CHOICE:
                    response = [self.id(MC_ANSWER, response)]
                essay = question.kind == Question.Kind.ESSAY
                answers.append(
                    SittingAnswer(
                        sitting=sitting,
                        question_id=self.id(QUESTION, question_pk),
                        response=response,
                        correct=correct,
                        answered_at=answered_at,
                        # an essay out of incorrect_questions was marked right by a trainer
                        marked_at=answered_at if essay and correct else None,
                    )
                )
        SittingAnswer.objects.bulk_create(answers, batch_size=500)

    def _progress(self, people):
        for pk, category, score, possible, existing in self.plan.progress:
            if existing is not None:
                Progress.objects.filter(pk=existing).update(
                    score=F("score") + score, possible=F("possible") + possible
                )
                object_id = existing
            else:
                object_id = Progress.objects.create(
                    user_id=people[self.dump.progress[pk].username],
                    category_id=self.id(CATEGORY, category),
                    score=score,
                    possible=possible,
                ).pk
            self.put(PROGRESS, f"{pk}:{category}", object_id)


def execute(plan):
    """Create what the plan says, in the caller's transaction."""
    _Writer(plan).run()


def import_records(records, *, dry_run=False, source=SOURCE):
    """Import a parsed dumpdata list; returns a ``Report``. Raises ``ImportFailed`` (nothing
    written) if a record is wrong or the database refuses the import."""
    dump = parse(records)
    if dry_run:
        return make_plan(dump, source).report(dry_run=True)
    try:
        with transaction.atomic():
            plan = make_plan(dump, source)
            execute(plan)
    except (DatabaseError, ValidationError) as exc:
        raise ImportFailed(
            [
                _("The database refused the import, so nothing was written: %(error)s")
                % {"error": exc}
            ]
        ) from exc
    return plan.report(dry_run=False)


def import_file(path, *, dry_run=False, source=SOURCE):
    """Import a dumpdata JSON file; see ``import_records``."""
    return import_records(load(path), dry_run=dry_run, source=source)
