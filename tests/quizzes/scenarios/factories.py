"""Builders for role-play scenarios and attempts, reused by the tests (and usable by the demo)."""

import copy

from quizzes.scenarios.services import create_scenario_from_dict

SAMPLE = {
    "slug": "pizza-queue",
    "title": "Seven people waiting",
    "situation_type": "conflict",
    "channel": "in_person",
    "briefing": "Friday evening at the pizzeria counter; seven people are waiting.",
    "persona": {"name": "Irina", "mood": "annoyed"},
    "pass_score": 3,
    "start": "s1",
    "steps": {
        "s1": {
            "text": "How long do I have to wait? I've been here twenty minutes!",
            "choices": [
                {
                    "reply": "I'm not paid per pizza.",
                    "feedback": "The customer hears that her time means nothing to you.",
                    "points": -2,
                    "criterion": "respects-customer-time",
                    "next": "end_bad",
                },
                {
                    "reply": "I'm sorry for the wait. Your order is next; five more minutes.",
                    "feedback": "An apology and a clear time calm the customer.",
                    "points": 2,
                    "criterion": "respects-customer-time",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": "Five minutes? Fine. Can I have a drink meanwhile?",
            "choices": [
                {
                    "reply": "Of course, the drink is on us while you wait.",
                    "feedback": "A small gesture turns waiting into care.",
                    "points": 2,
                    "criterion": "offers-compensation",
                    "next": "end_good",
                },
                {
                    "reply": "Drinks are at the other counter.",
                    "feedback": "Correct, but cold.",
                    "points": 0,
                    "next": "end_neutral",
                },
            ],
        },
        "end_good": {"ending": True, "text": "She tells friends about you.", "result": "good"},
        "end_neutral": {"ending": True, "text": "She eats and leaves.", "result": "neutral"},
        "end_bad": {"ending": True, "text": "She quietly leaves.", "result": "bad"},
    },
}


def scenario_data(**overrides):
    data = copy.deepcopy(SAMPLE)
    data.update(overrides)
    return data


def make_scenario(locale=None, **overrides):
    return create_scenario_from_dict(scenario_data(**overrides), locale=locale)


def choice_id(scenario, step_key, index):
    """The id of the n-th reply (0-based) at a step of the scenario's live graph."""
    return scenario.graph().by_key[step_key].choices[index].id


def play(attempt, *picks):
    """Choose replies by index, step after step; returns the attempt as the database has it."""
    from quizzes.scenarios import services

    for pick in picks:
        attempt.refresh_from_db()
        step = attempt.get_graph().by_key[attempt.current_step]
        services.choose(attempt, step.key, step.choices[pick].id)
    attempt.refresh_from_db()
    return attempt


def choice_token(attempt, step_key, index):
    """What the page sends for the n-th authored reply (0-based) of a step in this attempt."""
    from quizzes.scenarios.tokens import reply_token

    step = attempt.get_graph().by_key[step_key]
    return reply_token(attempt.pk, step_key, step.choices[index].id)
