"""Reminder e-mails go out once, to the person and their line manager, in their language."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command

from lms.certification import reminders, services
from lms.certification.models import Reminder
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_due_soon_goes_out_once(clock, standard, employee):
    course, _lessons = standard
    services.assign(employee, course, due_date=clock.today + dt.timedelta(days=5))
    assert reminders.send_due_reminders(clock.today) == 1
    assert reminders.send_due_reminders(clock.today) == 0
    clock.advance(days=1)
    assert reminders.send_due_reminders(clock.today) == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [employee.email]
    assert course.title in mail.outbox[0].subject


def test_overdue_then_a_new_due_date_is_news(clock, standard, employee):
    course, _lessons = standard
    services.assign(employee, course, due_date=clock.today - dt.timedelta(days=1))
    assert reminders.send_due_reminders(clock.today) == 1
    services.assign(employee, course, due_date=clock.today + dt.timedelta(days=2))
    assert reminders.send_due_reminders(clock.today) == 1
    assert {r.kind for r in Reminder.objects.all()} == {"overdue", "due_soon"}


def test_nothing_due_far_ahead(clock, standard, employee):
    course, _lessons = standard
    services.assign(employee, course, due_date=clock.today + dt.timedelta(days=30))
    assert reminders.send_due_reminders(clock.today) == 0
    assert mail.outbox == []


def test_line_manager_is_told_in_their_language(clock, standard, employee):
    from lms.staff.models import Department, EmployeeProfile

    course, _lessons = standard
    manager = UserFactory(first_name="Klaus", last_name="Becker")
    department = Department.objects.create(name="Zentrale", code="hq")
    EmployeeProfile.objects.create(
        user=manager,
        employee_number="M1",
        department=department,
        hire_date=dt.date(2020, 1, 1),
        preferred_language="de",
    )
    EmployeeProfile.objects.create(
        user=employee,
        employee_number="E1",
        department=department,
        hire_date=dt.date(2026, 1, 1),
        preferred_language="ru",
        line_manager=manager,
    )
    services.assign(employee, course, due_date=clock.today + dt.timedelta(days=2))
    assert reminders.send_due_reminders(clock.today) == 1
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert set(by_recipient) == {employee.email, manager.email}
    assert "Hallo" in by_recipient[manager.email].body
    assert "Здравствуйте" in by_recipient[employee.email].body
    assert employee.get_full_name() in by_recipient[manager.email].body


def test_expiry_and_recertification_reminders(clock, standard, quiz, employee, run):
    from .helpers import finish_lessons, take_quiz

    course, lessons = standard
    run(finish_lessons, employee, lessons)
    run(take_quiz, employee, quiz)
    expires = services.status_of(employee, course).expires_on
    clock.set(expires - dt.timedelta(days=30))
    services.run_time_moves(clock.today)
    assert reminders.send_due_reminders(clock.today) == 1
    clock.set(expires - dt.timedelta(days=7))
    assert reminders.send_due_reminders(clock.today) == 1
    assert reminders.send_due_reminders(clock.today) == 0
    assert [r.kind for r in Reminder.objects.order_by("pk")] == ["expires_30", "expires_7"]


def test_failed_send_is_tried_again(clock, standard, employee, monkeypatch):
    course, _lessons = standard
    services.assign(employee, course, due_date=clock.today + dt.timedelta(days=1))

    def broken(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr(reminders, "send_mail", broken)
    failures = []
    assert reminders.send_due_reminders(clock.today, failures=failures) == 0
    assert [(kind, str(error)) for _status, kind, error in failures] == [
        (failures[0][1], "mail server down")
    ]
    assert not Reminder.objects.exists()
    monkeypatch.undo()
    assert reminders.send_due_reminders(clock.today) == 1


def test_daily_command(clock, standard, employee, capsys):
    course, _lessons = standard
    services.assign(employee, course, due_date=dt.date(2026, 1, 16))
    call_command("certification_daily", "--date", "2026-01-17")
    call_command("certification_daily", "--date", "2026-01-17")
    out = capsys.readouterr().out
    assert "1 overdue" in out and "Reminders sent: 1." in out and "Reminders sent: 0." in out
    assert len(mail.outbox) == 1


def test_one_bad_mail_stops_neither_moves_nor_other_reminders(clock, standard, monkeypatch):
    """A refused address for one person: the others get theirs, statuses still move, and the
    command reports the failure with a non-zero exit after finishing its work."""
    from django.core.management.base import CommandError

    from lms.certification.models import CourseStatus

    course, _lessons = standard
    people = [UserFactory(email=f"person{i}@example.com") for i in range(3)]
    for person in people:
        services.assign(person, course, due_date=dt.date(2026, 1, 16))
    real_send = reminders.send_mail

    def refuse_one(subject, body, sender, recipients, **kwargs):
        if recipients == [people[1].email]:
            raise OSError("550 mailbox unavailable")
        return real_send(subject, body, sender, recipients, **kwargs)

    monkeypatch.setattr(reminders, "send_mail", refuse_one)
    with pytest.raises(CommandError, match="1 reminder"):
        call_command("certification_daily", "--date", "2026-01-17")
    assert sorted(m.to[0] for m in mail.outbox) == sorted([people[0].email, people[2].email])
    assert CourseStatus.objects.filter(course=course, overdue=True).count() == 3
    assert Reminder.objects.count() == 2
    monkeypatch.undo()
    call_command("certification_daily", "--date", "2026-01-17")
    assert mail.outbox[-1].to == [people[1].email]
    assert Reminder.objects.count() == 3


def test_daily_command_rejects_a_bad_date():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("certification_daily", "--date", "15.01.2026")


def test_daily_command_closes_quiz_attempts_whose_time_ran_out(clock, quiz, employee, capsys):
    from quizzes import services as quiz_services
    from quizzes.models import Sitting

    quiz.time_limit_minutes = 5
    quiz.save()
    sitting = quiz_services.start_sitting(employee, quiz)
    clock.advance(minutes=6)
    call_command("certification_daily", "--no-mail")
    assert "Quiz attempts closed (time ran out): 1." in capsys.readouterr().out
    assert not Sitting.objects.filter(pk=sitting.pk, complete=False).exists()
