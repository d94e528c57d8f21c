"""The demo's quizzes measure something: no answer position wins, and every quiz shuffles."""

from lms.demo.content import COURSES, c000_principles


def demo_quizzes():
    quizzes = [course["quiz"] for course in COURSES if course.get("quiz")]
    quizzes += [
        translation["quiz"]
        for course in COURSES
        for translation in course.get("translations", {}).values()
        if translation.get("quiz")
    ]
    return quizzes


def right_positions(quiz):
    """Where the right answer stands among the entered answers of each one-answer question."""
    return [
        [a.get("correct", False) for a in q["answers"]].index(True)
        for q in quiz["questions"]
        if q["kind"] == "mc" and sum(bool(a.get("correct")) for a in q["answers"]) == 1
    ]


def test_every_demo_quiz_is_found():
    slugs = {quiz["slug"] for quiz in demo_quizzes()}
    assert {c000_principles.QUIZ_DE["slug"], c000_principles.QUIZ_EN["slug"]} <= slugs
    assert len(slugs) >= 7


def test_the_right_answer_is_not_in_one_fixed_position():
    everywhere = []
    for quiz in demo_quizzes():
        positions = right_positions(quiz)
        assert len(set(positions)) > 1, quiz["slug"]
        everywhere += positions
    assert len(set(everywhere)) >= 3
    # No position holds the right answer of most questions.
    assert max(everywhere.count(p) for p in set(everywhere)) <= len(everywhere) / 2


def test_select_all_questions_do_not_list_every_right_answer_first():
    for quiz in demo_quizzes():
        for q in quiz["questions"]:
            flags = [bool(a.get("correct")) for a in q.get("answers", [])]
            if sum(flags) > 1:
                assert flags != sorted(flags, reverse=True), (quiz["slug"], q["content"])


def test_every_demo_quiz_shuffles_its_questions_and_answers():
    for quiz in demo_quizzes():
        assert quiz["random_order"] is True, quiz["slug"]
        for q in quiz["questions"]:
            assert q.get("answer_order", "random") == "random", (quiz["slug"], q["content"])
