"""Benchmarks for the speeds the issues name: `make bench`.

Builds a throwaway SQLite database (or uses DATABASE_URL), fills it at two sizes and reports the
median time and SQL query count of the pages a person opens. Timings are printed, not asserted:
they depend on the machine. Query counts are pinned by the test suite.
"""

import os
import statistics
import sys
import tempfile
import time


def main():
    tmp = tempfile.mkdtemp(prefix="lms-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    setup_test_environment()
    # Keep one connection across requests, so the query log survives request_finished.
    connection.settings_dict["CONN_MAX_AGE"] = None
    call_command("migrate", verbosity=0)

    from courses.models import LessonCompletion
    from tests.courses.factories import make_catalogue, make_course
    from tests.lms.factories import UserFactory

    catalogue = make_catalogue()
    client = Client()
    header = ("page", "lessons", "learners", "completions", "queries", "median ms")
    print(f"{header[0]:<12}" + "".join(f"{h:>12}" for h in header[1:]))
    for lessons, learners in ((5, 10), (40, 400)):
        course, pages = make_course(catalogue, lessons=lessons)
        people = UserFactory.create_batch(learners)
        LessonCompletion.objects.bulk_create(
            LessonCompletion(user=p, lesson=lesson)
            for p in people
            for lesson in pages[: lessons // 2]
        )
        client.force_login(people[0])
        for name, url in (
            ("catalogue", catalogue.url),
            ("course", course.url),
            ("lesson", pages[1].url),
            ("dashboard", reverse("lms:dashboard")),
        ):
            client.get(url)
            executed = []

            def count(execute, sql, params, many, context, log=executed):
                log.append(sql)
                return execute(sql, params, many, context)

            with connection.execute_wrapper(count):
                warm = client.get(url)
            assert warm.status_code == 200, (url, warm.status_code)
            samples = []
            for _ in range(30):
                start = time.perf_counter()
                response = client.get(url)
                samples.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            print(
                f"{name:<12}{lessons:>12}{learners:>12}{LessonCompletion.objects.count():>12}"
                f"{len(executed):>12}{statistics.median(samples):>12.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
