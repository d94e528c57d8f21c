"""Builders for course trees. Pages need a parent, so these are functions, not bare factories."""

import factory
from wagtail.models import Locale, Page, Site

from courses.models import CourseIndexPage, CoursePage, LessonPage

SAMPLE_BODY = [
    ("heading", {"text": "Приветствие", "level": "h2"}),
    ("paragraph", "<p>Клиента приветствуют в течение десяти секунд.</p>"),
    (
        "rule",
        {
            "title": "Не заставляйте ждать",
            "rule": "Заметьте клиента сразу.",
            "why": "Ожидание без внимания раздражает сильнее, чем само ожидание.",
        },
    ),
]

EVERY_BLOCK_BODY = [
    *SAMPLE_BODY,
    (
        "procedure",
        {
            "title": "Алгоритм",
            "situation": "Клиент в зале",
            "steps": [
                {"action": "Поздороваться", "phrase": "Добрый день!"},
                {"action": "Предложить помощь", "phrase": ""},
            ],
        },
    ),
    (
        "phrases",
        {
            "title": "Речь",
            "context": "У витрины",
            "pairs": [{"avoid": "Все товары перед вами", "use": "Подойдите", "why": "Забота"}],
        },
    ),
    ("do_dont", {"title": "Коротко", "do": ["Улыбаться"], "dont": ["Спорить"]}),
    ("checklist", {"title": "Критерии", "criteria": [{"code": "greets", "text": "Приветствует"}]}),
    (
        "case",
        {"title": "Пицца", "story": "Семь человек ждут.", "lesson": "Важно.", "outcome": "bad"},
    ),
    ("quote", {"quote": "Стандарт знают все.", "attribution": "Статья"}),
    ("callout", {"kind": "warning", "title": "Внимание", "text": "Не спорьте."}),
    (
        "video",
        {"url": "https://intranet.example.com/v.mp4", "caption": "Встреча", "transcript": "Текст"},
    ),
]


def make_catalogue(locale_code="ru"):
    root = Page.get_first_root_node()
    locale = Locale.objects.get_or_create(language_code=locale_code)[0]
    index = CourseIndexPage(title="Каталог", slug=f"catalogue-{locale_code}", locale=locale)
    root.add_child(instance=index)
    site = Site.objects.get(is_default_site=True)
    site.root_page = index
    site.save()
    return index


class CourseFactory(factory.Factory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Стандарт {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")
    summary = "Как мы встречаем клиента."
    estimated_minutes = 20


class LessonFactory(factory.Factory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Урок {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    intro = "Коротко об уроке."
    body = factory.LazyFunction(lambda: list(SAMPLE_BODY))


def make_course(parent, lessons=3, **kwargs):
    course = CourseFactory(locale=parent.locale, **kwargs)
    parent.add_child(instance=course)
    pages = []
    for _ in range(lessons):
        lesson = LessonFactory(locale=parent.locale)
        course.add_child(instance=lesson)
        pages.append(lesson)
    return course, pages
