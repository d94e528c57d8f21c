"""Recording an observation: who may observe whom, the two steps, validation, nothing written on
error, PRG."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.records.models import Observation, ObservationResult

URL = reverse("records:observe")


def _options(html, name):
    """The values offered by the <select> of that name."""
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    return set(re.findall(r'<option value="(\d+)"', select))


def _post(person, course, **overrides):
    data = {
        "person": person.pk,
        "course": course.pk,
        "observed_on": timezone.localdate().isoformat(),
        "channel": "in_person",
        "comment": "Хорошо встретил, забыл попрощаться.",
        "result-greets-customer": "met",
        "comment-greets-customer": "Сразу, с улыбкой.",
        "result-offers-help": "na",
        "result-says-goodbye": "not_met",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_step_one_offers_only_the_managers_team(client, manager, member, outsider, standard):
    client.force_login(manager)
    html = client.get(URL).content.decode()
    assert _options(html, "person") == {str(member.pk)}
    assert _options(html, "course") == {str(standard.pk)}
    assert '<label for="id_person">' in html


def test_step_two_shows_every_criterion_as_a_labelled_radio_group(
    client, manager, member, standard
):
    client.force_login(manager)
    response = client.get(URL, {"person": member.pk, "course": standard.pk})
    html = response.content.decode()
    assert html.count('<fieldset class="criterion') == 3
    assert "<legend>Приветствует клиента в течение 5 секунд" in html
    for value in ("met", "not_met", "na"):
        assert f'name="result-says-goodbye" value="{value}"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_manager_records_an_observation_of_their_team_member(client, manager, member, standard):
    client.force_login(manager)
    response = client.post(URL, _post(member, standard))
    assert response.status_code == 302
    assert reverse("records:record", args=[member.pk]) in response["Location"]
    observation = Observation.objects.get()
    assert (observation.person, observation.observer, observation.course) == (
        member,
        manager,
        standard,
    )
    assert observation.channel == "in_person"
    results = {
        r.criterion_code: (r.result, r.criterion_text, r.comment) for r in observation.results.all()
    }
    assert results == {
        "greets-customer": ("met", "Приветствует клиента в течение 5 секунд", "Сразу, с улыбкой."),
        "offers-help": ("na", "Предлагает помощь", ""),
        "says-goodbye": ("not_met", "Прощается и приглашает снова", ""),
    }


def test_a_person_outside_the_team_is_refused(client, manager, member, outsider, standard):
    client.force_login(manager)
    assert client.get(URL, {"person": outsider.pk, "course": standard.pk}).status_code == 404
    assert client.post(URL, _post(outsider, standard)).status_code == 404
    assert not Observation.objects.exists()


def test_hr_and_plain_employees_may_not_observe(client, hr_officer, employee, member, standard):
    for user in (hr_officer, employee):
        client.force_login(user)
        assert client.get(URL).status_code == 403
        assert client.post(URL, _post(member, standard)).status_code == 403
    assert not Observation.objects.exists()


def test_a_trainer_may_observe_anyone(client, trainer, member, outsider, standard):
    client.force_login(trainer)
    html = client.get(URL).content.decode()
    assert {str(member.pk), str(outsider.pk)} <= _options(html, "person")
    response = client.post(URL, _post(outsider, standard))
    # A trainer does not read HR records: back to the form, not to the person's record.
    assert response.status_code == 302
    assert response["Location"] == URL
    assert Observation.objects.get().person == outsider


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        (
            {"observed_on": (dt.date.today() + dt.timedelta(days=2)).isoformat()},
            "observed_on",
            "The date cannot be in the future.",
        ),
        (
            {"result-says-goodbye": None},
            "result-says-goodbye",
            "Choose met, not met or not applicable.",
        ),
        ({"result-offers-help": "maybe"}, "result-offers-help", None),
        ({"channel": None}, "channel", "Choose how the customer was served."),
    ],
)
def test_invalid_observations_show_errors_and_write_nothing(
    client, manager, member, standard, overrides, field, message, settings
):
    settings.LANGUAGE_CODE = "en"
    client.force_login(manager)
    response = client.post(URL, _post(member, standard, **overrides), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    if message:
        assert message in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    assert not Observation.objects.exists()
    assert not ObservationResult.objects.exists()


def test_a_get_never_writes(client, manager, member, standard):
    client.force_login(manager)
    client.get(URL, _post(member, standard))
    assert not Observation.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_standards_are_offered_in_the_readers_language(client, manager, member, standard):
    from wagtail.models import Locale

    german = standard.copy_for_translation(
        Locale.objects.get(language_code="de"), copy_parents=True
    )
    german.title = "Kundenempfang"
    german.save_revision().publish()
    client.force_login(manager)
    html = client.get("/de" + URL).content.decode()
    assert f'<option value="{standard.pk}">Kundenempfang</option>' in html
