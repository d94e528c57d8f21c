"""/favicon.ico answers (no 404 in every browser's console), and pages link their icon."""

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_favicon_ico_redirects_to_the_themes_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/theme/img/favicon.ico"
    icon = finders.find("theme/img/favicon.ico")
    with open(icon, "rb") as handle:
        assert handle.read(4) == b"\x00\x00\x01\x00"  # an ICO file


def test_pages_link_their_icon(client):
    html = client.get("/accounts/login/").content.decode()
    assert 'rel="icon" href="/static/theme/img/favicon.svg" type="image/svg+xml"' in html
    assert finders.find("theme/img/favicon.svg")
