"""A revoked certificate's PDF is refused; /verify/ without a code offers a field to type one."""

import pytest
from django.urls import reverse
from django.utils import translation

from lms.certification import services

from .test_certificates import certified, pdf_text  # noqa: F401 — the fixture and its reader

pytestmark = pytest.mark.django_db


def test_revoked_certificate_pdf_is_refused_with_a_clear_page(client, certified, hr_officer):  # noqa: F811
    client.force_login(certified.user)
    url = reverse("certification:pdf", args=[certified.code])
    assert client.get(url).status_code == 200  # a valid certificate downloads...
    services.revoke(certified, actor=hr_officer, reason="Нарушение стандарта")
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 410
    assert response["Content-Type"].startswith("text/html")
    assert "Этот сертификат отозван." in html
    assert "Нарушение стандарта" not in html  # the reason stays with HR
    # ...and the holder's pages no longer offer the file.
    detail = client.get(reverse("certification:detail", args=[certified.code])).content.decode()
    listing = client.get(reverse("certification:mine")).content.decode()
    assert url not in detail
    assert url not in listing


def test_reinstated_certificate_downloads_again(client, certified, hr_officer):  # noqa: F811
    services.revoke(certified, actor=hr_officer, reason="Ошибка")
    services.reinstate(certified, actor=hr_officer, reason="Ошибка исправлена")
    client.force_login(certified.user)
    response = client.get(reverse("certification:pdf", args=[certified.code]))
    assert response.status_code == 200
    assert certified.code in pdf_text(b"".join(response.streaming_content))


@pytest.mark.parametrize(
    ("language", "label", "button"),
    [
        ("ru", "Код сертификата", "Проверить сертификат"),
        ("de", "Zertifikatscode", "Zertifikat prüfen"),
        ("en", "Certificate code", "Check the certificate"),
    ],
)
def test_verify_without_a_code_offers_a_labelled_field(client, language, label, button):
    with translation.override(language):
        url = reverse("certification:verify_form")
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_code">' + label in html
    assert 'id="id_code"' in html and 'name="code"' in html
    assert 'method="get"' in html
    assert button in html


def test_verify_form_goes_to_the_codes_page(client, certified):  # noqa: F811
    typed = " " + certified.code.lower() + " "
    response = client.get(reverse("certification:verify_form"), {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == reverse("certification:verify", args=[certified.code])
    assert "verdict-valid" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("typed", ["", "   ", "not-a-code", "<script>x</script>", "A" * 500])
def test_verify_form_explains_a_bad_code(client, typed):
    response = client.get(reverse("certification:verify_form"), {"code": typed})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'aria-invalid="true"' in html
    assert 'class="errorlist"' in html
    assert "<script>x</script>" not in html


def test_unknown_code_page_offers_the_field_again(client):
    response = client.get(reverse("certification:verify", args=["00000-00000-00000-00000"]))
    assert response.status_code == 404
    assert 'name="code"' in response.content.decode()
