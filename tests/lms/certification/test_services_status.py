"""Every status move of a person on a standard, with a controllable clock.

The moves are driven the way the product drives them: lessons and quizzes through their own
services (whose signals ``lms`` hears on commit), publication through Wagtail, time through the
daily job.
"""

import datetime as dt

import pytest

from lms.certification import services
from lms.certification.models import Certification, CertificationEvent, CourseStatus, State

from .helpers import finish_lessons, take_quiz

pytestmark = pytest.mark.django_db


def status(user, course):
    return CourseStatus.objects.get(user=user, course=course)


def moves(user, course):
    return list(
        CertificationEvent.objects.filter(user=user, course=course)
        .order_by("at", "pk")
        .values_list("from_state", "to_state")
    )


def certify(run, user, course, lessons, quiz):
    run(finish_lessons, user, lessons)
    run(take_quiz, user, quiz)
    return status(user, course)


def test_assign_then_start_then_certify(clock, standard, quiz, employee, run):
    course, lessons = standard
    due = clock.today + dt.timedelta(days=14)
    services.assign(employee, course, due_date=due)
    assert status(employee, course).state == State.ASSIGNED
    assert status(employee, course).due_date == due

    run(finish_lessons, employee, lessons[:1])
    assert status(employee, course).state == State.IN_PROGRESS

    run(finish_lessons, employee, lessons[1:])
    assert status(employee, course).state == State.IN_PROGRESS  # the quiz is still missing
    assert not Certification.objects.exists()

    run(take_quiz, employee, quiz)
    row = status(employee, course)
    assert row.state == State.CERTIFIED
    assert row.version == 1
    assert row.expires_on == dt.date(2027, 1, 15)
    cert = row.certification
    assert cert.user == employee and cert.valid_until == dt.date(2027, 1, 15)
    assert cert.evidence["lessons"] == [2, 2]
    assert cert.evidence["quizzes"] == {str(quiz.pk): 100}
    assert moves(employee, course) == [
        (State.NOT_ASSIGNED, State.ASSIGNED),
        (State.ASSIGNED, State.IN_PROGRESS),
        (State.IN_PROGRESS, State.CERTIFIED),
    ]


def test_a_failed_quiz_does_not_certify(clock, standard, quiz, employee, run):
    course, lessons = standard
    run(finish_lessons, employee, lessons)
    run(take_quiz, employee, quiz, right=False)
    assert status(employee, course).state == State.IN_PROGRESS
    assert not Certification.objects.exists()


def test_issued_once_however_often_the_last_step_repeats(clock, standard, quiz, employee, run):
    course, lessons = standard
    certify(run, employee, course, lessons, quiz)
    run(take_quiz, employee, quiz)
    run(services.progress, employee, course)
    assert Certification.objects.filter(user=employee, course=course).count() == 1


def test_time_moves_to_expiring_then_expired(clock, standard, quiz, employee, run):
    course, lessons = standard
    certify(run, employee, course, lessons, quiz)
    expires = status(employee, course).expires_on

    assert services.run_time_moves(expires - dt.timedelta(days=31))["expiring"] == 0
    assert status(employee, course).state == State.CERTIFIED

    clock.set(expires - dt.timedelta(days=30))
    assert services.run_time_moves(clock.today)["expiring"] == 1
    row = status(employee, course)
    assert row.state == State.EXPIRING and row.cycle == 2
    assert services.run_time_moves(clock.today) == {"expiring": 0, "expired": 0, "overdue": 0}

    clock.set(expires + dt.timedelta(days=1))
    assert services.run_time_moves(clock.today)["expired"] == 1
    row = status(employee, course)
    assert row.state == State.EXPIRED and row.cycle == 2
    assert moves(employee, course)[-2:] == [
        (State.CERTIFIED, State.EXPIRING),
        (State.EXPIRING, State.EXPIRED),
    ]


def test_grace_period_delays_expiry(clock, standard, quiz, employee, run):
    course, lessons = standard
    course.grace_days = 10
    course.save_revision().publish()
    certify(run, employee, course, lessons, quiz)
    expires = status(employee, course).expires_on
    services.run_time_moves(expires + dt.timedelta(days=10))
    assert status(employee, course).state == State.EXPIRING
    services.run_time_moves(expires + dt.timedelta(days=11))
    assert status(employee, course).state == State.EXPIRED


def test_renewal_in_the_window_needs_new_evidence(clock, standard, quiz, employee, run):
    course, lessons = standard
    first = certify(run, employee, course, lessons, quiz).certification
    clock.set(first.valid_until - dt.timedelta(days=20))
    services.run_time_moves(clock.today)
    # The earlier pass is older than the renewal cycle: progress alone renews nothing.
    run(services.progress, employee, course)
    assert status(employee, course).state == State.EXPIRING

    clock.advance(days=1)
    run(take_quiz, employee, quiz)  # the policy's redo list: the final quiz only
    row = status(employee, course)
    assert row.state == State.CERTIFIED
    assert row.certification != first and row.certification.renewal
    assert row.expires_on == dt.date(2027, 12, 27)
    # Every earlier certificate stays in the history.
    assert Certification.objects.filter(user=employee, course=course).count() == 2


def test_expired_certificate_is_renewed_by_the_redo_list(clock, standard, quiz, employee, run):
    course, lessons = standard
    first = certify(run, employee, course, lessons, quiz).certification
    clock.set(first.valid_until + dt.timedelta(days=5))
    services.run_time_moves(clock.today)
    services.run_time_moves(clock.today)
    assert status(employee, course).state == State.EXPIRED
    run(take_quiz, employee, quiz)
    assert status(employee, course).state == State.CERTIFIED


def test_material_change_requires_recertification(clock, standard, quiz, employee, trainer, run):
    course, lessons = standard
    certify(run, employee, course, lessons, quiz)
    other = CourseStatus.objects.create(user=trainer, course=course, state=State.IN_PROGRESS)

    clock.advance(days=40)
    lessons[1].title = "Новые правила приветствия"
    lessons[1].save_revision().publish()
    course.material_change = True
    course.change_summary = "Приветствие теперь в течение пяти секунд."
    run(course.save_revision(user=trainer).publish)

    course.refresh_from_db()
    assert course.version == 2
    assert course.material_change is False  # applied once, unticked for the next edit
    assert course.latest_revision.content["material_change"] is False
    row = status(employee, course)
    assert row.state == State.RECERT_REQUIRED
    assert row.due_date == clock.today + dt.timedelta(days=course.recert_due_days)
    assert row.cycle == 2
    version = course.versions.get()
    assert version.number == 2 and version.summary.startswith("Приветствие")
    assert [lesson["title"] for lesson in version.changed_lessons] == ["Новые правила приветствия"]
    event = CertificationEvent.objects.filter(user=employee).first()
    assert event.actor == trainer and event.to_state == State.RECERT_REQUIRED
    other.refresh_from_db()
    assert other.state == State.IN_PROGRESS  # not certified: nothing to recertify

    clock.advance(days=1)
    run(take_quiz, employee, quiz)
    row = status(employee, course)
    assert row.state == State.CERTIFIED and row.version == 2


def test_edits_without_the_tick_leave_certificates_alone(clock, standard, quiz, employee, run):
    course, lessons = standard
    certify(run, employee, course, lessons, quiz)
    course.summary = "Исправлена опечатка."
    run(course.save_revision().publish)
    course.refresh_from_db()
    assert course.version == 1
    assert status(employee, course).state == State.CERTIFIED


def test_material_change_needs_a_summary(standard):
    from django.core.exceptions import ValidationError

    course, _lessons = standard
    course.material_change = True
    course.change_summary = "  "
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert "change_summary" in error.value.message_dict


def test_revoke_and_reinstate(clock, standard, quiz, employee, hr_officer, run):
    course, lessons = standard
    cert = certify(run, employee, course, lessons, quiz).certification
    with pytest.raises(services.NotAllowed):
        services.revoke(cert, actor=hr_officer, reason=" ")
    services.revoke(cert, actor=hr_officer, reason="Нарушение стандарта при проверке")
    row = status(employee, course)
    assert row.state == State.REVOKED
    revoked = CertificationEvent.objects.filter(user=employee).first()
    assert (revoked.from_state, revoked.to_state, revoked.actor) == (
        State.CERTIFIED,
        State.REVOKED,
        hr_officer,
    )
    cert.refresh_from_db()
    assert cert.revoked_at is not None
    # A revoked person is not certified again by more work: HR decides.
    run(take_quiz, employee, quiz)
    assert status(employee, course).state == State.REVOKED
    with pytest.raises(services.NotAllowed):
        services.revoke(cert, actor=hr_officer, reason="ещё раз")

    services.reinstate(cert, actor=hr_officer, reason="Ошибка проверки")
    assert status(employee, course).state == State.CERTIFIED
    last = CertificationEvent.objects.filter(user=employee).first()
    assert (last.from_state, last.to_state, last.actor) == (
        State.REVOKED,
        State.CERTIFIED,
        hr_officer,
    )
    assert last.reason == "Ошибка проверки"


def test_overdue_flag_set_by_the_daily_job(clock, standard, employee):
    course, _lessons = standard
    services.assign(employee, course, due_date=clock.today + dt.timedelta(days=3))
    assert services.run_time_moves(clock.today + dt.timedelta(days=3))["overdue"] == 0
    assert services.run_time_moves(clock.today + dt.timedelta(days=4))["overdue"] == 1
    assert status(employee, course).overdue
    assert services.run_time_moves(clock.today + dt.timedelta(days=5))["overdue"] == 0
    # A new due date lifts it.
    services.assign(employee, course, due_date=clock.today + dt.timedelta(days=30))
    assert not status(employee, course).overdue


def test_unassign_keeps_history(clock, standard, employee):
    course, _lessons = standard
    services.assign(employee, course, due_date=clock.today)
    services.unassign(employee, course)
    row = status(employee, course)
    assert row.state == State.NOT_ASSIGNED and not row.required
    assert moves(employee, course) == [
        (State.NOT_ASSIGNED, State.ASSIGNED),
        (State.ASSIGNED, State.NOT_ASSIGNED),
    ]


def test_events_are_append_only(clock, standard, employee):
    from django.core.exceptions import PermissionDenied

    course, _lessons = standard
    services.assign(employee, course)
    event = CertificationEvent.objects.get()
    event.reason = "changed"
    with pytest.raises(PermissionDenied):
        event.save()
    with pytest.raises(PermissionDenied):
        event.delete()
    assert CertificationEvent.objects.get().reason != "changed"


def test_time_moves_use_a_fixed_number_of_queries(clock, standard, quiz, run):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.lms.factories import UserFactory

    course, lessons = standard

    def queries_for(people):
        for _ in range(people):
            certify(run, UserFactory(), course, lessons, quiz)
        day = CourseStatus.objects.first().expires_on
        with CaptureQueriesContext(connection) as ctx:
            counts = services.run_time_moves(day)
        CourseStatus.objects.update(state=State.CERTIFIED)
        return len(ctx.captured_queries), counts

    few, few_counts = queries_for(2)
    many, many_counts = queries_for(8)
    assert few_counts["expiring"] == 2 and many_counts["expiring"] == 10
    assert many == few


def test_assigning_late_work_is_overdue_at_once_and_started_work_keeps_its_start(
    clock, standard, employee, trainer, run
):
    course, lessons = standard
    services.assign(employee, course, due_date=clock.today - dt.timedelta(days=1))
    assert status(employee, course).overdue
    run(finish_lessons, trainer, lessons[:1])
    CourseStatus.objects.filter(user=trainer).delete()  # read but never assigned before
    services.assign(trainer, course, due_date=clock.today + dt.timedelta(days=9))
    row = status(trainer, course)
    assert row.state == State.IN_PROGRESS and row.started_at is not None and not row.overdue


def test_a_pass_of_a_language_version_counts_for_the_original_quiz(clock, standard, quiz, run):
    from tests.lms.factories import UserFactory
    from tests.quizzes.factories import make_quiz, multiple_choice

    course, lessons = standard
    german = make_quiz([multiple_choice()], title="Abschlussquiz", pass_mark=50, version_of=quiz)
    person = UserFactory()
    run(finish_lessons, person, lessons)
    run(take_quiz, person, german)
    row = status(person, course)
    assert row.state == State.CERTIFIED
    assert row.certification.evidence["quizzes"] == {str(quiz.pk): 100}


def test_a_quiz_cannot_be_a_version_of_a_version(quiz):
    from django.core.exceptions import ValidationError

    from tests.quizzes.factories import make_quiz

    german = make_quiz(title="Abschlussquiz", version_of=quiz)
    swiss = make_quiz(title="Schlussquiz", version_of=german)
    with pytest.raises(ValidationError) as error:
        swiss.full_clean()
    assert "version_of" in error.value.message_dict
