from django.urls import include, path
from wagtail import hooks

from .admin_views import CertificationViewSetGroup, RevocationView


@hooks.register("register_admin_viewset")
def register_viewsets():
    return CertificationViewSetGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    patterns = [
        path("<int:pk>/revoke/", RevocationView.as_view(), name="revoke"),
        path("<int:pk>/reinstate/", RevocationView.as_view(reinstate=True), name="reinstate"),
    ]
    return [path("certification/act/", include((patterns, "certification_admin")))]
