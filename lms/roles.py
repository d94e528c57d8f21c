"""The four roles of the product and what each may do, declared in one place.

A data migration creates the groups (``0001_roles``). Their permissions are declared here and
synchronised after every ``migrate`` (a ``post_migrate`` handler), because permissions of models
added by later migrations do not exist yet when an early data migration runs. Synchronising is
additive and idempotent: what an administrator grants by hand is left alone.
"""

from django.db import transaction

EMPLOYEES = "Employees"
TRAINERS = "Trainers"
LINE_MANAGERS = "Line managers"
HR = "HR"

ROLE_GROUPS = (EMPLOYEES, TRAINERS, LINE_MANAGERS, HR)

# Model permissions per group: "app_label.codename", or "app_label.*" for every permission of an
# app's models. Trainers author content and assessments but see no HR data (lms staff records).
MODEL_PERMISSIONS = {
    EMPLOYEES: [],
    TRAINERS: [
        "wagtailadmin.access_admin",
        "simple_translation.submit_translation",
        "courses.add_audience",
        "courses.change_audience",
        "courses.view_audience",
        "courses.view_enrollment",
        "quizzes.*",
        "scenarios.*",
        "feedback.view_suggestion",
        "feedback.change_suggestion",
        "records.add_observation",
        "records.view_observation",
        "assignments.view_assignmentrule",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
    LINE_MANAGERS: [
        "wagtailadmin.access_admin",
        "reports.view_team_board",
        "assignments.assign_team",
        "records.add_observation",
        "records.view_observation",
    ],
    HR: [
        "wagtailadmin.access_admin",
        "courses.view_audience",
        "courses.view_enrollment",
        "courses.view_lessoncompletion",
        "feedback.view_suggestion",
        "staff.*",
        "assignments.*",
        "certification.view_certification",
        "certification.revoke_certification",
        "certification.view_certificationevent",
        "certification.view_coursestatus",
        "records.view_observation",
        "reports.view_board",
    ],
}

# Page permissions granted on the root of the page tree (every locale's course catalogue).
PAGE_PERMISSIONS = {
    TRAINERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}

# Collection permissions on the root collection (images and documents used in lessons).
COLLECTION_PERMISSIONS = {
    TRAINERS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}


def _resolve(Permission, spec):
    app_label, codename = spec.split(".", 1)
    qs = Permission.objects.filter(content_type__app_label=app_label)
    if codename != "*":
        qs = qs.filter(codename=codename)
    return list(qs)


def sync_role_permissions(sender=None, **kwargs):
    """Create the role groups if needed and grant the permissions declared above."""
    from django.conf import settings
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        GroupCollectionPermission,
        GroupPagePermission,
        Locale,
        Page,
    )

    using = kwargs.get("using", "default")
    with transaction.atomic(using=using):
        # The shipped languages exist as Wagtail locales, so pages can be translated at once.
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS}
        for name, specs in MODEL_PERMISSIONS.items():
            perms = [p for spec in specs for p in _resolve(Permission, spec)]
            groups[name].permissions.add(*perms)

        root_page = Page.get_first_root_node()
        if root_page is not None:
            for name, codenames in PAGE_PERMISSIONS.items():
                for perm in Permission.objects.filter(
                    content_type__app_label="wagtailcore", codename__in=codenames
                ):
                    GroupPagePermission.objects.get_or_create(
                        group=groups[name], page=root_page, permission=perm
                    )
        root_collection = Collection.get_first_root_node()
        if root_collection is not None:
            for name, specs in COLLECTION_PERMISSIONS.items():
                for spec in specs:
                    for perm in _resolve(Permission, spec):
                        GroupCollectionPermission.objects.get_or_create(
                            group=groups[name], collection=root_collection, permission=perm
                        )
        # Trainers moderate the standards: they join the approval step of every group workflow.
        for task in GroupApprovalTask.objects.all():
            task.groups.add(groups[TRAINERS])
