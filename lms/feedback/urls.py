"""The person's feedback pages, under the ``feedback`` namespace (included by lms.app_urls)."""

from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("my/suggestions/send/<int:lesson_id>/", views.submit, name="submit"),
    path("my/suggestions/", views.my_suggestions, name="mine"),
    path("my/suggestions/<int:pk>/", views.suggestion_detail, name="detail"),
]
