"""`import_django_quiz`: a django-quiz-app 0.5.x dump becomes categories, quizzes, questions,
attempts and progress — atomically, idempotently, with problems named by their record.

The fixture (fixtures/django_quiz_dump.json) is built by hand from django-quiz-app 0.5.1's models:
questions split over quiz.question and their kind's table, sittings with comma-separated ids and a
JSON string of answers, progress as "category,score,possible," text.
"""

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import IntegrityError
from django.utils import translation

from quizzes import services
from quizzes.importers import django_quiz
from quizzes.management.commands.import_django_quiz import Command
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
from tests.lms.factories import PASSWORD, UserFactory
from tests.quizzes.factories import CategoryFactory, QuizFactory, correct_answer

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).parent / "fixtures" / "django_quiz_dump.json"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def alice(db):
    """Alice already works here; bob and dave (in the dump) do not."""
    return UserFactory(username="alice", email="alice@new.example.com", is_active=True)


def records():
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def dump_file(tmp_path, data=None, name="dump.json"):
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(records() if data is None else data)
    path.write_text(text, encoding="utf-8")
    return path


def run(path, *args):
    out = io.StringIO()
    call_command("import_django_quiz", str(path), *args, stdout=out)
    return out.getvalue()


def snapshot():
    models = (get_user_model(), Category, SubCategory, Quiz, Question, Answer, QuizQuestion)
    models += (Sitting, SittingAnswer, Progress, ImportRecord)
    return {
        model.__name__: sorted(model.objects.values_list("pk", flat=True)) for model in models
    } | {"progress": sorted(Progress.objects.values_list("pk", "score", "possible"))}


def target(model, label, pk):
    """The object an imported record became."""
    record = ImportRecord.objects.get(source="django-quiz-app", model=label, source_key=str(pk))
    return model.objects.get(pk=record.object_id)


def quiz(pk):
    return target(Quiz, "quiz.quiz", pk)


def question(pk):
    return target(Question, "quiz.question", pk)


def answer(pk):
    return target(Answer, "multichoice.answer", pk)


def sitting(pk):
    return target(Sitting, "quiz.sitting", pk)


def ids(*pks):
    return [question(pk).pk for pk in pks]


# --- what is imported ----------------------------------------------------------------------------


def test_categories_and_sub_categories_are_imported(tmp_path, alice):
    output = run(dump_file(tmp_path))

    assert set(Category.objects.values_list("name", flat=True)) == {
        "customer-service",
        "sales",
        "возражения",
    }
    assert set(SubCategory.objects.values_list("category__name", "name")) == {
        ("customer-service", "greetings"),
        ("sales", "upselling"),
    }
    # django-quiz-app allowed a sub-category without a category; here it lives inside one
    assert "quiz.subcategory (pk 3)" in output


def test_quizzes_keep_all_their_options(tmp_path, alice):
    output = run(dump_file(tmp_path))

    fields = (
        "title",
        "slug",
        "description",
        "category__name",
        "random_order",
        "max_questions",
        "answers_at_end",
        "exam_paper",
        "single_attempt",
        "pass_mark",
        "success_text",
        "fail_text",
        "draft",
    )
    values = {pk: Quiz.objects.filter(pk=quiz(pk).pk).values(*fields).get() for pk in (1, 2, 3)}
    assert values[1] == {
        "title": "Greeting basics",
        "slug": "greeting-basics",
        "description": "How we greet customers.",
        "category__name": "customer-service",
        "random_order": False,
        "max_questions": None,
        "answers_at_end": False,
        "exam_paper": True,
        "single_attempt": False,
        "pass_mark": 60,
        "success_text": "Well done!",
        "fail_text": "Read the greeting standard again.",
        "draft": False,
    }
    assert values[2] == {
        "title": "Sales exam",
        "slug": "sales-exam",
        "description": "",
        "category__name": "sales",
        "random_order": True,
        "max_questions": 2,
        "answers_at_end": True,
        "exam_paper": True,
        "single_attempt": True,
        "pass_mark": 75,
        "success_text": "Passed.",
        "fail_text": "Not passed.",
        "draft": False,
    }
    # a Cyrillic url is no address here: it gets one, and the summary says so
    assert values[3] == {
        "title": "Работа с возражениями",
        "slug": "quiz-3",
        "description": "Черновик.",
        "category__name": "возражения",
        "random_order": False,
        "max_questions": None,  # 0 meant "no limit"
        "answers_at_end": False,
        "exam_paper": False,
        "single_attempt": False,
        "pass_mark": 0,
        "success_text": "",
        "fail_text": "",
        "draft": True,
    }
    assert "quiz.quiz (pk 3)" in output and "'quiz-3'" in output


def test_questions_of_every_kind_keep_their_fields_answers_and_quizzes(tmp_path, alice):
    output = run(dump_file(tmp_path))

    mc = question(1)
    assert (mc.kind, mc.content, mc.explanation) == (
        Question.Kind.MULTIPLE_CHOICE,
        "Which greeting is right?",
        "The standard asks for a greeting and an offer of help.",
    )
    assert (mc.category.name, mc.sub_category.name, mc.answer_order) == (
        "customer-service",
        "greetings",
        "content",
    )
    assert mc.select_all is False  # one answer is chosen, as in django-quiz-app
    assert list(mc.answers.order_by("sort_order").values_list("content", "correct")) == [
        ("Good morning, how can I help?", True),
        ("Hey", False),
        ("What do you want?", False),
    ]
    upsell = question(4)
    assert (upsell.answer_order, upsell.sub_category.name, upsell.select_all) == (
        "random",
        "upselling",
        False,
    )
    assert list(upsell.answers.order_by("sort_order").values_list("content", "correct")) == [
        ("Offer a warranty", True),
        ("Say nothing", False),
        ("Offer accessories", True),
    ]
    assert question(6).answer_order == "none"  # null there
    assert question(6).figure is None and "quiz.question (pk 6)" in output  # files stay behind

    tf_true, tf_false = question(2), question(5)
    assert (tf_true.kind, tf_true.true_false_correct, tf_true.sub_category) == (
        Question.Kind.TRUE_FALSE,
        True,
        None,
    )
    assert (tf_false.kind, tf_false.true_false_correct, tf_false.explanation) == (
        Question.Kind.TRUE_FALSE,
        False,
        "Only when the customer hesitates.",
    )
    essay = question(3)
    assert (essay.kind, essay.content, essay.category.name) == (
        Question.Kind.ESSAY,
        "Describe how you greet a regular customer.",
        "customer-service",
    )
    loose = question(7)
    assert (loose.kind, loose.category) == (Question.Kind.ESSAY, None)

    def members(pk):
        return list(
            quiz(pk).quiz_questions.order_by("sort_order").values_list("question_id", flat=True)
        )

    # django-quiz-app listed a quiz's questions by category, then pk
    assert members(1) == ids(1, 2, 3)
    assert members(2) == ids(2, 4, 5)
    assert members(3) == ids(6)
    assert not QuizQuestion.objects.filter(question=loose).exists()


def test_sittings_are_mapped_to_people_with_their_answers_and_grades(tmp_path, alice):
    run(dump_file(tmp_path))
    User = get_user_model()

    first = sitting(1)
    assert (first.user, first.quiz, first.question_ids) == (alice, quiz(1), ids(1, 2, 3))
    assert (first.complete, first.score, first.percent, first.passed) == (True, 2, 67, True)
    assert first.started_at == datetime(2015, 6, 1, 9, 0, tzinfo=UTC)
    assert first.ended_at == datetime(2015, 6, 1, 9, 5, tzinfo=UTC)
    given = {a.question_id: a for a in first.answers.all()}
    assert (given[question(1).pk].response, given[question(1).pk].correct) == (
        [answer(1).pk],
        True,
    )
    assert (given[question(2).pk].response, given[question(2).pk].correct) == (True, True)
    essay = given[question(3).pk]
    # in incorrect_questions: not marked yet, so it waits in the marking queue
    assert (essay.response, essay.correct, essay.marked_at) == (
        "Good morning! Nice to see you again.",
        False,
        None,
    )

    second = sitting(2)
    assert second.user == User.objects.get(username="bob")
    # naive times of a site without time zones are read in TIME_ZONE (Moscow, UTC+3)
    assert second.ended_at == datetime(2015, 6, 2, 7, 4, tzinfo=UTC)
    given = {a.question_id: a for a in second.answers.all()}
    assert (given[question(1).pk].response, given[question(1).pk].correct) == (
        [answer(2).pk],
        False,
    )
    essay = given[question(3).pk]  # a trainer had marked it right
    assert (essay.correct, essay.marked_at) == (True, second.ended_at)
    assert (second.score, second.percent, second.passed) == (2, 67, True)

    unfinished = sitting(3)
    assert (unfinished.user, unfinished.quiz, unfinished.question_ids) == (
        alice,
        quiz(2),
        ids(4, 2),
    )
    assert (unfinished.complete, unfinished.score, unfinished.ended_at) == (False, 1, None)
    assert (unfinished.percent, unfinished.passed) == (None, None)
    assert list(unfinished.answers.values_list("question_id", "response", "correct")) == [
        (question(4).pk, [answer(6).pk], True)
    ]

    failed = sitting(4)  # referenced by natural key: "user": ["dave"]
    assert failed.user.username == "dave"
    assert (failed.complete, failed.score, failed.percent, failed.passed) == (True, 0, 0, False)
    assert failed.answers.count() == 2 and not failed.answers.filter(correct=True).exists()
    assert SittingAnswer.objects.count() == 9


def test_progress_is_mapped_to_people_and_categories(tmp_path, alice):
    output = run(dump_file(tmp_path))

    rows = set(
        Progress.objects.values_list("user__username", "category__name", "score", "possible")
    )
    assert rows == {
        ("alice", "customer-service", 3, 4),
        ("alice", "sales", 1, 1),
        ("bob", "customer-service", 2, 3),
        ("dave", "sales", 0, 2),
    }
    assert "quiz.progress (pk 3)" in output and "old-category" in output


def test_unknown_usernames_get_inactive_accounts_without_a_password(tmp_path, alice):
    run(dump_file(tmp_path))
    User = get_user_model()

    bob = User.objects.get(username="bob")
    assert (bob.is_active, bob.has_usable_password()) == (False, False)
    # details are copied, privileges and the old password hash are not
    assert (bob.email, bob.first_name, bob.last_name) == ("bob@old.example.com", "Bob", "Baker")
    assert (bob.is_staff, bob.is_superuser) == (False, False)
    dave = User.objects.get(username="dave")  # only known by the natural key of his records
    assert (dave.is_active, dave.has_usable_password(), dave.email) == (False, False, "")
    # carol has no attempts and no progress: no account for her
    assert not User.objects.filter(username="carol").exists()
    alice.refresh_from_db()
    assert alice.is_active and alice.check_password(PASSWORD)
    assert alice.email == "alice@new.example.com"


def test_the_summary_counts_each_kind(tmp_path, alice):
    output = run(dump_file(tmp_path))

    for line in (
        "Imported from django-quiz-app:",
        "new inactive accounts (unknown usernames): 2",
        "people matched by username: 1",
        "new categories: 3",
        "categories matched by name: 0",
        "new sub-categories: 2",
        "quizzes: 3",
        "multiple-choice questions: 3",
        "true/false questions: 2",
        "essay questions: 2",
        "answers of multiple-choice questions: 8",
        "questions placed in quizzes: 7",
        "finished attempts: 3",
        "unfinished attempts: 1",
        "answers given in attempts: 9",
        "category progress records: 4",
        "Records imported earlier and left as they are: 0",
        "Records of other apps, ignored: 1",
    ):
        assert line in output, line
    assert Quiz.objects.count() == 3 and Question.objects.count() == 7
    assert Answer.objects.count() == 8 and QuizQuestion.objects.count() == 7


# --- idempotent, dry run -------------------------------------------------------------------------


def test_importing_twice_creates_nothing_new(tmp_path, alice):
    path = dump_file(tmp_path)
    run(path)
    before = snapshot()

    output = run(path)

    assert snapshot() == before
    assert "quizzes: 0" in output and "finished attempts: 0" in output
    assert "new inactive accounts (unknown usernames): 0" in output
    assert "Records imported earlier and left as they are: 0" not in output


def test_a_newer_dump_adds_only_its_new_records(tmp_path, alice):
    run(dump_file(tmp_path))
    trainer_edit = quiz(1)
    trainer_edit.title = "Greeting basics (2026)"
    trainer_edit.save()
    data = records()
    data += [
        {
            "model": "quiz.question",
            "pk": 8,
            "fields": {"quiz": [1], "category": 1, "sub_category": None, "figure": ""}
            | {"content": "Smile when you greet.", "explanation": ""},
        },
        {"model": "true_false.tf_question", "pk": 8, "fields": {"correct": True}},
        {
            "model": "quiz.sitting",
            "pk": 5,
            "fields": {
                "user": 1,
                "quiz": 1,
                "question_order": "1,2,3,",
                "question_list": "2,3,",
                "incorrect_questions": "",
                "current_score": 1,
                "complete": False,
                "user_answers": '{"1": "1"}',
                "start": "2015-07-01T09:00:00Z",
                "end": None,
            },
        },
    ]
    before = snapshot()

    output = run(dump_file(tmp_path, data, "newer.json"))

    after = snapshot()
    assert len(after["Question"]) == len(before["Question"]) + 1
    assert len(after["Sitting"]) == len(before["Sitting"]) + 1
    assert len(after["QuizQuestion"]) == len(before["QuizQuestion"]) + 1
    assert after["Quiz"] == before["Quiz"] and after["Answer"] == before["Answer"]
    assert "true/false questions: 1" in output and "unfinished attempts: 1" in output
    # the new question goes to the end of the quiz; the trainer's edit survives
    assert list(
        quiz(1).quiz_questions.order_by("sort_order").values_list("question_id", flat=True)
    ) == ids(1, 2, 3, 8)
    assert quiz(1).title == "Greeting basics (2026)"


def test_a_record_deleted_after_the_import_is_not_brought_back(tmp_path, alice):
    path = dump_file(tmp_path)
    run(path)
    quiz(3).delete()
    finished = sitting(1)
    finished.delete()
    before = snapshot()

    run(path)

    assert snapshot() == before


def test_dry_run_writes_nothing_and_tells_what_it_would_import(tmp_path, alice):
    before = snapshot()

    output = run(dump_file(tmp_path), "--dry-run")

    assert snapshot() == before
    assert output.startswith("Dry run: nothing was written.")
    assert "quizzes: 3" in output and "finished attempts: 3" in output
    assert "new inactive accounts (unknown usernames): 2" in output
    assert "people matched by username: 1" in output


def test_existing_categories_are_matched_by_name_and_progress_added_up(tmp_path, alice):
    sales = CategoryFactory(name="sales")
    Progress.objects.create(user=alice, category=sales, score=5, possible=5)

    output = run(dump_file(tmp_path))

    assert Category.objects.filter(name="sales").count() == 1
    assert question(4).category == sales and quiz(2).category == sales
    assert SubCategory.objects.get(name="upselling").category == sales
    assert Progress.objects.get(user=alice, category=sales).score == 6
    assert Progress.objects.get(user=alice, category=sales).possible == 6
    assert "categories matched by name: 1" in output and "new categories: 2" in output


def test_a_taken_address_gets_a_suffix(tmp_path, alice):
    QuizFactory(slug="greeting-basics")

    output = run(dump_file(tmp_path))

    assert quiz(1).slug == "greeting-basics-2"
    assert "quiz.quiz (pk 1)" in output and "'greeting-basics-2'" in output


def test_a_second_unfinished_attempt_at_the_same_quiz_is_left_out(tmp_path, alice):
    data = records()
    second_open = next(r for r in data if r["model"] == "quiz.sitting" and r["pk"] == 3)
    data.append(second_open | {"pk": 6})

    output = run(dump_file(tmp_path, data))

    assert Sitting.objects.filter(user=alice, quiz=quiz(2), complete=False).count() == 1
    assert sitting(3).complete is False
    assert "quiz.sitting (pk 6)" in output and "unfinished attempts: 1" in output


def test_another_source_is_imported_apart(tmp_path, alice):
    path = dump_file(tmp_path)
    run(path)

    run(path, "--source", "branch-office")

    assert Quiz.objects.count() == 6
    assert ImportRecord.objects.filter(source="django-quiz-app:branch-office").exists()


def test_help_tells_what_happens_to_unknown_usernames():
    shown = Command().create_parser("manage.py", "import_django_quiz").format_help()
    assert "unknown username gets a new inactive account" in " ".join(shown.split())


# --- broken files --------------------------------------------------------------------------------


def change(model, pk, **fields):
    def apply(data):
        for record in data:
            if record["model"] == model and record["pk"] == pk:
                record["fields"].update(fields)
        return data

    return apply


def remove(model, pk):
    def apply(data):
        return [r for r in data if not (r["model"] == model and r["pk"] == pk)]

    return apply


def append(*new):
    def apply(data):
        return data + list(new)

    return apply


BROKEN = {
    "pass mark above 100": (change("quiz.quiz", 2, pass_mark=101), "quiz.quiz (pk 2)"),
    "negative pass mark": (change("quiz.quiz", 1, pass_mark=-5), "quiz.quiz (pk 1)"),
    "unknown question id in a sitting": (
        change("quiz.sitting", 3, question_order="4,2,99,"),
        "quiz.sitting (pk 3)",
    ),
    "answer to a question outside the sitting": (
        change("quiz.sitting", 1, user_answers='{"5": "True"}'),
        "quiz.sitting (pk 1)",
    ),
    "answer given is not one of the question's answers": (
        change("quiz.sitting", 2, user_answers='{"1": "4"}'),
        "quiz.sitting (pk 2)",
    ),
    "true/false answer that is neither": (
        change("quiz.sitting", 4, user_answers='{"5": "maybe"}'),
        "quiz.sitting (pk 4)",
    ),
    "user_answers not JSON": (
        change("quiz.sitting", 2, user_answers='{"1": "2"'),
        "quiz.sitting (pk 2)",
    ),
    "question ids not comma-separated": (
        change("quiz.sitting", 1, incorrect_questions="3;"),
        "quiz.sitting (pk 1)",
    ),
    "sitting of a person not in the file": (
        change("quiz.sitting", 1, user=42),
        "quiz.sitting (pk 1)",
    ),
    "sitting of a missing quiz": (change("quiz.sitting", 4, quiz=9), "quiz.sitting (pk 4)"),
    "bad date": (change("quiz.sitting", 4, start="yesterday"), "quiz.sitting (pk 4)"),
    "question in a missing quiz": (change("quiz.question", 5, quiz=[2, 9]), "quiz.question (pk 5)"),
    "question of a missing category": (
        change("quiz.question", 4, category=12),
        "quiz.question (pk 4)",
    ),
    "quiz of a missing category": (change("quiz.quiz", 1, category=9), "quiz.quiz (pk 1)"),
    "answer of a missing question": (
        change("multichoice.answer", 8, question=99),
        "multichoice.answer (pk 8)",
    ),
    "question without its kind": (
        remove("essay.essay_question", 7),
        "quiz.question (pk 7)",
    ),
    "kind without its question": (
        append({"model": "true_false.tf_question", "pk": 50, "fields": {"correct": True}}),
        "true_false.tf_question (pk 50)",
    ),
    "unknown answer order": (
        change("multichoice.mcquestion", 4, answer_order="alphabetical"),
        "multichoice.mcquestion (pk 4)",
    ),
    "empty question": (change("quiz.question", 1, content=" "), "quiz.question (pk 1)"),
    "flag that is not a boolean": (change("quiz.quiz", 2, draft="yes"), "quiz.quiz (pk 2)"),
    "malformed progress": (
        change("quiz.progress", 2, score="customer-service,2"),
        "quiz.progress (pk 2)",
    ),
    "the same record twice": (
        append({"model": "quiz.category", "pk": 2, "fields": {"category": "again"}}),
        "quiz.category (pk 2)",
    ),
}


@pytest.mark.parametrize("breakage, record", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_record_changes_nothing_and_is_named(tmp_path, alice, breakage, record):
    path = dump_file(tmp_path, breakage(records()))
    before = snapshot()

    with pytest.raises(CommandError) as error:
        run(path)

    message = str(error.value)
    assert record in message
    assert message.startswith("Nothing was imported")
    assert snapshot() == before


def test_every_problem_of_a_file_is_listed(tmp_path, alice):
    data = change("quiz.quiz", 2, pass_mark=150)(records())
    data = change("quiz.sitting", 3, question_order="4,2,99,")(data)

    with pytest.raises(CommandError) as error:
        run(dump_file(tmp_path, data))

    assert "quiz.quiz (pk 2)" in str(error.value) and "quiz.sitting (pk 3)" in str(error.value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('[{"model": "quiz.quiz", "pk": 1,', "is not valid JSON"),
        ('{"model": "quiz.quiz"}', "not a list of records"),
        ('[{"model": "quiz.quiz", "pk": 1}]', "Record 1 of the file"),
        ('[{"model": "quiz.quiz", "pk": "one", "fields": {}}]', "Record 1 of the file"),
    ],
)
def test_a_file_that_is_no_dump_changes_nothing(tmp_path, alice, text, expected):
    before = snapshot()

    with pytest.raises(CommandError) as error:
        run(dump_file(tmp_path, text))

    assert expected in str(error.value)
    assert snapshot() == before


def test_a_missing_file_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run(tmp_path / "nowhere.json")


def test_a_failure_while_writing_rolls_everything_back(tmp_path, alice, monkeypatch):
    def refuse(self, people):
        raise IntegrityError("disk full")

    monkeypatch.setattr(django_quiz._Writer, "_progress", refuse)
    before = snapshot()

    with pytest.raises(CommandError, match="nothing was written: disk full"):
        run(dump_file(tmp_path))

    assert snapshot() == before  # people, questions and sittings written before are gone too


# --- the imported quizzes can be taken -----------------------------------------------------------


def test_an_imported_quiz_can_be_taken_to_the_end_with_the_right_score(tmp_path, alice, trainer):
    run(dump_file(tmp_path))
    newcomer = UserFactory()
    greeting = quiz(1)

    attempt = services.start_sitting(newcomer, greeting)

    assert attempt.question_ids == ids(1, 2, 3)
    outcome = None
    for pk in (1, 2, 3):
        outcome = services.submit_answer(attempt, question(pk), correct_answer(question(pk)))
    result = outcome.result
    # the essay waits for a trainer: 2 of 3, 67 % against a pass mark of 60
    assert (result.score, result.max_score, result.percent, result.passed) == (2, 3, 67, True)
    essay = SittingAnswer.objects.get(sitting_id=attempt.pk, question=question(3))
    services.mark_essay(essay, correct=True, marker=trainer)
    attempt.refresh_from_db()
    assert (attempt.score, attempt.percent, attempt.passed) == (3, 100, True)
    progress = Progress.objects.get(user=newcomer, category__name="customer-service")
    assert (progress.score, progress.possible) == (2, 3)


def test_an_imported_unfinished_attempt_is_resumed_and_finished(tmp_path, alice):
    run(dump_file(tmp_path))
    sales = quiz(2)

    resumed = services.start_sitting(alice, sales)

    assert resumed.pk == sitting(3).pk
    outcome = services.submit_answer(resumed, question(2), True)
    assert (outcome.result.score, outcome.result.max_score, outcome.result.percent) == (2, 2, 100)
    assert outcome.result.passed
    # single attempt: neither alice nor dave (who finished it there) may start again
    with pytest.raises(services.AttemptNotAllowed):
        services.start_sitting(alice, sales)
    with pytest.raises(services.AttemptNotAllowed):
        services.start_sitting(get_user_model().objects.get(username="dave"), sales)


# --- hostile files: a clear error, nothing written -------------------------------------------


@pytest.mark.parametrize("depth", [50, 100_000])
def test_a_deeply_nested_file_is_refused_without_a_traceback(tmp_path, alice, depth):
    before = snapshot()
    text = json.dumps(records())[:-1] + ", " + "[" * depth + "]" * depth + "]"

    with pytest.raises(CommandError) as error:
        run(dump_file(tmp_path, text))

    assert "nests deeper than" in str(error.value)
    assert str(error.value).startswith("Nothing was imported")
    assert snapshot() == before


def test_deeply_nested_user_answers_name_the_sitting(tmp_path, alice):
    before = snapshot()
    nested = "[" * 100_000 + "]" * 100_000
    data = change("quiz.sitting", 1, user_answers=nested)(records())

    with pytest.raises(CommandError) as error:
        run(dump_file(tmp_path, data))

    assert "quiz.sitting (pk 1)" in str(error.value)
    assert snapshot() == before


@pytest.mark.parametrize(
    "model, pk, field, record",
    [
        ("quiz.category", 1, "category", "quiz.category (pk 1)"),
        ("quiz.quiz", 2, "title", "quiz.quiz (pk 2)"),
        ("quiz.question", 1, "content", "quiz.question (pk 1)"),
        ("quiz.sitting", 1, "user_answers", "quiz.sitting (pk 1)"),
    ],
)
def test_a_nul_byte_in_any_text_names_the_record(tmp_path, alice, model, pk, field, record):
    before = snapshot()
    data = records()
    for item in data:
        if item["model"] == model and item["pk"] == pk:
            value = item["fields"][field]
            item["fields"][field] = (
                value.replace("}", ', "9": "a\\u0000b"}')
                if field == "user_answers"
                else value + "\x00"
            )

    with pytest.raises(CommandError) as error:
        run(dump_file(tmp_path, data))

    message = str(error.value)
    assert record in message and "NUL" in message
    assert snapshot() == before
