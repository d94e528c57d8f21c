"""The records room's pages, under the ``records`` namespace (included by lms.app_urls)."""

from django.urls import path

from . import views

app_name = "records"

urlpatterns = [
    path("team/", views.team, name="team"),
    path("team/observe/", views.observe, name="observe"),
    path("people/<int:user_id>/record/", views.record, name="record"),
    path("people/<int:user_id>/record.pdf", views.record_pdf, name="record_pdf"),
]
