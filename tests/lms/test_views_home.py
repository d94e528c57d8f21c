import pytest


@pytest.mark.django_db
def test_catalogue_is_the_home_page(client, catalogue):
    from tests.courses.factories import make_course

    make_course(catalogue, title="Принципы обслуживания")
    response = client.get("/")
    assert response.status_code == 200
    assert "Принципы обслуживания" in response.content.decode()


@pytest.mark.django_db
def test_admin_asks_to_sign_in(client, catalogue):
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
