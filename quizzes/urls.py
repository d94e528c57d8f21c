"""The quiz player's URLs, included under i18n_patterns as path("quizzes/", include(...))."""

from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("", views.quiz_list, name="index"),
    path("<slug:slug>/", views.quiz_detail, name="detail"),
    path("<slug:slug>/start/", views.start, name="start"),
    path("<slug:slug>/attempts/<int:pk>/", views.take, name="take"),
    path("<slug:slug>/attempts/<int:pk>/result/", views.result, name="result"),
]
