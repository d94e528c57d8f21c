"""The demo's German and English courses are real translations of the Russian originals.

Pure data, no database: each translation has the original's lessons and blocks, its quiz is a
language version of the original quiz, and its role-plays keep the original's steps, criteria and
points, so a pass in any language means the same thing.
"""

from collections import Counter

import pytest

from lms.demo.content import COURSES

# Courses translated so far; the others are translated on their own branches.
IN_THREE_LANGUAGES = {
    "principles-of-service",
    "four-properties-of-ideal-service",
    "quality-through-feedback",
    "service-standards-and-organisation",
}

TRANSLATIONS = [
    pytest.param(course, code, id=f"{course['slug']}-{code}")
    for course in COURSES
    for code in course.get("translations", {})
]


def test_courses_exist_in_russian_german_and_english():
    by_slug = {course["slug"]: course for course in COURSES}
    for slug in IN_THREE_LANGUAGES:
        assert by_slug[slug]["locale"] == "ru"
        assert set(by_slug[slug].get("translations", {})) == {"de", "en"}, slug


def _shape(value):
    """The value with every text replaced by whether it is empty: the structure to compare."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_shape(item) for item in value]
    if isinstance(value, str):
        return bool(value)
    return value


KEPT = {"level", "kind", "outcome", "code"}  # not text: the same in every language


def _kept(value):
    if isinstance(value, dict):
        return {k: (v if k in KEPT else _kept(v)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_kept(item) for item in value]
    return None


@pytest.mark.parametrize(("course", "code"), TRANSLATIONS)
def test_translation_has_the_original_lessons_and_blocks(course, code):
    translation = course["translations"][code]
    assert translation["title"] and translation["summary"]
    assert translation["title"] != course["title"]
    assert len(translation["lessons"]) == len(course["lessons"])
    for original, lesson in zip(course["lessons"], translation["lessons"], strict=True):
        assert lesson["title"] != original["title"]
        kinds = [kind for kind, _value in lesson["body"]]
        assert kinds == [kind for kind, _value in original["body"]], original["slug"]
        for (kind, value), (_kind, theirs) in zip(lesson["body"], original["body"], strict=True):
            if kind == "paragraph":
                continue  # rich text: its length and lists follow the language
            assert _shape(value) == _shape(theirs), (original["slug"], kind)
            assert _kept(value) == _kept(theirs), (original["slug"], kind)


@pytest.mark.parametrize(("course", "code"), TRANSLATIONS)
def test_translated_quiz_is_a_language_version_of_the_original(course, code):
    original, quiz = course["quiz"], course["translations"][code]["quiz"]
    assert quiz["version_of"] == original["slug"] != quiz["slug"]
    assert quiz["title"] != original["title"]
    for option in ("pass_mark", "answers_at_end", "single_attempt", "exam_paper"):
        assert quiz.get(option) == original.get(option), option
    assert [q["kind"] for q in quiz["questions"]] == [q["kind"] for q in original["questions"]]
    for question, theirs in zip(quiz["questions"], original["questions"], strict=True):
        assert question["content"] != theirs["content"]
        assert question.get("correct") == theirs.get("correct")
        ours = Counter(bool(a["correct"]) for a in question.get("answers", []))
        assert ours == Counter(bool(a["correct"]) for a in theirs.get("answers", []))


def _moves(step):
    return Counter((c["points"], c["criterion"], c["next"]) for c in step.get("choices", []))


@pytest.mark.parametrize(("course", "code"), TRANSLATIONS)
def test_translated_role_play_keeps_steps_criteria_and_points(course, code):
    translated = course["translations"][code]["scenarios"]
    assert [s["slug"] for s in translated] == [s["slug"] for s in course["scenarios"]]
    for scenario, original in zip(translated, course["scenarios"], strict=True):
        assert scenario["title"] != original["title"]
        for key in ("start", "pass_score", "situation_type", "channel"):
            assert scenario[key] == original[key], key
        assert scenario["steps"].keys() == original["steps"].keys()
        for key, step in scenario["steps"].items():
            theirs = original["steps"][key]
            assert step["text"] != theirs["text"], key
            assert step.get("result") == theirs.get("result"), key
            assert _moves(step) == _moves(theirs), key
