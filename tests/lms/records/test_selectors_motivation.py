"""The facts behind the badges, gathered from the database."""

from lms.certification.models import AssessmentPass, CourseStatus, State
from lms.records import rules, selectors
from tests.quizzes.scenarios.factories import make_scenario

from . import builders as b


def _pass_roleplay(user, scenario):
    AssessmentPass.objects.create(
        user=user,
        kind=AssessmentPass.Kind.SCENARIO,
        ref=str(scenario.translation_key),
        title=scenario.title,
        best_percent=100,
    )


def test_conflict_roleplays_passed_are_counted_against_the_published_ones(member):
    conflict = make_scenario(slug="c1", situation_type="conflict")
    typical = make_scenario(slug="t1", situation_type="typical")
    _pass_roleplay(member, typical)
    facts = selectors.badge_facts(member)
    assert facts.conflict_published == frozenset({str(conflict.translation_key)})
    assert facts.conflict_passed == frozenset()
    _pass_roleplay(member, conflict)
    facts = selectors.badge_facts(member)
    assert facts.conflict_passed == frozenset({str(conflict.translation_key)})
    assert rules.CONFLICT_MASTERED in [badge.code for badge in rules.earned_badges(facts)]


def test_revoked_certificates_do_not_count_and_required_courses_do(member, standard):
    b.certificate(member, standard, 10, revoked=True)
    CourseStatus.objects.create(user=member, course=standard, state=State.REVOKED, required=True)
    facts = selectors.badge_facts(member)
    assert (facts.certificates, facts.required_courses, facts.required_certified) == (0, 1, 0)
    b.quiz_pass(member, 1, percent=80)
    b.quiz_pass(member, 1, title="Другой", percent=95)
    assert selectors.badge_facts(member).best_quiz_percent == 95
