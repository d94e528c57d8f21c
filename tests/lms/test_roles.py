"""The role groups exist after migrate with the permissions lms.roles declares."""

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from lms import roles


def test_groups_exist(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLE_GROUPS)


def test_trainers_author_pages_and_reach_the_admin(trainer):
    assert trainer.has_perm("wagtailadmin.access_admin")
    assert trainer.has_perm("wagtailimages.add_image")
    root = Page.get_first_root_node()
    codenames = set(
        GroupPagePermission.objects.filter(group__name=roles.TRAINERS, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page", "publish_page"} <= codenames


def test_employees_have_no_admin(employee):
    assert not employee.has_perm("wagtailadmin.access_admin")
    assert not employee.get_all_permissions()


def test_trainers_cannot_read_learning_records_of_staff_beyond_enrolments(trainer, hr_officer):
    assert not trainer.has_perm("courses.view_lessoncompletion")
    assert hr_officer.has_perm("courses.view_lessoncompletion")


def test_sync_is_idempotent(db):
    before = GroupPagePermission.objects.count()
    roles.sync_role_permissions()
    roles.sync_role_permissions()
    assert GroupPagePermission.objects.count() == before


def test_trainers_may_translate_pages(trainer):
    assert trainer.has_perm("simple_translation.submit_translation")


def test_shipped_languages_exist_as_locales(db):
    from wagtail.models import Locale

    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"ru", "de", "en"}


def test_trainers_moderate_standards(db):
    from wagtail.models import GroupApprovalTask

    tasks = list(GroupApprovalTask.objects.all())
    assert tasks, "Wagtail's default moderation workflow is expected"
    for task in tasks:
        assert task.groups.filter(name=roles.TRAINERS).exists()
