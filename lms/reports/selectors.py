"""Read-only queries of the readiness board, each with a fixed number of SQL queries.

The board is a matrix of people × required courses. Its *set* is the person × course pairs
(``CourseStatus`` rows with ``required=True``) of the people in the viewer's scope that match the
filters; the page, the columns, the totals and the exports all read the same set:

- people: active profiles in scope (everyone for HR, the own reports for a line manager) narrowed
  by department, job role, line manager and search; with a course or status filter, only people
  having a matching pair;
- columns: the courses of the matching pairs (at most ``COURSE_LIMIT``);
- one page of people (two queries: count, rows), their pairs for the columns (one query), the
  totals of the whole set (one aggregate query). Nothing loops over people or courses in SQL.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from courses.models import CoursePage
from lms.certification.models import HOLDING, CourseStatus, State
from lms.staff.models import Department, EmployeeProfile, JobRole

from . import rules

PER_PAGE = 50
COURSE_LIMIT = 60
EXPORT_CHUNK = 2000


@dataclass(frozen=True)
class Filters:
    department: int | None = None
    job_role: int | None = None
    line_manager: int | None = None
    status: str = ""
    course: int | None = None
    q: str = ""

    @property
    def narrows_pairs(self):
        return bool(self.status or self.course)


@dataclass
class Totals:
    people: int = 0
    current: int = 0
    expiring_30: int = 0
    expiring_60: int = 0
    expired: int = 0
    overdue: int = 0
    not_started: int = 0


@dataclass
class Row:
    profile: EmployeeProfile
    name: str
    manager: str = ""
    cells: list = field(default_factory=list)  # (course title, Cell or None) per column


@dataclass
class Board:
    rows: list
    columns: list  # (course id, title)
    more_columns: bool
    totals: Totals
    page: object


# Scope -------------------------------------------------------------------------------------


def people_in_scope(viewer, scope):
    """Active people the viewer may see: everyone (``ALL``), their own reports (``TEAM``), or
    nobody (anything else: fail closed)."""
    people = EmployeeProfile.objects.filter(active=True, user__is_active=True)
    if scope == rules.ALL:
        return people
    if scope == rules.TEAM and getattr(viewer, "pk", None):
        return people.filter(line_manager_id=viewer.pk)
    return people.none()


def _pair_conditions(filters):
    conditions = Q(required=True)
    if filters.course:
        conditions &= Q(course_id=filters.course)
    if filters.status == rules.OVERDUE:
        conditions &= Q(overdue=True)
    elif filters.status:
        conditions &= Q(state=filters.status)
    return conditions


def filtered_people(viewer, scope, filters):
    people = people_in_scope(viewer, scope)
    if filters.department:
        people = people.filter(department_id=filters.department)
    if filters.job_role:
        people = people.filter(job_role_id=filters.job_role)
    if filters.line_manager:
        people = people.filter(line_manager_id=filters.line_manager)
    for word in filters.q.split()[:5]:
        people = people.filter(
            Q(employee_number__icontains=word)
            | Q(user__first_name__icontains=word)
            | Q(user__last_name__icontains=word)
            | Q(user__username__icontains=word)
        )
    if filters.narrows_pairs:
        matching = CourseStatus.objects.filter(_pair_conditions(filters))
        people = people.filter(user_id__in=matching.values("user_id"))
    return people


def pairs(viewer, scope, filters):
    """The board's set: the filtered people's required course statuses matching the filters."""
    people = filtered_people(viewer, scope, filters)
    return CourseStatus.objects.filter(
        _pair_conditions(filters), user_id__in=people.values("user_id")
    )


def totals(pair_set, today):
    within_30, within_60 = rules.expiry_limits(today)
    holding = Q(state__in=HOLDING)
    counts = pair_set.aggregate(
        current=Count("pk", filter=holding),
        expiring_30=Count(
            "pk", filter=holding & Q(expires_on__gte=today, expires_on__lte=within_30)
        ),
        expiring_60=Count(
            "pk", filter=holding & Q(expires_on__gte=today, expires_on__lte=within_60)
        ),
        expired=Count("pk", filter=Q(state=State.EXPIRED)),
        overdue=Count("pk", filter=Q(overdue=True)),
        not_started=Count("pk", filter=Q(state=State.ASSIGNED)),
    )
    return Totals(**{key: value or 0 for key, value in counts.items()})


def course_titles(language):
    """Each course's title in ``language`` where it is translated, else its own: {pk: title}.

    One query over the course pages (their number does not grow with people or statuses).
    Status rows point at the original page; an HR officer reading German sees German titles.
    """
    try:
        language = get_supported_content_language_variant(language)
    except LookupError:
        language = None
    rows = list(
        CoursePage.objects.values_list("pk", "translation_key", "title", "locale__language_code")
    )
    translated = {key: title for _pk, key, title, code in rows if code == language}
    return {pk: translated.get(key, title) for pk, key, title, _code in rows}


# The board ---------------------------------------------------------------------------------


def board(viewer, scope, filters, page_number, today, per_page=PER_PAGE, language=None):
    """One page of the board: six queries whatever the number of people and courses."""
    people = filtered_people(viewer, scope, filters).select_related(
        "user", "department", "job_role", "line_manager"
    )
    page = Paginator(people.order_by(*EmployeeProfile._meta.ordering), per_page).get_page(
        page_number
    )
    pair_set = pairs(viewer, scope, filters)
    columns = list(
        CoursePage.objects.filter(Exists(pair_set.filter(course_id=OuterRef("pk"))))
        .order_by("title", "pk")
        .values_list("pk", "title")[: COURSE_LIMIT + 1]
    )
    more_columns = len(columns) > COURSE_LIMIT
    titles = course_titles(language or get_language())
    columns = [(pk, titles.get(pk, title)) for pk, title in columns[:COURSE_LIMIT]]

    profiles = list(page.object_list)
    user_ids = [p.user_id for p in profiles]
    course_ids = [pk for pk, _title in columns]
    cells = {}
    if user_ids and course_ids:
        for user_id, course_id, state, overdue, due, expires in CourseStatus.objects.filter(
            _pair_conditions(filters), user_id__in=user_ids, course_id__in=course_ids
        ).values_list("user_id", "course_id", "state", "overdue", "due_date", "expires_on"):
            cells[user_id, course_id] = rules.Cell(state, overdue, due, expires)

    rows = []
    for profile in profiles:
        user = profile.user
        rows.append(
            Row(
                profile=profile,
                name=rules.display_name(user.first_name, user.last_name, user.username),
                manager=rules.display_name(manager.first_name, manager.last_name, manager.username)
                if (manager := profile.line_manager)
                else "",
                cells=[(title, cells.get((profile.user_id, pk))) for pk, title in columns],
            )
        )
    result = totals(pair_set, today)
    result.people = page.paginator.count
    return Board(rows=rows, columns=columns, more_columns=more_columns, totals=result, page=page)


# Filter choices (one query each) -------------------------------------------------------------


def department_choices():
    return Department.objects.order_by("name")


def job_role_choices():
    return JobRole.objects.order_by("name")


def manager_choices(viewer, scope):
    """Line managers of people in scope; for a line manager only themselves."""
    User = get_user_model()
    if scope == rules.TEAM and getattr(viewer, "pk", None):
        return User.objects.filter(pk=viewer.pk)
    if scope != rules.ALL:
        return User.objects.none()
    managed = EmployeeProfile.objects.filter(active=True).values("line_manager_id")
    return User.objects.filter(pk__in=managed).order_by("last_name", "first_name", "username")


def course_choices(viewer, scope):
    """Courses some person in scope is required to take."""
    people = people_in_scope(viewer, scope)
    required = CourseStatus.objects.filter(
        course_id=OuterRef("pk"), required=True, user_id__in=people.values("user_id")
    )
    # EXISTS: one index probe per course, instead of reading every status row.
    return CoursePage.objects.filter(Exists(required)).order_by("title", "pk")


# Exports -----------------------------------------------------------------------------------

EXPORT_FIELDS = (
    "user__profile__employee_number",
    "user__first_name",
    "user__last_name",
    "user__username",
    "user__profile__department__name",
    "user__profile__job_role__name",
    "user__profile__line_manager__first_name",
    "user__profile__line_manager__last_name",
    "user__profile__line_manager__username",
    "course_id",
    "state",
    "overdue",
    "due_date",
    "certified_at",
    "expires_on",
    "version",
)


@dataclass(frozen=True)
class ExportRow:
    employee_number: str
    name: str
    department: str
    job_role: str
    line_manager: str
    course: str
    state: str
    overdue: bool
    due_date: object
    certified_at: object
    expires_on: object
    version: int | None


def export_rows(viewer, scope, filters, chunk_size=EXPORT_CHUNK, language=None):
    """Every pair of the filtered set (all pages), one ``ExportRow`` at a time.

    The database is read in chunks of ``chunk_size`` rows (a server-side cursor on PostgreSQL):
    no list of all rows is built, so memory stays flat however many people there are. The
    course titles (in ``language``) are read now, at the call; the rows when iterated.
    """
    titles = course_titles(language or get_language())
    return _export_rows(viewer, scope, filters, chunk_size, titles)


def _export_rows(viewer, scope, filters, chunk_size, titles):
    rows = (
        pairs(viewer, scope, filters)
        .order_by(
            "user__last_name",
            "user__first_name",
            "user__profile__employee_number",
            "course__title",
            "course_id",
        )
        .values_list(*EXPORT_FIELDS)
    )
    for (
        number,
        first,
        last,
        username,
        department,
        job_role,
        manager_first,
        manager_last,
        manager_username,
        course,
        state,
        overdue,
        due_date,
        certified_at,
        expires_on,
        version,
    ) in rows.iterator(chunk_size=chunk_size):
        yield ExportRow(
            employee_number=number or "",
            name=rules.display_name(first, last, username),
            department=department or "",
            job_role=job_role or "",
            line_manager=rules.display_name(
                manager_first or "", manager_last or "", manager_username
            )
            if manager_username
            else "",
            course=titles.get(course, ""),
            state=state,
            overdue=overdue,
            due_date=due_date,
            certified_at=certified_at,
            expires_on=expires_on,
            version=version,
        )
