"""Course, lesson, catalogue and dashboard pages run a fixed number of SQL queries,
whatever the number of lessons, learners and completions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.services import complete_lesson
from tests.courses.factories import make_course
from tests.lms.factories import UserFactory


def build(catalogue, lessons, learners, courses=1):
    made = [make_course(catalogue, lessons=lessons) for _ in range(courses)]
    people = UserFactory.create_batch(learners)
    for person in people:
        for _page, pages in made:
            for lesson in pages[: lessons // 2 + 1]:
                complete_lesson(person, lesson)
    return made, people[0]


def count_queries(client, url):
    client.get(url)  # warm caches that are per process (site root paths, content types)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("page_kind", ["course", "lesson", "catalogue", "dashboard"])
def test_query_count_does_not_grow_with_data(client, catalogue, page_kind):
    counts = []
    for lessons, learners, courses in ((2, 1, 1), (12, 6, 4)):
        made, person = build(catalogue, lessons, learners, courses)
        client.force_login(person)
        page, pages = made[-1]
        url = {
            "course": page.url,
            "lesson": pages[1].url,
            "catalogue": catalogue.url,
            "dashboard": reverse("lms:dashboard"),
        }[page_kind]
        counts.append(count_queries(client, url))
    assert counts[0] == counts[1], counts


@pytest.mark.parametrize(
    ("page_kind", "expected"),
    [("course", 16), ("lesson", 18), ("catalogue", 14), ("dashboard", 19)],
)
def test_query_count_is_pinned(client, catalogue, page_kind, expected):
    made, person = build(catalogue, 5, 3, 2)
    client.force_login(person)
    page, pages = made[0]
    url = {
        "course": page.url,
        "lesson": pages[1].url,
        "catalogue": catalogue.url,
        "dashboard": reverse("lms:dashboard"),
    }[page_kind]
    assert count_queries(client, url) == expected
