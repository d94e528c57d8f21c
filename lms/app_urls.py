"""The plugin's URLconf: include it once in a Wagtail site (see README, "Add to a Wagtail site").

urlpatterns += i18n_patterns(path("", include("lms.app_urls")), path("", include(wagtail_urls)))

It gathers every room's pages, each under its own namespace: ``lms`` (My training, search),
``quizzes`` (the quiz player), ``scenarios`` (the role-play player), ``certification``
(certificates and their public check), ``feedback`` (suggestions on standards) and ``records``
(training records, the team, observations). Sign-in, sign-out and password change come with it
(the site's templates link to them by these names), and so do "forgot password?" (Django's
reset views, with a form that also reaches invited people, ``lms.staff.invitations``) and the
invitation link HR sends (``invitation_confirm``); admin screens register themselves through
Wagtail hooks.
"""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from courses import views as course_views

from . import views
from .staff import invitations

password_reset_patterns = [
    path(
        "accounts/password/reset/",
        auth_views.PasswordResetView.as_view(
            form_class=invitations.PasswordResetForm,
            subject_template_name="staff/email/password_reset_subject.txt",
            email_template_name="staff/email/password_reset.txt",
        ),
        name="password_reset",
    ),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "accounts/welcome/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            token_generator=invitations.invitation_token_generator,
            extra_context={"invitation": True},
        ),
        name="invitation_confirm",
    ),
]

learner_patterns = [
    path("my/", views.dashboard, name="dashboard"),
    path("search/", course_views.search, name="search"),
]

account_patterns = [
    path(
        "accounts/login/",
        views.SignInView.as_view(),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    *password_reset_patterns,
]

urlpatterns = [
    *account_patterns,
    path("", include((learner_patterns, "lms"))),
    path("quizzes/", include("quizzes.urls")),
    path("roleplays/", include("quizzes.scenarios.urls")),
    path("", include("lms.certification.urls")),
    path("", include("lms.feedback.urls")),
    path("", include("lms.records.urls")),
]
