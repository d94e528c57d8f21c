"""HR revokes and reinstates in the admin; the audit trail can be read, never edited."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from lms import roles
from lms.certification.models import Certification, CertificationEvent, CourseStatus, State
from tests.lms.factories import UserFactory

from .helpers import finish_lessons, take_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(clock, standard, quiz, run):
    course, lessons = standard
    person = UserFactory()
    run(finish_lessons, person, lessons)
    run(take_quiz, person, quiz)
    return Certification.objects.get(user=person)


def test_hr_revokes_with_a_reason_then_reinstates(client, certificate, hr_officer):
    client.force_login(hr_officer)
    url = reverse("certification_admin:revoke", args=[certificate.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200  # the form says what is missing
    assert CourseStatus.objects.get(user=certificate.user).state == State.CERTIFIED

    response = client.post(url, {"reason": "Грубость с клиентом, подтверждена проверкой"})
    assert response.status_code == 302
    assert CourseStatus.objects.get(user=certificate.user).state == State.REVOKED
    event = CertificationEvent.objects.filter(to_state=State.REVOKED).get()
    assert event.actor == hr_officer and event.reason.startswith("Грубость")

    # Revoking twice is refused with a message, not a crash.
    assert client.post(url, {"reason": "снова"}).status_code == 200
    response = client.post(
        reverse("certification_admin:reinstate", args=[certificate.pk]), {"reason": "Ошибка"}
    )
    assert response.status_code == 302
    assert CourseStatus.objects.get(user=certificate.user).state == State.CERTIFIED


@pytest.mark.parametrize("group", [roles.TRAINERS, roles.LINE_MANAGERS, roles.EMPLOYEES])
def test_others_cannot_revoke(client, certificate, group):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    response = client.post(
        reverse("certification_admin:revoke", args=[certificate.pk]), {"reason": "x"}
    )
    assert response.status_code in (302, 403)
    assert CourseStatus.objects.get(user=certificate.user).state == State.CERTIFIED


def test_audit_trail_is_visible_but_not_editable(client, certificate, hr_officer):
    admin = UserFactory(is_superuser=True, is_staff=True)
    event = CertificationEvent.objects.first()
    for viewer in (hr_officer, admin):
        client.force_login(viewer)
        assert client.get(reverse("certification_events:index")).status_code == 200
        assert client.get(reverse("certification_events:inspect", args=[event.pk])).status_code == (
            200
        )
        for name in ("edit", "delete"):
            response = client.get(reverse(f"certification_events:{name}", args=[event.pk]))
            assert response.status_code in (302, 403), (viewer, name)
        response = client.post(reverse("certification_events:delete", args=[event.pk]))
        assert CertificationEvent.objects.filter(pk=event.pk).exists()


def test_trainers_do_not_see_certificates(client, certificate, trainer):
    client.force_login(trainer)
    response = client.get(reverse("certification_certificates:index"))
    assert response.status_code in (302, 403)
