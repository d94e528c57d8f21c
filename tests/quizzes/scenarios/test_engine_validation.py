"""Graph rules: each broken graph gives its own exact message; random valid graphs pass."""

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from quizzes.scenarios.engine import Graph, best_score, validate
from tests.quizzes.scenarios.graphs import choice, dags, ending, sample_graph, step


def reaches(graph, source, target):
    seen, todo = set(), [source]
    while todo:
        key = todo.pop()
        if key == target:
            return True
        if key not in seen:
            seen.add(key)
            todo.extend(c.next for c in graph.by_key[key].choices)
    return False


def messages(graph):
    return [p.message for p in validate(graph)]


def codes(graph):
    return [p.code for p in validate(graph)]


def test_sample_graph_is_valid():
    assert validate(sample_graph()) == ()


def test_empty_scenario():
    assert messages(Graph(steps=())) == [
        "The scenario has no steps. Add a first step and at least one ending."
    ]


def test_missing_target_names_step_choice_and_target():
    graph = Graph(
        steps=(
            step("s1", choice("end", reply="Hello"), choice("s9", reply="Next, please")),
            ending("end"),
        )
    )
    assert messages(graph) == [
        "Step “s1”, choice 2 (“Next, please”) leads to “s9”, which does not exist."
    ]


def test_choice_without_target():
    graph = Graph(steps=(step("s1", choice("end"), choice("", reply="Hm")), ending("end")))
    assert messages(graph) == ["Step “s1”, choice 2 (“Hm”) does not say which step comes next."]


def test_unreachable_step():
    graph = Graph(steps=(step("s1", choice("end")), step("s2", choice("end")), ending("end")))
    assert messages(graph) == [
        "Step “s2” cannot be reached from the first step “s1”. Point a choice at it or delete it."
    ]


def test_step_without_choices_that_is_not_an_ending():
    graph = Graph(steps=(step("s1", choice("s2"), choice("end")), step("s2"), ending("end")))
    assert "no_choices" in codes(graph)
    assert (
        "Step “s2” is not an ending and has no choices. Add the employee's replies or make it "
        "an ending." in messages(graph)
    )


def test_loop_is_reported_with_its_steps():
    graph = Graph(
        steps=(
            step("s1", choice("s2")),
            step("s2", choice("s3"), choice("end")),
            step("s3", choice("s2")),
            ending("end"),
        )
    )
    assert messages(graph) == [
        "Steps s2 → s3 → s2 form a loop: the dialogue could go round for ever. Every choice must "
        "lead forward, towards an ending."
    ]


def test_loop_without_exit_is_also_a_dead_end():
    graph = Graph(
        steps=(
            step("s1", choice("s2"), choice("end")),
            step("s2", choice("s3")),
            step("s3", choice("s2")),
            ending("end"),
        )
    )
    assert codes(graph) == ["loop", "dead_end", "dead_end"]
    assert "From step “s2” no ending can be reached: the dialogue would never finish." in messages(
        graph
    )


def test_no_ending_at_all():
    graph = Graph(steps=(step("s1", choice("s1")),))
    assert "no_ending" in codes(graph)
    assert "The scenario has no ending. Add at least one ending." in messages(graph)


def test_duplicate_keys():
    graph = Graph(steps=(step("s1", choice("end")), ending("end"), ending("end")))
    assert messages(graph) == ["Two steps have the key “end”. Each step needs its own key."]


def test_start_may_not_be_an_ending():
    graph = Graph(steps=(ending("end"),))
    assert codes(graph) == ["start_is_ending"]


def test_ending_needs_a_result():
    graph = Graph(steps=(step("s1", choice("end")), ending("end", result="")))
    assert messages(graph) == ["Ending “end” has no result (good, neutral or bad)."]


def test_pass_score_must_be_reachable():
    assert messages(sample_graph(pass_score=5)) == [
        "The pass score 5 cannot be reached: the best path scores 4."
    ]
    assert validate(sample_graph(pass_score=4)) == ()


def test_problems_name_their_step():
    graph = Graph(steps=(step("s1", choice("end")), step("s2", choice("end")), ending("end")))
    assert [p.step for p in validate(graph)] == ["s2"]


@given(dags())
def test_random_dags_are_valid(graph):
    assert validate(graph) == ()


def test_one_back_edge_closing_two_cycles_is_one_loop():
    # s5 reaches s7 by two ways; the reply from s7 back to s5 closes both: one fault to fix.
    graph = Graph(
        steps=(
            step("s0", choice("s7"), choice("s5")),
            step("s5", choice("a"), choice("b")),
            step("a", choice("s7")),
            step("b", choice("s7")),
            step("s7", choice("end"), choice("s5")),
            ending("end"),
        )
    )
    assert codes(graph) == ["loop"]


@given(dags(), st.data())
def test_a_back_edge_is_reported_as_a_loop(graph, data):
    open_steps = [i for i, s in enumerate(graph.steps) if not s.ending]
    i = data.draw(st.sampled_from(open_steps))
    ancestors = [s.key for s in graph.steps if reaches(graph, s.key, graph.steps[i].key)]
    back = choice(data.draw(st.sampled_from(ancestors)), cid="back")
    steps = list(graph.steps)
    steps[i] = dataclasses.replace(steps[i], choices=(*steps[i].choices, back))
    problems = validate(dataclasses.replace(graph, steps=tuple(steps)))
    assert [p.code for p in problems if p.code != "dead_end"] == ["loop"]


@given(dags(), st.data())
def test_removing_an_ending_that_is_the_only_way_out_is_reported(graph, data):
    endings = [s.key for s in graph.steps if s.ending]
    key = data.draw(st.sampled_from(endings))
    kept = tuple(s for s in graph.steps if s.key != key)
    problems = validate(dataclasses.replace(graph, steps=kept))
    pointing = any(c.next == key for s in kept for c in s.choices)
    assert pointing == ("missing_target" in [p.code for p in problems])


@given(dags())
def test_pass_score_equal_to_the_best_is_valid_and_one_more_is_not(graph):
    best = best_score(graph)
    assert validate(dataclasses.replace(graph, pass_score=best)) == ()
    assert [p.code for p in validate(dataclasses.replace(graph, pass_score=best + 1))] == [
        "pass_score_unreachable"
    ]
