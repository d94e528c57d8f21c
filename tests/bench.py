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
    readiness_board(client, catalogue)
    return 0


def readiness_board(client, catalogue, courses=50, sizes=(1_000, 10_000)):
    """The HR readiness board and its CSV export with 1 000 and then 10 000 people × 50 courses.

    People and profiles are made with bulk_create (no signals, one hashed password for all), the
    10 000 × 50 = 500 000 status rows with executemany of plain tuples: seconds, not minutes.
    Prints the first board page's median time and query count, and the CSV export's time, size
    and peak Python memory (tracemalloc): the export streams, so its peak must stay about the
    same from 1 000 to 10 000 people.
    """
    import datetime as dt
    import tracemalloc

    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.db import connection, transaction
    from django.urls import reverse
    from django.utils import timezone

    from lms import roles
    from lms.certification.models import CourseStatus, State
    from lms.staff.models import Department, EmployeeProfile
    from tests.courses.factories import make_course
    from tests.lms.factories import UserFactory

    User = get_user_model()
    start = time.perf_counter()
    if connection.vendor == "sqlite":
        # A scratch database: no need to wait for the disk after every write.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute("PRAGMA journal_mode = MEMORY")
    pages = [make_course(catalogue, lessons=0)[0] for _ in range(courses)]
    departments = Department.objects.bulk_create(
        Department(name=f"Bench department {i}", code=f"bench-{i}") for i in range(10)
    )
    managers = UserFactory.create_batch(20)
    hr = UserFactory()
    hr.groups.add(Group.objects.get(name=roles.HR))
    password = make_password("bench")
    states = [s for s, _label in State.choices if s != State.NOT_ASSIGNED]
    today = timezone.localdate()
    now = timezone.now()
    client.force_login(hr)
    board_url = reverse("reports_admin:board")
    csv_url = reverse("reports_admin:board_csv")
    made = 0
    print()
    header = ("board/export", "people", "statuses", "queries", "median ms", "MB", "peak MB")
    print(f"{header[0]:<14}" + "".join(f"{h:>11}" for h in header[1:]))
    for size in sizes:
        fill_start = time.perf_counter()
        with transaction.atomic():  # one commit for the whole batch
            batch = range(made, size)
            users = User.objects.bulk_create(
                (
                    User(
                        username=f"bench{n:05d}",
                        first_name=f"Имя{n}",
                        last_name=f"Фамилия{n:05d}",
                        password=password,
                    )
                    for n in batch
                ),
                batch_size=2000,
            )
            EmployeeProfile.objects.bulk_create(
                (
                    EmployeeProfile(
                        user=user,
                        employee_number=f"B{n:05d}",
                        department=departments[n % len(departments)],
                        line_manager=managers[n % len(managers)],
                        hire_date=dt.date(2024, 1, 1),
                    )
                    for n, user in zip(batch, users, strict=True)
                ),
                batch_size=2000,
            )
            # 50 status rows a person: inserted as plain tuples, in batches of 5 000 (building
            # 500 000 model instances for bulk_create alone would take minutes).
            statuses_made = _insert_statuses(
                connection,
                (
                    (
                        user.pk,
                        page.pk,
                        states[(n + c) % len(states)],
                        (n + c) % 11 == 0,
                        today + dt.timedelta(days=(n + c) % 90 - 30),
                        today + dt.timedelta(days=(n * c) % 400),
                        now,
                    )
                    for n, user in zip(batch, users, strict=True)
                    for c, page in enumerate(pages)
                ),
            )
        made = size
        print(
            f"  ({size - len(batch) and 'added' or 'made'} {len(batch)} people, "
            f"{statuses_made} statuses in {time.perf_counter() - fill_start:.1f} s)"
        )
        statuses = CourseStatus.objects.count()

        client.get(board_url)
        executed = []

        def count(execute, sql, params, many, context, log=executed):
            log.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            warm = client.get(board_url)
        assert warm.status_code == 200, warm.status_code
        samples = []
        for _ in range(5):
            begin = time.perf_counter()
            assert client.get(board_url).status_code == 200
            samples.append((time.perf_counter() - begin) * 1000)
        print(
            f"{'board page 1':<14}{size:>11}{statuses:>11}{len(executed):>11}"
            f"{statistics.median(samples):>11.1f}{'':>11}{'':>11}"
        )

        def export():
            response = client.get(csv_url)
            assert response.status_code == 200, response.status_code
            return sum(len(chunk) for chunk in response.streaming_content)

        begin = time.perf_counter()
        size_bytes = export()
        took = (time.perf_counter() - begin) * 1000
        tracemalloc.start()
        export()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"{'CSV export':<14}{size:>11}{statuses:>11}{'':>11}{took:>11.1f}"
            f"{size_bytes / 2**20:>11.1f}{peak / 2**20:>11.1f}"
        )
    print(f"  (readiness board bench: {time.perf_counter() - start:.1f} s in all)")


def _insert_statuses(connection, rows, batch_size=5000):
    """Insert (user, course, state, overdue, due, expires, now) tuples as required status rows."""
    import itertools

    from lms.certification.models import CourseStatus

    table = connection.ops.quote_name(CourseStatus._meta.db_table)
    columns = (
        "user_id, course_id, state, overdue, due_date, expires_on, cycle_started_at, changed_at, "
        "required, cycle"
    )
    # The table name is the model's own, not input.
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * 10)})"  # noqa: S608
    made = 0
    date, moment = connection.ops.adapt_datefield_value, connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        while batch := list(itertools.islice(rows, batch_size)):
            cursor.executemany(
                sql,
                [
                    (
                        user,
                        course,
                        state,
                        overdue,
                        date(due),
                        date(expires),
                        moment(now),
                        moment(now),
                        True,
                        1,
                    )
                    for user, course, state, overdue, due, expires, now in batch
                ],
            )
            made += len(batch)
    return made


if __name__ == "__main__":
    sys.exit(main())
