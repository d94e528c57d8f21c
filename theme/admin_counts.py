"""Counts of our records in the Wagtail admin, with real plural forms.

Wagtail's listings say "{count} {verbose_name_plural}" ("56 вопросы", "3 курсы"): Russian needs
three forms and German two, which a verbose name cannot give. ``count_label`` gives ngettext
forms for each of our models (by "app_label.model", so theme imports no higher app), and
``install`` makes Wagtail's paginator use them (any other model keeps Wagtail's own label).
"""

from django.utils.translation import ngettext

COUNTS = {
    "courses.audience": lambda n: ngettext("%(count)s audience", "%(count)s audiences", n),
    "courses.courseindexpage": lambda n: ngettext(
        "%(count)s course catalogue", "%(count)s course catalogues", n
    ),
    "courses.coursepage": lambda n: ngettext("%(count)s course", "%(count)s courses", n),
    "courses.lessonpage": lambda n: ngettext("%(count)s lesson", "%(count)s lessons", n),
    "quizzes.category": lambda n: ngettext("%(count)s category", "%(count)s categories", n),
    "quizzes.question": lambda n: ngettext("%(count)s question", "%(count)s questions", n),
    "quizzes.quiz": lambda n: ngettext("%(count)s quiz", "%(count)s quizzes", n),
    "scenarios.scenario": lambda n: ngettext("%(count)s role-play", "%(count)s role-plays", n),
    "staff.department": lambda n: ngettext("%(count)s department", "%(count)s departments", n),
    "staff.jobrole": lambda n: ngettext("%(count)s job role", "%(count)s job roles", n),
    "staff.employeeprofile": lambda n: ngettext("%(count)s employee", "%(count)s employees", n),
    "certification.certification": lambda n: ngettext(
        "%(count)s certificate", "%(count)s certificates", n
    ),
    "certification.coursestatus": lambda n: ngettext(
        "%(count)s course status", "%(count)s course statuses", n
    ),
    "certification.certificationevent": lambda n: ngettext(
        "%(count)s certification event", "%(count)s certification events", n
    ),
    "feedback.suggestion": lambda n: ngettext("%(count)s suggestion", "%(count)s suggestions", n),
    "assignments.assignmentrule": lambda n: ngettext(
        "%(count)s assignment rule", "%(count)s assignment rules", n
    ),
}


def count_label(model, count):
    """ "56 вопросов" for one of our models, or None for a model that is not ours."""
    if model is None:
        return None
    forms = COUNTS.get(model._meta.label_lower)
    return forms(count) % {"count": count} if forms else None


def install():
    from django.utils.functional import cached_property
    from wagtail.admin.paginator import WagtailPaginator

    wagtail_label = WagtailPaginator.items_count_label.func

    def items_count_label(self):
        return count_label(self.model, self.count) or wagtail_label(self)

    items_count_label.__doc__ = "Our models' counts with ngettext (theme.admin_counts)."
    WagtailPaginator.items_count_label = cached_property(items_count_label)
    WagtailPaginator.items_count_label.__set_name__(WagtailPaginator, "items_count_label")
