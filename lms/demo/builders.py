"""Build the demo site from the data modules in ``lms.demo.content``. Idempotent by design.

Pages are looked up by slug under their locale's catalogue and created only when absent, so a
second run duplicates nothing and never overwrites what a trainer has edited since.
"""

import datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from courses.models import Audience, CourseIndexPage, CoursePage, Enrollment, LessonPage
from courses.services import enroll
from lms import roles
from lms.certification.models import CompanySettings
from lms.demo import organisation
from quizzes.scenarios.models import Scenario
from quizzes.scenarios.services import create_scenario_from_dict
from quizzes.services import create_quiz_from_dict

DEMO_PASSWORD = "demo-standards-2026"  # noqa: S105 — printed for the demo; never used in production

CATALOGUE_TITLES = {
    "ru": (
        "Стандарты обслуживания",
        "<p>Курсы по стандартам обслуживания клиентов нашей компании.</p>",
    ),
    "de": ("Servicestandards", "<p>Kurse zu den Kundenservice-Standards unseres Unternehmens.</p>"),
    "en": ("Service standards", "<p>Courses on our company's customer-service standards.</p>"),
}

ACCOUNTS = [
    # username, first, last, groups, is_superuser, role label
    ("newhire", "Анна", "Новикова", [roles.EMPLOYEES], False, "new hire"),
    ("employee", "Борис", "Петров", [roles.EMPLOYEES], False, "employee"),
    ("trainer", "Виктория", "Смирнова", [roles.TRAINERS, roles.EMPLOYEES], False, "trainer"),
    (
        "manager",
        "Григорий",
        "Кузнецов",
        [roles.LINE_MANAGERS, roles.EMPLOYEES],
        False,
        "line manager",
    ),
    ("hr", "Дарья", "Иванова", [roles.HR], False, "HR officer"),
    ("admin", "Админ", "Системы", [], True, "administrator"),
]


def _publish(page):
    page.save_revision().publish()
    return page


def locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("ru", "de", "en")
    }


def catalogues(locale_map):
    """One catalogue per language: the Russian one is the site's root, the others translate it."""
    root = Page.get_first_root_node()
    index = CourseIndexPage.objects.filter(locale=locale_map["ru"], depth=2).first()
    if index is None:
        title, intro = CATALOGUE_TITLES["ru"]
        index = CourseIndexPage(title=title, intro=intro, slug="standards", locale=locale_map["ru"])
        root.add_child(instance=index)
        _publish(index)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=index,
            is_default_site=True,
            site_name="Standards LMS",
        )
    elif site.root_page_id != index.pk:
        old = site.root_page
        site.root_page = index
        site.site_name = site.site_name or "Standards LMS"
        site.save()
        # Wagtail's placeholder "Welcome" page is of no use once the catalogue is the home.
        if old.specific_class is Page and not old.get_children().exists():
            old.delete()
    result = {"ru": index}
    for code in ("de", "en"):
        translated = index.get_translation_or_none(locale_map[code])
        if translated is None:
            translated = index.copy_for_translation(locale_map[code])
            title, intro = CATALOGUE_TITLES[code]
            translated.title, translated.draft_title, translated.intro = title, title, intro
            translated.save()
            _publish(translated)
        result[code] = translated.specific
    return result


def audiences(data, locale_map):
    by_code = {}
    for item in data:
        original = Audience.objects.filter(slug=item["code"], locale=locale_map["ru"]).first()
        if original is None:
            original = Audience.objects.create(
                slug=item["code"], name=item["name"]["ru"], locale=locale_map["ru"]
            )
        for code in ("de", "en"):
            if original.get_translation_or_none(locale_map[code]) is None:
                translated = original.copy_for_translation(locale_map[code])
                translated.name = item["name"][code]
                translated.save()
        by_code[item["code"]] = original
    return by_code


def _lesson_fields(lesson):
    return {"title": lesson["title"], "intro": lesson.get("intro", ""), "body": lesson["body"]}


def course(data, index_by_locale, audience_by_code, locale_map):
    """Create one course with its lessons (and translations) unless it is already there."""
    index = index_by_locale[data["locale"]]
    page = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    created = page is None
    if created:
        page = CoursePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            estimated_minutes=data.get("estimated_minutes", 30),
            self_enrol=data.get("self_enrol", True),
            takes_effect_on=data.get("takes_effect_on"),
            locale=index.locale,
        )
        page.audiences = [
            audience_by_code[c].get_translation_or_none(index.locale) or audience_by_code[c]
            for c in data.get("audiences", [])
        ]
        index.add_child(instance=page)
        _publish(page)
        for lesson in data["lessons"]:
            child = LessonPage(slug=lesson["slug"], locale=index.locale, **_lesson_fields(lesson))
            page.add_child(instance=child)
            _publish(child)
    for code, translation in data.get("translations", {}).items():
        _translate_course(page, translation, locale_map[code], audience_by_code, data)
    practice(page, data)
    return page, created


def practice(page, data):
    """The course's role-plays and quiz, embedded at the end of its last lesson (and translations).

    A translation whose data has a quiz or role-plays of its own (``translations[code]["quiz"]``,
    ``["scenarios"]``) practises in its language: it embeds those instead of the original's. A
    role-play with the original's slug becomes its translation, and a quiz names the original it is
    a language version of, so a pass in any language counts for certification.

    Embedded once, when they are first created: a trainer who moves or removes them later keeps
    their choice when the demo is loaded again.
    """
    original_blocks = _practice_blocks(page, data)
    last = LessonPage.objects.child_of(page).order_by("-path").first()
    if last is None:
        return
    for lesson in [last, *last.get_translations()]:
        lesson = lesson.specific
        own = {}
        if lesson.pk != last.pk:
            own = data.get("translations", {}).get(lesson.locale.language_code, {})
        blocks = original_blocks
        translated = page.get_translation_or_none(lesson.locale)
        if (own.get("quiz") or own.get("scenarios")) and translated is not None:
            blocks = _practice_blocks(translated, own)
        new_blocks = [(block_type, value) for block_type, value, created in blocks if created]
        if not new_blocks:
            continue
        if blocks is not original_blocks:
            # A demo loaded before this language had its own practice embeds the original's.
            _remove_embeds(lesson, original_blocks)
        for block_type, value in new_blocks:
            lesson.body.append((block_type, value))
        _publish(lesson)


def _practice_blocks(page, data):
    """``(block type, value, newly created)`` for the role-plays and the quiz of ``data``."""
    blocks = []
    for item in data.get("scenarios", []):
        exists = Scenario.objects.filter(slug=item["slug"], locale=page.locale).exists()
        scenario = create_scenario_from_dict(item, page.locale, standard=page)
        blocks.append(("roleplay", {"scenario": scenario, "heading": ""}, not exists))
    if data.get("quiz"):
        quiz, quiz_created = create_quiz_from_dict({"category": data["title"], **data["quiz"]})
        blocks.append(("quiz", {"quiz": quiz, "heading": "", "intro": ""}, quiz_created))
    return blocks


_EMBEDDED = {"roleplay": "scenario", "quiz": "quiz"}  # block type: its chooser's field


def _remove_embeds(lesson, blocks):
    embedded = {(block_type, value[_EMBEDDED[block_type]].pk) for block_type, value, _ in blocks}
    for position in reversed(range(len(lesson.body))):
        block = lesson.body[position]
        field = _EMBEDDED.get(block.block_type)
        if field and (block.block_type, getattr(block.value[field], "pk", None)) in embedded:
            del lesson.body[position]


def _translate_course(page, data, locale, audience_by_code, original_data):
    if page.get_translation_or_none(locale) is not None:
        return
    translated = page.copy_for_translation(locale)
    translated.title = translated.draft_title = data["title"]
    translated.summary = data["summary"]
    translated.save()
    translated.audiences = [
        audience_by_code[c].get_translation_or_none(locale) or audience_by_code[c]
        for c in original_data.get("audiences", [])
    ]
    _publish(translated)
    lessons = list(LessonPage.objects.child_of(page).order_by("path"))
    for lesson, lesson_data in zip(lessons, data["lessons"], strict=True):
        copy = lesson.copy_for_translation(locale)
        for name, value in _lesson_fields(lesson_data).items():
            setattr(copy, name, value)
        copy.draft_title = copy.title
        copy.save()
        _publish(copy)


def accounts():
    User = get_user_model()
    users = {}
    for username, first, last, group_names, is_superuser, _label in ACCOUNTS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username=username,
                password=DEMO_PASSWORD,
                first_name=first,
                last_name=last,
                email=f"{username}@example.com",
                is_staff=is_superuser,
                is_superuser=is_superuser,
            )
        user.groups.add(*Group.objects.filter(name__in=group_names))
        users[username] = user
    return users


def onboarding_plan(courses_by_slug):
    """The new hire's onboarding plan: the first three Russian courses."""
    return [c for c in courses_by_slug.values() if c.locale.language_code == "ru"][:3]


def learning(users, courses_by_slug):
    """The new hire is enrolled on an onboarding plan and has done nothing yet.

    Everyone else's training (the employee's too) is replayed by ``organisation.history``.
    """
    today = timezone.localdate()
    newhire = users["newhire"]
    for offset, page in enumerate(onboarding_plan(courses_by_slug)):
        enroll(
            newhire,
            page,
            source=Enrollment.Source.RULE,
            due_date=today + datetime.timedelta(days=14 + 7 * offset),
        )


# The demo company, named on certificates and on the public verification page.
COMPANY = {
    "company_name": "Торговый дом «Орбита»",
    "signatory": "Дарья Иванова, руководитель отдела персонала",
}
LOGO_FILE = Path(__file__).with_name("company_logo.png")
LOGO_TITLE = "Логотип «Орбита» (демо)"


def company(site):
    """Settings → Company of the demo: name, logo and signatory, each only while it is empty
    (what someone has entered since is kept); the logo is loaded once as a Wagtail image."""
    from wagtail.images import get_image_model

    Image = get_image_model()  # noqa: N806 — a model class
    settings = CompanySettings.for_site(site)
    changed = []
    for field, value in COMPANY.items():
        if not getattr(settings, field):
            setattr(settings, field, value)
            changed.append(field)
    if settings.logo_id is None:
        logo = Image.objects.filter(title=LOGO_TITLE).first()
        if logo is None:
            with LOGO_FILE.open("rb") as handle:
                logo = Image(title=LOGO_TITLE)
                logo.file = ImageFile(handle, name="demo-company-logo.png")
                logo.save()
        settings.logo = logo
        changed.append("logo")
    if changed:
        settings.save()
    return settings


def announce(page, days):
    """A standard announced ahead: live now, "takes effect on" a date ``days`` from today, and a
    revision scheduled to go live that morning, saying that it is now binding. Once only: a page
    with a date (set here before, or by a trainer) is left alone."""
    if page.takes_effect_on is not None:
        return False
    effective = timezone.localdate() + datetime.timedelta(days=days)
    page.takes_effect_on = effective
    _publish(page)
    binding = page.get_latest_revision_as_object()
    binding.summary = f"{page.summary} Стандарт обязателен с {effective:%d.%m.%Y}."
    binding.go_live_at = timezone.make_aware(datetime.datetime.combine(effective, datetime.time(6)))
    # Scheduled as the admin's "publish" with a future date schedules a live page's revision:
    # approved to go live then (Wagtail's publish_scheduled), the live page unchanged till then.
    revision = binding.save_revision()
    revision.approved_go_live_at = binding.go_live_at
    revision.save(update_fields=["approved_go_live_at"])
    return True


@transaction.atomic
def build(content):
    locale_map = locales()
    index_by_locale = catalogues(locale_map)
    # Before the history is replayed: certificates issued there name the company.
    company(Site.objects.get(is_default_site=True))
    audience_by_code = audiences(content.AUDIENCES, locale_map)
    courses_by_slug = {}
    created = 0
    for data in content.COURSES:
        page, was_created = course(data, index_by_locale, audience_by_code, locale_map)
        courses_by_slug[data["slug"]] = page
        created += was_created
    users = accounts()
    learning(users, courses_by_slug)
    # Certification policies, the demo organisation and everyone's training history.
    replayed = organisation.build(
        users, courses_by_slug, audience_by_code, onboarding_plan(courses_by_slug)
    )
    for data in content.COURSES:
        if data.get("takes_effect_in_days"):
            page = CoursePage.objects.get(pk=courses_by_slug[data["slug"]].pk)
            announce(page, data["takes_effect_in_days"])
    return {
        "courses": len(courses_by_slug),
        "created": created,
        "users": users,
        "history_replayed": replayed,
    }
