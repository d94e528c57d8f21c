"""The training record: who may see it, the appraisal period, the PDF, and its query count."""

import datetime as dt
import io
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.lms.factories import UserFactory

from . import builders as b


def url(person, **period):
    base = reverse("records:record", args=[person.pk])
    if period:
        base += "?" + "&".join(f"{k}={v}" for k, v in period.items())
    return base


@pytest.fixture
def history(manager, member, standard):
    """Something of every kind inside the default period, and an old certificate outside it."""
    b.certificate(member, standard, 30, title="Встреча клиента (текущий)")
    b.certificate(member, standard, 800, title="Встреча клиента (старый)")
    b.certificate(member, standard, 60, title="Встреча клиента (аннулирован)", revoked=True)
    b.sitting(member, 10, title="Тест по встрече")
    b.quiz_pass(member, 10, title="Тест по встрече")
    b.roleplay(member, 5)
    b.suggestion(member, standard, 3, text="Нужен сценарий с ребёнком.")
    b.observation(manager, member, standard, 2, comment="Забыл попрощаться.")
    return member


@pytest.mark.parametrize("viewer", ["member", "manager", "hr_officer", "superuser"])
def test_the_person_their_manager_hr_and_superusers_see_the_record(
    client, request, history, viewer
):
    if viewer == "superuser":
        user = UserFactory(is_superuser=True)
    else:
        user = request.getfixturevalue(viewer)
    client.force_login(user)
    response = client.get(url(history))
    assert response.status_code == 200
    html = response.content.decode()
    assert history.get_full_name() in html
    for text in (
        "Встреча клиента (текущий)",
        "Тест по встрече",
        "Seven people waiting",
        "Нужен сценарий с ребёнком.",
        "Забыл попрощаться.",
        "Критерий says-goodbye",
    ):
        assert text in html, text


@pytest.mark.parametrize("viewer", ["colleague", "other_manager", "trainer", "employee"])
def test_anyone_else_gets_404(client, request, history, viewer):
    client.force_login(request.getfixturevalue(viewer))
    assert client.get(url(history)).status_code == 404
    assert client.get(reverse("records:record_pdf", args=[history.pk])).status_code == 404


def test_an_unknown_person_is_404(client, hr_officer):
    client.force_login(hr_officer)
    assert client.get(reverse("records:record", args=[999999])).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, member):
    response = client.get(url(member))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_revoked_certificates_are_marked(client, history):
    client.force_login(history)
    html = client.get(url(history)).content.decode()
    row = html.split("Встреча клиента (аннулирован)")[1].split("</tr>")[0]
    assert "badge-revoked" in row
    assert "Тест сдан не самостоятельно." in row


def test_default_period_is_the_last_twelve_months(client, history):
    client.force_login(history)
    response = client.get(url(history))
    period = response.context["period"]
    today = timezone.localdate()
    assert period.end == today
    assert period.start == today.replace(year=today.year - 1) + dt.timedelta(days=1)
    html = response.content.decode()
    assert "Встреча клиента (старый)" not in html
    assert '<label for="period-from">' in html and 'id="period-from" name="from"' in html


def test_period_filter_includes_and_excludes_rows_by_date(client, history):
    client.force_login(history)
    today = timezone.localdate()
    # Only the last week: the role-play (5 days), suggestion (3) and observation (2).
    recent = client.get(
        url(history, **{"from": (today - dt.timedelta(days=7)).isoformat(), "to": today})
    ).content.decode()
    assert "Seven people waiting" in recent
    assert "Нужен сценарий с ребёнком." in recent
    assert "Забыл попрощаться." in recent
    assert "Тест по встрече" not in recent
    # The current certificate (30 days ago, valid a year) was held during the week.
    assert "Встреча клиента (текущий)" in recent
    # Two to three years ago: the old certificate only.
    old = client.get(
        url(
            history,
            **{
                "from": (today - dt.timedelta(days=1000)).isoformat(),
                "to": (today - dt.timedelta(days=700)).isoformat(),
            },
        )
    ).content.decode()
    assert "Встреча клиента (старый)" in old
    assert "Встреча клиента (текущий)" not in old
    assert "Seven people waiting" not in old
    assert "Забыл попрощаться." not in old


def test_an_inverted_period_shows_an_error_and_the_default(client, history, settings):
    client.force_login(history)
    response = client.get(url(history, **{"from": "2026-05-01", "to": "2026-01-01"}))
    assert response.status_code == 200
    assert response.context["period_form"].errors
    assert 'class="errorlist"' in response.content.decode()
    assert response.context["period"].end == timezone.localdate()


@pytest.mark.parametrize(
    "period",
    [
        {"from": "2026-01-01", "to": "9999-12-31"},
        {"from": "0001-01-01", "to": "2026-01-01"},
        {"from": "9999-12-31", "to": "9999-12-31"},
    ],
)
def test_a_period_at_the_ends_of_the_calendar_is_a_form_error(client, history, period):
    client.force_login(history)
    response = client.get(url(history, **period))
    assert response.status_code == 200
    assert "2999" in str(response.context["period_form"].errors)
    assert response.context["period"].end == timezone.localdate()
    query = url(history, **period).split("?")[1]
    pdf = client.get(reverse("records:record_pdf", args=[history.pk]) + "?" + query)
    assert pdf.status_code == 200


def test_the_page_prints_without_navigation(client, member):
    from django.contrib.staticfiles import finders

    client.force_login(member)
    html = client.get(url(member)).content.decode()
    assert "records/records.css" in html
    css = Path(finders.find("records/records.css")).read_text(encoding="utf-8")
    print_rules = css.split("@media print")[1]
    assert ".site-header" in print_rules and "display: none" in print_rules


def test_the_pdf_is_generated_with_the_name_and_a_course_title(client, manager, history):
    from pypdf import PdfReader

    client.force_login(manager)
    response = client.get(reverse("records:record_pdf", args=[history.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert response["Cache-Control"].startswith("private")
    pages = PdfReader(io.BytesIO(response.content)).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())  # cells wrap lines
    assert history.last_name in text  # Cyrillic survives: DejaVu Sans
    assert "Встреча клиента (текущий)" in text
    assert "Забыл попрощаться." in text


def _count_queries(client, path):
    client.get(path)  # warm per-process caches (the menu's "has a team", site root paths)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_record_page_runs_the_same_number_of_queries_for_more_data(
    client, manager, member, standard
):
    client.force_login(manager)
    b.observation(manager, member, standard, 1)
    b.certificate(member, standard, 20)
    small = _count_queries(client, url(member))
    for days in range(2, 8):
        b.observation(manager, member, standard, days)
        b.certificate(member, standard, 20 + days)
        b.sitting(member, days)
        b.roleplay(member, days, slug=f"play-{days}", title=f"Play {days}")
        b.suggestion(member, standard, days)
        b.quiz_pass(member, days, title=f"Тест {days}")
    large = _count_queries(client, url(member))
    assert small == large
    assert large <= 25
