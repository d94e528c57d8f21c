"""Read-only queries behind the catalogue, course and lesson pages.

Each runs a fixed number of SQL queries whatever the number of lessons, learners and completions
(pinned by tests/courses/test_queries_pages.py).
"""

from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from .models import Audience, CoursePage, Enrollment, LessonCompletion, LessonPage


@dataclass(frozen=True)
class LessonItem:
    page: LessonPage
    number: int
    done: bool


@dataclass(frozen=True)
class Outline:
    lessons: list = field(default_factory=list)
    enrollment: Enrollment | None = None

    @property
    def total(self):
        return len(self.lessons)

    @property
    def done(self):
        return sum(1 for item in self.lessons if item.done)

    @property
    def percent(self):
        return percent(self.done, self.total)

    @property
    def next_item(self):
        """Where to continue: the first lesson not yet done."""
        return next((item for item in self.lessons if not item.done), None)

    @property
    def started(self):
        return self.done > 0

    @property
    def completed(self):
        return bool(self.enrollment and self.enrollment.completed_at)


def percent(done, total):
    if not total:
        return 0
    return min(100, round(done * 100 / total))


def _lessons_of(course):
    return list(
        LessonPage.objects.live()
        .child_of(course)
        .select_related("locale")
        .only(
            "id",
            "title",
            "slug",
            "url_path",
            "path",
            "depth",
            "intro",
            "translation_key",
            "locale",
            "draft_title",
            "live",
        )
        .order_by("path")
    )


def _outline(lessons, course, user):
    enrollment = None
    done_keys = set()
    if user.is_authenticated:
        done_keys = set(
            LessonCompletion.objects.filter(
                user=user,
                lesson__translation_key__in=[lesson.translation_key for lesson in lessons],
            ).values_list("lesson__translation_key", flat=True)
        )
        enrollment = Enrollment.objects.filter(
            user=user, course__translation_key=course.translation_key
        ).first()
    items = [
        LessonItem(page=lesson, number=n, done=lesson.translation_key in done_keys)
        for n, lesson in enumerate(lessons, start=1)
    ]
    return Outline(lessons=items, enrollment=enrollment)


def course_outline(course, user):
    return _outline(_lessons_of(course), course, user)


def lesson_context(lesson, user):
    course = (
        CoursePage.objects.ancestor_of(lesson)
        .filter(depth=lesson.depth - 1)
        .select_related("locale")
        .first()
    )
    lessons = _lessons_of(course)
    outline = _outline(lessons, course, user)
    index = next((i for i, item in enumerate(outline.lessons) if item.page.pk == lesson.pk), None)
    previous_item = outline.lessons[index - 1] if index else None
    next_item = (
        outline.lessons[index + 1]
        if index is not None and index + 1 < len(outline.lessons)
        else None
    )
    current = outline.lessons[index] if index is not None else None
    return {
        "course": course,
        "outline": outline,
        "current": current,
        "previous_item": previous_item,
        "next_item": next_item,
    }


def catalogue(index_page, user, audience_slug=""):
    """Courses of a catalogue, optionally for one audience, with the person's state on each."""
    lesson_count = (
        LessonPage.objects.live()
        .filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
        .order_by()
        .values("depth")
        .annotate(n=Count("pk"))
        .values("n")
    )
    courses = (
        CoursePage.objects.live()
        .child_of(index_page)
        .select_related("locale", "cover_image")
        .prefetch_related("audiences")
        .annotate(lesson_count=Coalesce(Subquery(lesson_count), 0))
        .order_by("path")
    )
    audiences = list(Audience.objects.filter(locale_id=index_page.locale_id))
    selected = next((a for a in audiences if a.slug == audience_slug), None)
    if selected is not None:
        courses = courses.filter(audiences__slug=selected.slug).distinct()
    courses = list(courses)
    states = {}
    if user.is_authenticated:
        for key, completed_at in Enrollment.objects.filter(
            user=user, course__translation_key__in=[c.translation_key for c in courses]
        ).values_list("course__translation_key", "completed_at"):
            states[key] = "completed" if completed_at else "enrolled"
    items = [(course, states.get(course.translation_key, "")) for course in courses]
    return {"items": items, "audiences": audiences, "selected_audience": selected}


def dashboard(user, locale=None):
    """The person's courses with progress, shown in their language where a translation exists."""
    enrollments = list(
        Enrollment.objects.filter(user=user)
        .select_related("course", "course__locale")
        .order_by("completed_at", "due_date", "enrolled_at")
    )
    if not enrollments:
        return []
    courses = [e.course for e in enrollments]
    lesson_rows = LessonPage.objects.none()
    for course in courses:
        lesson_rows = lesson_rows | LessonPage.objects.live().child_of(course)
    lessons_by_course = {}
    for pk, path in lesson_rows.values_list("pk", "path"):
        lessons_by_course.setdefault(path[: -LessonPage.steplen], set()).add(pk)
    done = set(LessonCompletion.objects.filter(user=user).values_list("lesson_id", flat=True))
    localized = {}
    if locale is not None:
        localized = {
            c.translation_key: c
            for c in CoursePage.objects.live()
            .filter(translation_key__in=[c.translation_key for c in courses], locale=locale)
            .select_related("locale")
        }
    rows = []
    for enrollment in enrollments:
        lesson_ids = lessons_by_course.get(enrollment.course.path, set())
        shown = localized.get(enrollment.course.translation_key, enrollment.course)
        rows.append(
            {
                "enrollment": enrollment,
                "course": shown,
                "total": len(lesson_ids),
                "done": len(lesson_ids & done),
                "percent": percent(len(lesson_ids & done), len(lesson_ids)),
                "state": (
                    "completed"
                    if enrollment.completed_at
                    else ("in_progress" if lesson_ids & done else "not_started")
                ),
            }
        )
    return rows


@dataclass
class Shown:
    """A course as one person sees it: its version in their language, or else the one there is
    (``other_language`` then names that language, so the page can say so)."""

    course: object
    title: str
    other_language: str | None = None


def in_language(courses, language=None):
    """course pk → ``Shown`` for each course (one query): its live translation in ``language``
    (the active language by default), or the course itself when it has none."""
    from django.utils.translation import get_language, get_language_info

    language = language or get_language()
    courses = [c for c in courses if c is not None]
    if not courses:
        return {}
    translations = {
        page.translation_key: page
        for page in CoursePage.objects.live()
        .filter(
            translation_key__in={c.translation_key for c in courses},
            locale__language_code=language,
        )
        .only("pk", "title", "translation_key", "url_path", "locale_id")
    }
    shown = {}
    for course in courses:
        found = translations.get(course.translation_key)
        if found is not None:
            shown[course.pk] = Shown(found, found.title)
        else:
            code = course.locale.language_code
            name = get_language_info(code)["name_translated"] if code != language else None
            shown[course.pk] = Shown(course, course.title, name)
    return shown
