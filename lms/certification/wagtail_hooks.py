from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path
from django.utils.translation import gettext as _
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


@hooks.register("before_delete_page")
def keep_pages_that_hold_results(request, page):
    """A course or lesson that holds results is not deleted (its evidence would go with it).

    Certificates and their history point at the course, completions at the lesson; the admin
    says so and suggests unpublishing instead (hidden from learners, results kept) — for a
    superuser too, instead of an error page.
    """
    from courses.models import LessonCompletion

    from .models import Certification, CertificationEvent

    pages = page.get_descendants(inclusive=True)
    held = (
        Certification.objects.filter(course__in=pages).exists()
        or CertificationEvent.objects.filter(course__in=pages).exists()
        or LessonCompletion.objects.filter(lesson__in=pages).exists()
    )
    if not held:
        return None
    messages.error(
        request,
        _(
            "“%(title)s” holds learners' results (completions, certificates or their history) "
            "and cannot be deleted. Unpublish it instead: learners no longer see it, and the "
            "results stay."
        )
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
