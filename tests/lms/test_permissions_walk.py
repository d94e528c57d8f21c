"""Every URL of the product, for every role: who may open it, and everyone else is refused.

The table below names each route of our rooms (front end and admin) and the roles that may open
it; ``test_the_table_covers_every_route`` fails when a route is added without an entry, so no
view escapes this walk. Objects in the URLs belong to ``member`` (a sales-floor employee in the
manager's team), so "refused" also proves that people cannot reach each other's records.

Outcomes: OK is a 200 (or, for file exports, a download); LOGIN is the sign-in page; NO is a
refusal that shows nothing: 403, 404, or (for the admin) Wagtail's redirect to its sign-in or home
page. POST-only routes answer GET with 405 to the people who may use them; the others are refused a
POST as well.
"""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from lms import roles
from lms.assignments.models import AssignmentRule
from lms.certification.models import Certification, CertificationEvent, CourseStatus, State
from lms.feedback.models import Suggestion
from quizzes import services as quiz_services
from quizzes.scenarios import services as scenario_services
from tests.courses.factories import make_course
from tests.lms.factories import UserFactory
from tests.lms.staff.factories import DepartmentFactory, EmployeeProfileFactory
from tests.quizzes.factories import correct_answer, make_quiz, multiple_choice
from tests.quizzes.scenarios.factories import make_scenario

pytestmark = pytest.mark.django_db

ROLES = ("anon", "employee", "member", "trainer", "manager", "hr", "admin")
EVERYONE = frozenset(ROLES) - {"anon"}
OWNER = frozenset({"member"})
RECORD_READERS = frozenset({"member", "manager", "hr", "admin"})
TRAINERS = frozenset({"trainer", "admin"})
HR = frozenset({"hr", "admin"})
HR_AND_MANAGERS = frozenset({"hr", "manager", "admin"})
NOBODY = frozenset()

OUR_NAMESPACES = {
    "lms",
    "certification",
    "certification_admin",
    "certification_certificates",
    "certification_events",
    "certification_statuses",
    "feedback",
    "suggestions",
    "quizzes",
    "quizzes_admin",
    "scenarios",
    "scenarios_admin",
    "records",
    "records_admin",
    "reports_admin",
    "staff_admin",
    "assignments_admin",
    "assignment_rules",
}


def viewset(namespace, *, view, add=NOBODY, change=NOBODY, delete=NOBODY, obj):
    """The routes of a Wagtail ModelViewSet and who may use each."""
    return {
        f"{namespace}:index": (view, {}),
        f"{namespace}:index_results": (view, {}),
        f"{namespace}:inspect": (view, {"pk": obj}),
        # Wagtail's change history and usage views ask for the right to change.
        f"{namespace}:history": (change, {"pk": obj}),
        f"{namespace}:history_results": (change, {"pk": obj}),
        f"{namespace}:usage": (change, {"pk": obj}),
        f"{namespace}:add": (add, {}),
        f"{namespace}:edit": (change, {"pk": obj}),
        f"{namespace}:delete": (delete, {"pk": obj}),
    }


def table(w):
    """Route name → (who may open it, URL kwargs) for the world ``w``."""
    code, sitting, attempt = w["certificate"].code, w["sitting"], w["attempt"]
    quiz, course, member = w["quiz"], w["course"], w["member"]
    return {
        # Learner pages: signed-in people see their own; someone else's is as absent as nothing.
        "lms:dashboard": (EVERYONE, {}),
        "lms:search": (EVERYONE, {}),
        "certification:mine": (EVERYONE, {}),
        "certification:detail": (OWNER, {"code": code}),
        "certification:pdf": (OWNER, {"code": code}),
        "certification:verify": ("public", {"code": code}),
        "certification:verify_form": ("public", {}),
        "feedback:mine": (EVERYONE, {}),
        "feedback:detail": (OWNER, {"pk": w["suggestion"].pk}),
        "feedback:submit": ("post", {"lesson_id": w["lesson"].pk}),
        "quizzes:index": (EVERYONE, {}),
        "quizzes:detail": (EVERYONE, {"slug": quiz.slug}),
        "quizzes:start": ("post", {"slug": quiz.slug}),
        "quizzes:take": (OWNER, {"slug": quiz.slug, "pk": sitting.pk}),
        "quizzes:result": (OWNER, {"slug": quiz.slug, "pk": sitting.pk}),
        "scenarios:detail": (EVERYONE, {"slug": w["scenario"].slug}),
        "scenarios:start": ("post", {"slug": w["scenario"].slug}),
        "scenarios:attempt": (OWNER, {"pk": attempt.pk}),
        # Line managers and their team.
        "records:team": (frozenset({"manager"}), {}),
        "records:observe": (frozenset({"manager", "trainer", "admin"}), {}),
        "records:record": (RECORD_READERS, {"user_id": member.pk}),
        "records:record_pdf": (RECORD_READERS, {"user_id": member.pk}),
        # Admin: HR's and managers' screens.
        "staff_admin:import_roster": (HR, {}),
        "staff_admin:invite": (HR, {"pk": member.profile.pk}),
        "reports_admin:board": (HR_AND_MANAGERS, {}),
        "reports_admin:board_csv": (HR_AND_MANAGERS, {}),
        "reports_admin:board_xlsx": (HR_AND_MANAGERS, {}),
        "assignments_admin:assign": (HR_AND_MANAGERS, {}),
        "certification_admin:revoke": (HR, {"pk": w["certificate"].pk}),
        "certification_admin:reinstate": (HR, {"pk": w["certificate"].pk}),
        # Admin: trainers' screens (content analytics, marking), no personal HR data.
        "quizzes_admin:marking": (TRAINERS, {}),
        "quizzes_admin:mark": (("post", TRAINERS), {"pk": w["essay_answer"].pk}),
        "quizzes_admin:report": (TRAINERS, {"pk": quiz.pk}),
        "scenarios_admin:analytics": (TRAINERS, {"pk": w["scenario"].pk}),
        "scenarios_admin:analytics_csv": (TRAINERS, {"pk": w["scenario"].pk}),
        "records_admin:criteria": (
            frozenset({"trainer", "manager", "hr", "admin"}),
            {},
        ),
        "records_admin:criteria_report": (
            frozenset({"trainer", "manager", "hr", "admin"}),
            {"course_id": course.pk},
        ),
        # Admin listings. Certification records are written only by the services: nobody adds,
        # edits or deletes them, not even a superuser.
        **viewset("certification_certificates", view=HR, obj=w["certificate"].pk),
        **viewset("certification_statuses", view=HR, obj=w["status"].pk),
        **viewset("certification_events", view=HR, obj=w["event"].pk),
        **viewset(
            "suggestions",
            view=frozenset({"trainer", "hr", "admin"}),
            change=TRAINERS,
            delete=frozenset({"admin"}),
            obj=w["suggestion"].pk,
        ),
        **viewset(
            "assignment_rules",
            view=frozenset({"trainer", "hr", "admin"}),
            add=HR,
            change=HR,
            delete=HR,
            obj=w["rule"].pk,
        ),
    }


@pytest.fixture
def world(catalogue):
    department = DepartmentFactory(code="floor", name="Торговый зал")
    people = {"anon": None, "admin": UserFactory(is_superuser=True, is_staff=True)}
    for role, group in (
        ("employee", roles.EMPLOYEES),
        ("member", roles.EMPLOYEES),
        ("trainer", roles.TRAINERS),
        ("manager", roles.LINE_MANAGERS),
        ("hr", roles.HR),
    ):
        people[role] = UserFactory()
        people[role].groups.add(Group.objects.get(name=group))
    EmployeeProfileFactory(user=people["manager"], department=department)
    EmployeeProfileFactory(user=people["employee"], department=department)
    EmployeeProfileFactory(
        user=people["member"], department=department, line_manager=people["manager"]
    )
    member = people["member"]

    course, lessons = make_course(catalogue, lessons=2)
    from tests.quizzes.factories import essay

    quiz = make_quiz([multiple_choice(), essay()], exam_paper=True)
    sitting = quiz_services.start_sitting(member, quiz)
    for pk in sitting.question_ids:
        question = quiz.quiz_questions.get(question_id=pk).question
        quiz_services.submit_answer(sitting, question, correct_answer(question))
    scenario = make_scenario()
    attempt = scenario_services.start_attempt(member, scenario)
    certificate = Certification.objects.create(
        user=member,
        course=course,
        cycle=1,
        version=1,
        holder_name=member.get_full_name(),
        course_title=course.title,
        valid_until=dt.date.today() + dt.timedelta(days=300),
    )
    status = CourseStatus.objects.create(
        user=member, course=course, state=State.CERTIFIED, certification=certificate
    )
    event = CertificationEvent.objects.create(
        user=member, course=course, from_state=State.IN_PROGRESS, to_state=State.CERTIFIED
    )
    suggestion = Suggestion.objects.create(
        author=member, course=course, lesson=lessons[0], text="Добавьте случай с ребёнком."
    )
    rule = AssignmentRule.objects.create(course=course, scope="all", due_days=30)
    from quizzes.models import SittingAnswer

    return {
        "people": people,
        "member": member,
        "course": course,
        "lesson": lessons[0],
        "quiz": quiz,
        "sitting": sitting,
        "essay_answer": SittingAnswer.objects.filter(sitting=sitting).last(),
        "scenario": scenario,
        "attempt": attempt,
        "certificate": certificate,
        "status": status,
        "event": event,
        "suggestion": suggestion,
        "rule": rule,
    }


def our_routes():
    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                yield from walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name and namespace:
                yield f"{namespace}:{pattern.name}"

    return {
        name for name in walk(get_resolver().url_patterns) if name.split(":")[0] in OUR_NAMESPACES
    }


def test_the_table_covers_every_route(world):
    assert our_routes() == set(table(world))


def outcome(response, url):
    if response.status_code == 200:
        return "OK"
    if response.status_code == 405:
        return "POST"
    location = response.get("Location", "") if response.status_code == 302 else ""
    if "/accounts/login/" in location:
        return "LOGIN"
    if response.status_code in (403, 404) or location.startswith("/admin/"):
        return "NO"
    return f"{response.status_code} {location}"


def expected(allowed, role, name):
    if allowed == "public":
        return "OK"
    admin_page = name.split(":")[0] not in {
        "lms",
        "certification",
        "feedback",
        "quizzes",
        "scenarios",
        "records",
    }
    if allowed == "post":
        return "LOGIN" if role == "anon" else "POST"
    if isinstance(allowed, tuple):  # ("post", roles): a POST-only admin action
        return "POST" if role in allowed[1] else "NO"
    if role == "anon":
        return "NO" if admin_page else "LOGIN"
    return "OK" if role in allowed else "NO"


def test_every_role_on_every_route(client, world):
    mismatches = []
    for name, (allowed, kwargs) in sorted(table(world).items()):
        url = reverse(name, kwargs=kwargs)
        for role in ROLES:
            person = world["people"][role]
            client.logout()
            if person is not None:
                client.force_login(person)
            post_only = isinstance(allowed, tuple)
            if post_only and role not in allowed[1]:
                response = client.post(url, {})  # those refused are refused at a POST too
            else:
                response = client.get(url)
            got = outcome(response, url)
            if name == "quizzes:take" and role == "member":
                # A finished attempt sends its owner on to the result.
                got = "OK" if response.status_code == 302 else got
            want = expected(allowed, role, name)
            if got != want:
                mismatches.append(f"{name} as {role}: {got}, expected {want}")
    assert mismatches == [], "\n".join(mismatches)
