"""Play rules: next step, points, score, pass, the ideal path, criteria, snapshots."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.scenarios.engine import (
    Graph,
    StepIsEnding,
    UnknownChoice,
    UnknownStep,
    advance,
    best_choice_ids,
    best_path,
    criteria,
    is_passed,
    score,
)
from tests.quizzes.scenarios.graphs import dags, sample_graph


def test_advance_returns_the_choice_and_the_next_step():
    move = advance(sample_graph(), "s1", "polite")
    assert move.choice.points == 2
    assert move.next_step.key == "s2"
    assert not move.finished


def test_advance_to_an_ending_finishes():
    move = advance(sample_graph(), "s1", "rude")
    assert move.next_step.key == "bad"
    assert move.finished


def test_a_choice_of_another_step_is_refused():
    with pytest.raises(UnknownChoice):
        advance(sample_graph(), "s1", "offer")


def test_an_unknown_step_is_refused():
    with pytest.raises(UnknownStep):
        advance(sample_graph(), "s7", "polite")


def test_nothing_can_be_chosen_at_an_ending():
    with pytest.raises(StepIsEnding):
        advance(sample_graph(), "good", "polite")


def test_score_adds_points_including_negative_ones():
    graph = sample_graph()
    polite = advance(graph, "s1", "polite").choice
    shrug = advance(graph, "s2", "shrug").choice
    rude = advance(graph, "s1", "rude").choice
    assert score([polite, shrug]) == 2
    assert score([rude]) == -2
    assert score([]) == 0


def test_pass_is_at_least_the_pass_score():
    assert is_passed(3, 3)
    assert is_passed(4, 3)
    assert not is_passed(2, 3)


def test_ideal_path_takes_the_most_points():
    ideal = best_path(sample_graph())
    assert [(s.key, c.id) for s, c in ideal.moves] == [("s1", "polite"), ("s2", "offer")]
    assert ideal.ending.key == "good"
    assert ideal.score == 4


def test_ideal_path_ties_go_to_the_earlier_choice():
    from tests.quizzes.scenarios.graphs import choice, ending, step

    graph = Graph(
        steps=(
            step("s1", choice("a", 1, cid="first"), choice("b", 1, cid="second")),
            ending("a"),
            ending("b"),
        )
    )
    assert best_path(graph).moves[0][1].id == "first"


def test_best_choices_per_step():
    assert best_choice_ids(sample_graph()) == {"polite", "offer"}


def test_criteria_met_and_missed_follow_the_sign_of_points():
    graph = sample_graph()
    summary = criteria([advance(graph, "s1", "rude").choice])
    assert summary.missed == ("greets",)
    assert summary.met == ()
    summary = criteria(
        [advance(graph, "s1", "polite").choice, advance(graph, "s2", "offer").choice]
    )
    assert summary.met == ("greets", "offers-options")


def test_snapshot_round_trip():
    graph = sample_graph()
    assert Graph.from_dict(graph.to_dict()) == graph


def walk(graph, picks):
    """Play a graph, choosing by the given indexes (cycled); return the choices and ending."""
    key = graph.start
    chosen = []
    for pick in itertools.islice(itertools.cycle(picks or [0]), len(graph.steps)):
        step = graph.step(key)
        if step.ending:
            break
        move = advance(graph, key, step.choices[pick % len(step.choices)].id)
        chosen.append(move.choice)
        key = move.next_step.key
    return chosen, graph.step(key)


@given(dags(), st.lists(st.integers(min_value=0, max_value=5), max_size=12))
def test_every_play_of_a_valid_graph_ends_and_scores_at_most_the_ideal(graph, picks):
    chosen, last = walk(graph, picks)
    assert last.ending
    assert score(chosen) <= best_path(graph).score


@given(dags())
def test_the_ideal_path_is_a_real_play_with_its_score(graph):
    ideal = best_path(graph)
    key = graph.start
    for step, choice in ideal.moves:
        assert step.key == key
        key = advance(graph, key, choice.id).next_step.key
    assert ideal.ending is not None and ideal.ending.key == key
    assert score(c for _s, c in ideal.moves) == ideal.score
