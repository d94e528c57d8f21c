"""Quizzes in Chromium: feedback after each answer, answers at the end, a single-attempt exam,
and a trainer's mark of an essay that changes the person's score.

The browser never learns which answer is right; the test looks it up in the database, as a person
who studied the lesson would know it, and then answers by clicking.
"""

import re

from playwright.sync_api import expect

from quizzes import selectors
from quizzes.models import Answer, Question, QuizQuestion, Sitting
from tests.e2e.conftest import screenshot, sign_in

ESSAY = "Извинюсь, пообещаю вывезти мусор сегодня же и перезвоню, когда всё будет готово."


def answer_current_question(page, *, right):
    """Answer the question on screen, right or wrong; returns the question."""
    question_id = int(page.locator("main form input[name=question]").input_value())
    question = Question.objects.get(pk=question_id)
    if question.kind == Question.Kind.ESSAY:
        page.locator("main form textarea").fill(ESSAY)
    elif question.kind == Question.Kind.TRUE_FALSE:
        value = question.true_false_correct if right else not question.true_false_correct
        page.locator(f"main form input[name=answer][value={str(value).lower()}]").check()
    else:
        answers = Answer.objects.filter(question=question)
        chosen = (
            [a for a in answers if a.correct]
            if right
            else [next(a for a in answers if not a.correct)]
        )
        if not question.select_all:
            chosen = chosen[:1]
        # The page carries this attempt's tokens, never answer ids: look them up for the attempt.
        form = page.locator("main form", has=page.locator("input[name=question]"))
        action = form.get_attribute("action")
        sitting = Sitting.objects.get(pk=int(re.search(r"/attempts/(\d+)/", action).group(1)))
        tokens = {o.answer_id: o.token for o in selectors.options_of(sitting, question)}
        for answer in chosen:
            page.locator(f"main form input[name=answer][value='{tokens[answer.pk]}']").check()
    page.locator("main form button[type=submit]").click()
    return question


def open_quiz_from_last_lesson(page, course_slug, lesson_slug):
    page.goto(f"/{course_slug}/{lesson_slug}/")
    quiz_card = page.locator("section.card", has=page.locator("a[href*='/quizzes/']"))
    quiz_card.locator("a[href*='/quizzes/']").click()
    expect(page).to_have_url(re.compile(r"/quizzes/[\w-]+/$"))


def start(page):
    page.locator("main form[action$='/start/'] button[type=submit]").click()


def test_feedback_after_each_answer_then_a_trainer_marks_the_essay(
    page, demo, browser, live_server
):
    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    open_quiz_from_last_lesson(page, "principles-of-service", "principles-system-that-learns")
    start(page)
    for _ in range(20):
        question = answer_current_question(page, right=True)
        if "/result/" in page.url:
            break
        # Right after the answer: whether it was right, and the explanation.
        status = page.locator("main [role=status]")
        expect(status).to_be_visible()
        if question.kind != Question.Kind.ESSAY:
            expect(status).to_have_class(re.compile("message-success"))
            if question.explanation:
                expect(page.locator("main")).to_contain_text(question.explanation[:40])
    expect(page).to_have_url(re.compile(r"/result/"))
    sitting = Sitting.objects.get(user__username="newhire", quiz__slug="principles-of-service-quiz")
    tiles = page.locator("main .summary-tiles")
    # Seven of eight are right; the essay waits for a trainer: 88 % >= 70 %, passed.
    expect(tiles).to_contain_text(f"{sitting.max_score - 1} / {sitting.max_score}")
    expect(page.locator("main .badge-completed").first).to_be_visible()
    screenshot(page, "quiz-feedback-result")

    trainer_context = browser.new_context(base_url=live_server.url, locale="ru-RU")
    trainer = trainer_context.new_page()
    sign_in(trainer, "trainer", demo.DEMO_PASSWORD)
    trainer.goto("/admin/quizzes/marking/")
    row = trainer.locator("table.listing tbody tr", has_text=ESSAY[:30])
    row.locator("button[name=correct][value='1']").click()
    # Marked: it leaves the queue and shows under "recently marked" as correct.
    expect(trainer.locator("table.listing tbody tr", has_text=ESSAY[:30])).to_have_count(0)
    recent = trainer.locator("table.listing").last.locator("tbody tr").first
    expect(recent.locator("button[name=correct][value='0']")).to_be_visible()
    screenshot(trainer, "quiz-trainer-marked-essay")
    trainer_context.close()

    page.reload()
    expect(tiles).to_contain_text(f"{sitting.max_score} / {sitting.max_score}")
    expect(tiles).to_contain_text("100 %")


def test_answers_at_the_end_and_a_fail_by_the_pass_mark(page, demo):
    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    open_quiz_from_last_lesson(page, "four-properties-of-ideal-service", "value-and-trust")
    start(page)
    answered = 0
    for _ in range(20):
        answer_current_question(page, right=False)
        answered += 1
        if "/result/" in page.url:
            break
        # Nothing about the last answer is shown before the end.
        expect(page.locator("main [role=status]")).to_have_count(0)
        expect(page.locator("main section[aria-labelledby^=review-]")).to_have_count(0)
    expect(page.locator("main .badge-warning").first).to_be_visible()
    expect(page.locator("main .summary-tiles")).to_contain_text(f"0 / {answered}")
    # At the end: every question with the right answer.
    expect(page.locator("main h2").first).to_be_visible()
    question_ids = QuizQuestion.objects.filter(quiz__slug="ideal-service-quiz").values("question")
    correct_texts = Answer.objects.filter(question__in=question_ids, correct=True).values_list(
        "content", flat=True
    )
    main = page.locator("main")
    for text in correct_texts:
        expect(main).to_contain_text(text)
    screenshot(page, "quiz-answers-at-end-result")


def test_single_attempt_exam_cannot_be_started_twice(page, demo):
    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    open_quiz_from_last_lesson(page, "quality-through-feedback", "is-the-system-working")
    start(page)
    for _ in range(20):
        answer_current_question(page, right=True)
        if "/result/" in page.url:
            break
    expect(page).to_have_url(re.compile(r"/result/"))
    page.locator("main a.button-secondary[href$='/feedback-quiz/']").click()
    expect(page.locator("main form[action$='/start/']")).to_have_count(0)
    expect(page.locator("main .complete-form .message")).to_be_visible()
    screenshot(page, "quiz-single-attempt-refused")
    assert Sitting.objects.filter(user__username="newhire", quiz__slug="feedback-quiz").count() == 1
