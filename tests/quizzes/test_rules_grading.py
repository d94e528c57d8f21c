"""django-quiz-app's grading rules, and the added ones, without a database."""

import math
import random
from datetime import UTC, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes import grading
from quizzes.grading import ESSAY, MULTIPLE_CHOICE, TRUE_FALSE, AnswerKey


def mc(qid, correct, select_all=False):
    return AnswerKey(qid, MULTIPLE_CHOICE, frozenset(correct), select_all)


def tf(qid, value):
    return AnswerKey(qid, TRUE_FALSE, frozenset([value]))


def test_one_point_per_correct_answer_and_max_is_the_number_of_questions():
    keys = [mc(1, {10}), tf(2, True), AnswerKey(3, ESSAY)]
    result = grading.grade(keys, {1: [10], 2: True, 3: "text"}, pass_mark=50)
    assert (result.score, result.max_score) == (2, 3)
    assert result.percent == 67
    assert result.passed
    assert result.incorrect == (3,)


def test_unanswered_questions_score_nothing():
    result = grading.grade([tf(1, True), tf(2, False)], {1: True}, pass_mark=0)
    assert (result.score, result.max_score, result.incorrect) == (1, 2, (2,))


def test_percent_rounds_half_up_and_is_capped():
    assert grading.percent(1, 8) == 13  # 12.5
    assert grading.percent(1, 3) == 33
    assert grading.percent(2, 3) == 67
    assert grading.percent(5, 4) == 100
    assert grading.percent(0, 0) == 0
    assert grading.percent(-1, 3) == 0


def test_passed_iff_percent_reaches_the_pass_mark():
    assert grading.has_passed(50, 50)
    assert not grading.has_passed(49, 50)
    assert grading.grade([tf(1, True), tf(2, True)], {1: True}, pass_mark=50).passed
    assert not grading.grade([tf(1, True), tf(2, True)], {1: True}, pass_mark=51).passed


def test_essay_is_incorrect_until_marked():
    keys = [AnswerKey(1, ESSAY)]
    assert grading.grade(keys, {1: "answer"}, pass_mark=100).score == 0
    assert grading.grade(keys, {1: "answer"}, pass_mark=100, marked_correct={1}).score == 1
    # A mark without an answer gives nothing.
    assert grading.grade(keys, {}, pass_mark=100, marked_correct={1}).score == 0


def test_single_choice_scores_a_correct_answer():
    key = mc(1, {10, 11})  # django-quiz-app allows several answers marked correct
    assert grading.is_correct(key, [10])
    assert grading.is_correct(key, [11])
    assert not grading.is_correct(key, [12])
    assert not grading.is_correct(key, [10, 11])  # one answer only
    assert not grading.is_correct(key, [])


def test_select_all_that_apply_is_all_or_nothing():
    key = mc(1, {10, 11}, select_all=True)
    assert grading.is_correct(key, [11, 10])
    assert not grading.is_correct(key, [10])
    assert not grading.is_correct(key, [10, 11, 12])
    assert not grading.is_correct(key, [])


def test_true_false_needs_a_boolean():
    assert grading.is_correct(tf(1, False), False)
    assert not grading.is_correct(tf(1, False), True)
    assert not grading.is_correct(tf(1, False), "False")
    assert not grading.is_correct(tf(1, False), 0)


def test_malformed_responses_are_wrong_not_errors():
    key = mc(1, {10})
    for response in ("10", None, 10, True, b"10"):
        assert not grading.is_correct(key, response)


def test_random_order_shuffles_once_then_max_questions_truncates():
    ids = list(range(1, 21))
    chosen = grading.choose_questions(ids, random_order=True, max_questions=5, rng=random.Random(3))
    assert len(chosen) == 5
    assert len(set(chosen)) == 5
    assert set(chosen) <= set(ids)
    assert chosen != ids[:5]  # a random subset, not the first five


def test_without_random_order_the_first_questions_in_order():
    assert grading.choose_questions([3, 1, 2], random_order=False, max_questions=2) == [3, 1]
    assert grading.choose_questions([3, 1, 2], random_order=False, max_questions=None) == [3, 1, 2]
    assert grading.choose_questions([3, 1, 2], random_order=False, max_questions=9) == [3, 1, 2]


def test_answer_order():
    answers = [(1, "b"), (2, "A"), (3, "c")]
    assert grading.order_answers(answers, "none") == answers
    assert grading.order_answers(answers, "content") == [(2, "A"), (1, "b"), (3, "c")]
    shuffled = grading.order_answers(answers, "random", random.Random(1))
    assert sorted(shuffled) == answers
    orders = {tuple(grading.order_answers(answers, "random")) for _ in range(200)}
    assert len(orders) == 6  # every order occurs: nothing is fixed by a guessable seed


def one_answer(qid, correct_at, size=3, **kwargs):
    answers = tuple((qid * 10 + n, f"a{n}", n == correct_at) for n in range(size))
    return grading.OptionQuestion(qid, answers, **kwargs)


@pytest.mark.parametrize("seed", range(50))
def test_no_position_holds_every_right_answer_of_an_attempt(seed):
    questions = [one_answer(q, correct_at=0) for q in range(1, 4)]
    orders = grading.shuffle_options(questions, rng=random.Random(seed))
    positions = {orders[q.question_id].index(q.question_id * 10) for q in questions}
    assert len(positions) > 1
    assert all(sorted(orders[q.question_id]) == [a[0] for a in q.answers] for q in questions)


def test_unshuffled_questions_keep_their_order():
    questions = [one_answer(1, 0, answer_order="none"), one_answer(2, 0, answer_order="none")]
    assert grading.shuffle_options(questions) == {1: [10, 11, 12], 2: [20, 21, 22]}


NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_single_attempt_blocks_a_second_finished_attempt():
    first = grading.may_start(
        completed=0, last_ended_at=None, now=NOW, single_attempt=True, max_attempts=None, wait=None
    )
    second = grading.may_start(
        completed=1, last_ended_at=NOW, now=NOW, single_attempt=True, max_attempts=None, wait=None
    )
    assert first.allowed
    assert not second.allowed and second.reason == grading.SINGLE_ATTEMPT_USED


def test_attempts_allowed_and_wait_between_attempts():
    def decide(completed, ended, wait=None, max_attempts=None):
        return grading.may_start(
            completed=completed,
            last_ended_at=ended,
            now=NOW,
            single_attempt=False,
            max_attempts=max_attempts,
            wait=wait,
        )

    assert decide(1, NOW, max_attempts=2).allowed
    assert decide(2, NOW, max_attempts=2).reason == grading.NO_ATTEMPTS_LEFT
    waiting = decide(1, NOW - timedelta(minutes=30), wait=timedelta(hours=1))
    assert waiting.reason == grading.WAIT
    assert waiting.available_at == NOW + timedelta(minutes=30)
    assert decide(1, NOW - timedelta(hours=1), wait=timedelta(hours=1)).allowed
    assert decide(0, None, wait=timedelta(hours=1)).allowed


# Properties -------------------------------------------------------------------------------------

answer_ids = st.integers(min_value=1, max_value=6)


@st.composite
def sittings(draw):
    keys = []
    responses = {}
    n = draw(st.integers(min_value=0, max_value=12))
    for qid in range(1, n + 1):
        kind = draw(st.sampled_from([MULTIPLE_CHOICE, TRUE_FALSE, ESSAY]))
        if kind == MULTIPLE_CHOICE:
            correct = draw(st.frozensets(answer_ids, min_size=1))
            keys.append(mc(qid, correct, draw(st.booleans())))
            response = draw(st.none() | st.lists(answer_ids, max_size=4))
        elif kind == TRUE_FALSE:
            keys.append(tf(qid, draw(st.booleans())))
            response = draw(st.none() | st.booleans())
        else:
            keys.append(AnswerKey(qid, ESSAY))
            response = draw(st.none() | st.text(max_size=5))
        if response is not None:
            responses[qid] = response
    marked = draw(st.frozensets(st.integers(min_value=1, max_value=12)))
    pass_mark = draw(st.integers(min_value=0, max_value=100))
    return keys, responses, marked, pass_mark


@settings(deadline=None)
@given(sittings())
def test_score_is_within_zero_and_max(case):
    keys, responses, marked, pass_mark = case
    result = grading.grade(keys, responses, pass_mark, marked)
    assert 0 <= result.score <= result.max_score == len(keys)
    assert 0 <= result.percent <= 100
    assert result.passed == (result.percent >= pass_mark)
    assert len(result.incorrect) == result.max_score - result.score


@settings(deadline=None)
@given(sittings())
def test_grading_twice_gives_the_same_result(case):
    keys, responses, marked, pass_mark = case
    assert grading.grade(keys, responses, pass_mark, marked) == grading.grade(
        keys, dict(responses), pass_mark, set(marked)
    )


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=500), st.integers(min_value=0, max_value=500))
def test_percent_matches_round_half_up_and_cap(score, max_score):
    expected = (
        0
        if max_score == 0
        else min(100, math.floor(Fraction(score * 100, max_score) + Fraction(1, 2)))
    )
    assert grading.percent(score, max_score) == expected


@settings(deadline=None)
@given(
    st.lists(st.integers(), unique=True, max_size=30),
    st.booleans(),
    st.none() | st.integers(min_value=1, max_value=40),
    st.integers(),
)
def test_chosen_questions_are_a_subset_without_repeats(ids, random_order, max_questions, seed):
    chosen = grading.choose_questions(
        ids, random_order=random_order, max_questions=max_questions, rng=random.Random(seed)
    )
    assert len(chosen) == len(set(chosen)) == min(len(ids), max_questions or len(ids))
    assert set(chosen) <= set(ids)
