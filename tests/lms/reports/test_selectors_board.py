"""The board's set, filters, totals, pages and its fixed number of SQL queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.certification.models import CourseStatus, State
from lms.reports import rules, selectors
from lms.reports.selectors import Filters
from tests.lms.staff.factories import EmployeeProfileFactory

pytestmark = pytest.mark.django_db


def names(board):
    return [row.profile.user.first_name for row in board.rows]


def board_for(org, viewer=None, scope=rules.ALL, page=1, per_page=50, **filters):
    return selectors.board(viewer, scope, Filters(**filters), page, org.today, per_page=per_page)


def test_everyone_active_in_scope_all_sorted_by_surname(org):
    board = board_for(org)
    assert names(board) == ["Anna", "Boris", "Dmitri", "Clara"]  # Alpha, Beta, Delta, Gamma
    assert [title for _pk, title in board.columns] == ["Greeting", "Returns"]  # not Optional


def test_a_line_manager_sees_only_their_team(org):
    board = board_for(org, viewer=org.lena, scope=rules.TEAM)
    assert names(board) == ["Anna", "Boris", "Clara"]
    # Filtering by another manager only narrows: nothing of Max's team leaks.
    assert names(board_for(org, viewer=org.lena, scope=rules.TEAM, line_manager=org.max.pk)) == []


def test_no_scope_shows_nobody(org):
    assert names(board_for(org, viewer=org.lena, scope=None)) == []
    assert names(board_for(org, viewer=None, scope=rules.TEAM)) == []


@pytest.mark.parametrize(
    "filters, expected",
    [
        (lambda o: {"department": o.warehouse.pk}, ["Dmitri"]),
        (lambda o: {"job_role": o.cashier.pk}, ["Boris"]),
        (lambda o: {"line_manager": o.max.pk}, ["Dmitri"]),
        (lambda o: {"status": State.EXPIRED}, ["Clara"]),
        (lambda o: {"status": rules.OVERDUE}, ["Anna"]),
        (lambda o: {"status": State.ASSIGNED}, ["Anna", "Dmitri"]),
        (lambda o: {"course": o.returns.pk}, ["Anna", "Boris"]),
        (lambda o: {"q": "gamma"}, ["Clara"]),
        (lambda o: {"q": "E200"}, ["Boris"]),
        (lambda o: {"q": "anna alpha"}, ["Anna"]),
        (lambda o: {"department": o.sales.pk, "status": State.CERTIFIED}, ["Boris"]),
    ],
)
def test_each_filter_narrows_the_rows(org, filters, expected):
    assert names(board_for(org, **filters(org))) == expected


def test_pair_filters_narrow_the_columns_and_cells(org):
    board = board_for(org, course=org.returns.pk)
    assert [title for _pk, title in board.columns] == ["Returns"]
    board = board_for(org, status=rules.OVERDUE)
    assert [title for _pk, title in board.columns] == ["Returns"]
    (anna,) = board.rows
    ((title, cell),) = anna.cells
    assert title == "Returns" and cell.state == State.ASSIGNED and cell.overdue


def test_cells_carry_state_and_dates(org):
    board = board_for(org)
    anna = board.rows[0]
    greeting, returns = (cell for _title, cell in anna.cells)
    assert greeting.state == State.EXPIRING and greeting.show_expiry and not greeting.show_due
    assert returns.overdue and returns.show_due
    dmitri = board.rows[2]
    assert dmitri.cells[1] == ("Returns", None)  # not required of him


def test_totals_of_a_known_set(org):
    totals = board_for(org).totals
    assert totals == selectors.Totals(
        people=4,
        current=2,  # Anna expiring, Boris certified
        expiring_30=1,  # Anna (20 days)
        expiring_60=2,  # Anna and Boris (45 days)
        expired=1,  # Clara (the inactive person's expired row is not counted)
        overdue=1,  # Anna on Returns
        not_started=2,  # Anna on Returns, Dmitri on Greeting
    )
    team = board_for(org, viewer=org.max, scope=rules.TEAM).totals
    assert (team.people, team.current, team.not_started) == (1, 0, 1)


def test_totals_follow_the_filters(org):
    totals = board_for(org, course=org.greeting.pk, department=org.sales.pk).totals
    assert (totals.people, totals.current, totals.expired, totals.not_started) == (3, 2, 1, 0)


def test_pagination_by_people(org):
    first = board_for(org, per_page=3, page=1)
    second = board_for(org, per_page=3, page=2)
    assert names(first) == ["Anna", "Boris", "Dmitri"]
    assert names(second) == ["Clara"]
    assert first.page.paginator.num_pages == 2
    assert first.totals.people == second.totals.people == 4  # totals cover every page
    assert names(board_for(org, per_page=3, page="nonsense")) == names(first)


def test_people_without_required_courses_are_listed_unless_a_course_or_status_is_chosen(org):
    EmployeeProfileFactory(user__first_name="Zoe", user__last_name="Zeta", department=org.sales)
    assert "Zoe" in names(board_for(org))
    assert "Zoe" not in names(board_for(org, status=State.ASSIGNED))


def test_export_rows_cover_every_page_and_follow_the_scope(org):
    rows = list(selectors.export_rows(None, rules.ALL, Filters(), chunk_size=2))
    assert [(r.name, r.course) for r in rows] == [
        ("Alpha Anna", "Greeting"),
        ("Alpha Anna", "Returns"),
        ("Beta Boris", "Greeting"),
        ("Beta Boris", "Returns"),
        ("Delta Dmitri", "Greeting"),
        ("Gamma Clara", "Greeting"),
    ]
    team = list(selectors.export_rows(org.max, rules.TEAM, Filters()))
    assert [(r.name, r.line_manager, r.department) for r in team] == [
        ("Delta Dmitri", "Manager Max", "Warehouse")
    ]
    overdue = list(selectors.export_rows(None, rules.ALL, Filters(status=rules.OVERDUE)))
    assert [(r.employee_number, r.course, r.overdue) for r in overdue] == [
        ("E100", "Returns", True)
    ]


def _grow(org, people, courses):
    """``people`` more people in sales, each required on ``courses`` (bulk, no signals)."""
    profiles = [
        EmployeeProfileFactory(department=org.sales, line_manager=org.lena) for _ in range(people)
    ]
    CourseStatus.objects.bulk_create(
        CourseStatus(user=p.user, course=c, state=State.ASSIGNED, required=True)
        for p in profiles
        for c in courses
    )


def _count_queries(org, **filters):
    with CaptureQueriesContext(connection) as queries:
        board = board_for(org, **filters)
        assert board.rows
    return len(queries)


def test_the_board_page_uses_a_fixed_number_of_queries(org, catalogue):
    """The same number of queries with 10 and with 100 people (more courses too).

    The 10 000 people × 50 courses case is measured by `make bench` (tests/bench.py).
    """
    from tests.courses.factories import make_course

    _grow(org, 6, [org.greeting, org.returns])  # 10 people
    small = _count_queries(org)
    small_filtered = _count_queries(org, department=org.sales.pk, status=State.ASSIGNED)
    more = [make_course(catalogue, lessons=0)[0] for _ in range(3)]
    _grow(org, 90, [org.greeting, org.returns, *more])  # 100 people, 5 courses
    assert board_for(org).totals.people == 100
    assert _count_queries(org) == small
    assert _count_queries(org, department=org.sales.pk, status=State.ASSIGNED) == small_filtered
    assert small == 6  # count, page of people, columns, course titles, page's statuses, totals


def test_course_titles_follow_the_viewers_language(org):
    from wagtail.models import Locale

    german = org.greeting.copy_for_translation(
        Locale.objects.get_or_create(language_code="de")[0], copy_parents=True
    )
    german.title = "Begrüßung"
    german.save_revision().publish()
    board = board_for(org)
    assert [title for _pk, title in board.columns] == ["Greeting", "Returns"]
    board = selectors.board(None, rules.ALL, Filters(), 1, org.today, language="de")
    assert [title for _pk, title in board.columns] == ["Begrüßung", "Returns"]
    rows = selectors.export_rows(None, rules.ALL, Filters(course=org.greeting.pk), language="de")
    assert {row.course for row in rows} == {"Begrüßung"}
