"""The demo organisation: certification policies, departments, people, and a history of training.

Called from ``builders.build`` after the courses and accounts exist. Idempotent, like the rest of
the demo: a policy is set only on a course that has none, a department, job role or person is
created only when its code (or employee number) is not there yet, and the training history is
replayed only once — while the demo's material change of a standard is not on record.

The history is *replayed* through the certification services (``assign``, ``progress``,
``record_pass``, ``apply_material_change``, ``run_time_moves``, ``revoke``); no status,
certificate or event row is written by hand, so every status has the events, certificates and
dates the real site would give it. (Only lesson completions are written in bulk: see
``_complete``.) To place a step in the past, the replay runs it under ``at(moment)``, which
patches ``django.utils.timezone.now``: ``progress()`` (and so the certificate's issue date and
validity), ``assign()`` and ``revoke()`` read the clock themselves and take no ``now`` argument.
The patch is undone after each step; the steps run in order of time, and the daily job
(``run_time_moves``) runs as it would have, the day before the material change and today.
"""

import datetime as dt
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from unittest import mock

from django.db.models import Count
from django.utils import timezone
from wagtail.signal_handlers import disable_reference_index_auto_update

from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage
from lms.certification import services as certification
from lms.certification.models import AssessmentPass, Certification, CourseStatus, State
from lms.staff.models import Department, EmployeeProfile, JobRole
from lms.staff.services import create_employee
from quizzes.scenarios.models import Scenario, SituationType

from .rules import assignment_rules

# Policies ---------------------------------------------------------------------------------------

# course key: (slug, validity in months or None, whether a conflict role-play is required)
COURSES = {
    "p": ("principles-of-service", None, True),
    "i": ("four-properties-of-ideal-service", 12, False),
    "f": ("quality-through-feedback", 24, False),
    "s": ("service-standards-and-organisation", 12, True),
    "k": ("kundenbindung-durch-standards", 12, False),
}

MATERIAL_CHANGE_COURSE = "s"
MATERIAL_CHANGE_DAYS_AGO = 12
MATERIAL_CHANGE_SUMMARY = (
    "Новое правило: клиента приветствуем в течение 5 секунд — с момента, как он вошёл в зал или "
    "дозвонился, даже если вы заняты другим клиентом (кивок, взгляд и «Здравствуйте, я сейчас "
    "к вам подойду»). Обновлены речевые образцы для начала разговора."
)
REVOCATION_REASON = (
    "Итоговый тест пройден под чужой учётной записью: сертификат аннулирован, курс нужно пройти "
    "заново."
)


def final_quizzes(page):
    """The quizzes embedded in the course's last lesson: the course's final test."""
    last = LessonPage.objects.child_of(page).order_by("-path").first()
    if last is None:
        return []
    return [block.value["quiz"] for block in last.specific.body if block.block_type == "quiz"]


def conflict_roleplays(page):
    return list(
        Scenario.objects.filter(
            standard=page, locale=page.locale, situation_type=SituationType.CONFLICT
        ).order_by("pk")
    )


def policies(courses_by_slug):
    """Give each demo course its certification policy, once (a trainer's later edits are kept).

    Published as a normal revision, without "material change": setting a policy changes no rule.
    """
    pages = {}
    for key, (slug, months, with_roleplay) in COURSES.items():
        page = courses_by_slug.get(slug)
        if page is None:
            continue
        page = CoursePage.objects.get(pk=page.pk)
        if not page.cert_quizzes.exists():
            quizzes = final_quizzes(page)
            roleplays = conflict_roleplays(page) if with_roleplay else []
            page.cert_all_lessons = True
            page.cert_quizzes = quizzes
            page.cert_scenarios = roleplays
            page.validity_months = months
            page.renewal_window_days = 30
            page.recert_quizzes = quizzes
            page.recert_scenarios = roleplays
            page.material_change = False
            page.save_revision().publish()
            page = CoursePage.objects.get(pk=page.pk)
        pages[key] = page
    return pages


# The organisation -------------------------------------------------------------------------------

# code, name, audience code
DEPARTMENTS = [
    ("sales-floor", "Торговый зал", "front-line"),
    ("call-centre", "Колл-центр", "contact-centre"),
    ("service-installation", "Сервис и монтаж", "field-service"),
    ("accounting", "Бухгалтерия", "office"),
    ("warehouse", "Склад", "warehouse-delivery"),
    ("administration", "Администрация и персонал", "office"),
]

# code, name, department code (None: found in several departments)
JOB_ROLES = [
    ("sales-floor-head", "Руководитель торгового зала", "sales-floor"),
    ("seller", "Продавец-консультант", "sales-floor"),
    ("cashier", "Кассир", "sales-floor"),
    ("call-centre-head", "Руководитель колл-центра", "call-centre"),
    ("call-centre-agent", "Оператор колл-центра", "call-centre"),
    ("service-head", "Руководитель сервисной службы", "service-installation"),
    ("installer", "Монтажник", "service-installation"),
    ("service-engineer", "Сервисный инженер", "service-installation"),
    ("chief-accountant", "Главный бухгалтер", "accounting"),
    ("accountant", "Бухгалтер", "accounting"),
    ("warehouse-head", "Заведующий складом", "warehouse"),
    ("storekeeper", "Кладовщик", "warehouse"),
    ("driver", "Водитель-экспедитор", "warehouse"),
    ("secretary", "Секретарь", "administration"),
    ("hr-officer", "Специалист по персоналу", "administration"),
    ("trainer", "Тренер по стандартам обслуживания", "administration"),
]

# The training history, one story per course (keys as in COURSES), days counted back from today:
#   C<d>        certified d days ago (assigned about three weeks before, lessons, then the tests)
#   A<±n>       assigned, nothing done, due in n days (negative: overdue)
#   W<k><±n>    working on it: k lessons done, due in n days
#   Q<±n>       every lesson done, the final test not yet passed, due in n days
#   R<d>/<r>    certified d days ago, the certificate revoked by HR r days ago
#   N<d>/<r>    certified d days ago, then (after the material change) recertified r days ago
# Time does the rest: certificates older than their validity become expiring or expired, and
# holders of the changed standard must recertify.
#
# username, first name, last name, department, job role, line manager, hire (days ago), history
PEOPLE = [
    # The demo accounts (passwords as printed by load_demo_content).
    ("manager", "Григорий", "Кузнецов", "sales-floor", "sales-floor-head", None, 3200,
     "p:C1500 s:C180 k:C250"),
    ("employee", "Борис", "Петров", "sales-floor", "seller", "manager", 700,
     "p:Q+25 i:W1+25 f:C90 s:C200"),
    ("newhire", "Анна", "Новикова", "sales-floor", "seller", "manager", 3, ""),
    ("hr", "Дарья", "Иванова", "administration", "hr-officer", None, 1800,
     "p:C1000 s:C90"),
    ("trainer", "Виктория", "Смирнова", "administration", "trainer", "hr", 2600,
     "p:C1200 s:C8 k:C150"),
    # Sales floor: the manager's team.
    ("staff01", "Алексей", "Соколов", "sales-floor", "seller", "manager", 1500,
     "p:C600 i:C350 s:C150"),
    ("staff02", "Мария", "Лебедева", "sales-floor", "seller", "manager", 900,
     "p:C400 s:C20"),
    ("staff03", "Ольга", "Козлова", "sales-floor", "cashier", "manager", 420,
     "p:C380 i:C400 s:C5"),
    ("staff04", "Дмитрий", "Морозов", "sales-floor", "seller", "manager", 60,
     "p:W2+10 i:A+20 f:A+30 s:A+30"),
    ("staff05", "Екатерина", "Волкова", "sales-floor", "cashier", "manager", 1200,
     "p:R200/30 f:C700 s:N150/4"),
    ("staff06", "Сергей", "Павлов", "sales-floor", "seller", "manager", 100,
     "p:W3-5 i:A-5 s:C30"),
    ("staff07", "Наталья", "Семёнова", "sales-floor", "cashier", "manager", 2000,
     "p:C900 i:C355 f:C720 s:C300"),
    ("staff08", "Иван", "Голубев", "sales-floor", "seller", "manager", 800,
     "p:C500 s:C6"),
    ("staff09", "Анастасия", "Борисова", "sales-floor", "seller", "manager", 25,
     "p:A+5 i:A+12 f:A+20 s:A+20"),
    ("staff10", "Виктор", "Григорьев", "sales-floor", "cashier", "manager", 450,
     "p:C420 i:C410 s:C420"),
    # Call centre.
    ("staff11", "Елена", "Виноградова", "call-centre", "call-centre-head", None, 2500,
     "p:C1000 s:C250 k:C400"),
    ("staff12", "Андрей", "Богданов", "call-centre", "call-centre-agent", "staff11", 300,
     "p:C250 s:C220"),
    ("staff13", "Татьяна", "Воробьёва", "call-centre", "call-centre-agent", "staff11", 150,
     "p:C120 i:W2+10 s:A-3"),
    ("staff14", "Павел", "Фёдоров", "call-centre", "call-centre-agent", "staff11", 700,
     "p:C650 i:C345 s:N200/2"),
    ("staff15", "Юлия", "Михайлова", "call-centre", "call-centre-agent", "staff11", 45,
     "p:W1+15 i:A+25 f:A+25 s:A+30"),
    ("staff16", "Михаил", "Беляев", "call-centre", "call-centre-agent", "staff11", 1000,
     "p:C800 f:C700 s:C35"),
    ("staff17", "Светлана", "Тарасова", "call-centre", "call-centre-agent", "staff11", 380,
     "p:C370 i:C375 s:C370"),
    ("staff18", "Кирилл", "Белов", "call-centre", "call-centre-agent", "staff11", 90,
     "p:C50 i:Q-2 s:C14"),
    ("staff19", "Оксана", "Романова", "call-centre", "call-centre-agent", "staff11", 500,
     "p:C480 s:C80"),
    # Service and installation.
    ("staff20", "Николай", "Комаров", "service-installation", "service-head", None, 3000,
     "p:C1100 i:C340 s:C60 k:C100"),
    ("staff21", "Артём", "Орлов", "service-installation", "installer", "staff20", 600,
     "p:C550 i:C500 s:C100"),
    ("staff22", "Роман", "Киселёв", "service-installation", "installer", "staff20", 200,
     "p:C180 s:W2+8"),
    ("staff23", "Евгений", "Макаров", "service-installation", "installer", "staff20", 35,
     "p:A+10 i:A+20 s:A+25"),
    ("staff24", "Владимир", "Андреев", "service-installation", "service-engineer", "staff20", 1300,
     "p:C1200 i:C20 s:C25"),
    ("staff25", "Максим", "Ковалёв", "service-installation", "installer", "staff20", 250,
     "p:W3-7 s:C200"),
    ("staff26", "Денис", "Ильин", "service-installation", "service-engineer", "staff20", 900,
     "p:C850 i:C352 s:C7"),
    ("staff27", "Станислав", "Воронов", "service-installation", "installer", "staff20", 130,
     "p:C100 i:A-15 s:C90"),
    # Accounting.
    ("staff28", "Ирина", "Гусева", "accounting", "chief-accountant", None, 4000,
     "p:C1500 s:C300 k:C200"),
    ("staff29", "Людмила", "Титова", "accounting", "accountant", "staff28", 1100,
     "p:C1000 i:C390 s:C390"),
    ("staff30", "Галина", "Кузьмина", "accounting", "accountant", "staff28", 210,
     "p:C190 i:W1+5 s:C180"),
    ("staff31", "Вера", "Баранова", "accounting", "accountant", "staff28", 650,
     "p:C600 i:C348 s:C3"),
    ("staff32", "Лариса", "Медведева", "accounting", "accountant", "staff28", 70,
     "p:C30 i:A+10 s:W1-2"),
    # Warehouse.
    ("staff33", "Игорь", "Куликов", "warehouse", "warehouse-head", None, 2200,
     "p:C900 s:C120 k:C355"),
    ("staff34", "Константин", "Алексеев", "warehouse", "storekeeper", "staff33", 800,
     "p:C700 f:C710 s:C45"),
    ("staff35", "Олег", "Степанов", "warehouse", "storekeeper", "staff33", 160,
     "p:W2+6 f:A+10 s:A+20"),
    ("staff36", "Василий", "Яковлев", "warehouse", "storekeeper", "staff33", 1400,
     "p:C1300 f:C800 s:C410"),
    ("staff37", "Антон", "Сорокин", "warehouse", "driver", "staff33", 500,
     "p:C450 s:C250"),
    ("staff38", "Юрий", "Никитин", "warehouse", "storekeeper", "staff33", 40,
     "p:A-2 f:A+15 s:A+20"),
    # Administration: the secretaries report to HR.
    ("staff39", "Полина", "Зайцева", "administration", "secretary", "hr", 330,
     "p:C300 s:C270"),
    ("staff40", "Алина", "Соловьёва", "administration", "secretary", "hr", 95,
     "p:C60 i:W2+3 s:A-4"),
]  # fmt: skip


def _employee_number(index):
    return f"E{index + 1:04d}"


def organisation(users, audience_by_code):
    """Departments, job roles and a profile for every person of ``PEOPLE``; returns the users."""
    departments = {}
    for code, name, audience in DEPARTMENTS:
        departments[code] = Department.objects.get_or_create(
            code=code, defaults={"name": name, "audience": audience_by_code.get(audience)}
        )[0]
    job_roles = {}
    for code, name, department in JOB_ROLES:
        job_roles[code] = JobRole.objects.get_or_create(
            code=code, defaults={"name": name, "department": departments[department]}
        )[0]
    today = timezone.localdate()
    people = dict(users)
    for index, (username, first, last, dept, role, manager, hire, _story) in enumerate(PEOPLE):
        number = _employee_number(index)
        profile = EmployeeProfile.objects.filter(employee_number=number).select_related("user")
        profile = profile.first()
        if profile is None:
            account = users.get(username)
            if account is not None and hasattr(account, "profile"):
                people[username] = account
                continue
            profile = create_employee(
                employee_number=number,
                first_name=first,
                last_name=last,
                department=departments[dept],
                job_role=job_roles[role],
                line_manager=people[manager] if manager else None,
                hire_date=today - dt.timedelta(days=hire),
                email=f"{username}@example.com",
                username=None if account else username,
                user=account,
            )
        people[username] = profile.user
    return people


# The training history -------------------------------------------------------------------------

STORY = re.compile(
    r"^(?:C(?P<c>\d+)|A(?P<a>[+-]\d+)|W(?P<wk>\d)(?P<wn>[+-]\d+)|Q(?P<q>[+-]\d+)"
    r"|R(?P<rd>\d+)/(?P<rr>\d+)|N(?P<nd>\d+)/(?P<nr>\d+))$"
)


@contextmanager
def at(moment):
    """Run the services as if it were ``moment`` (see the module's docstring for why)."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


@dataclass
class Replay:
    """The history as a list of dated steps, run in order of time."""

    today: dt.date
    steps: list
    actor_hr: object = None

    def moment(self, days_ago, hour=10):
        day = self.today - dt.timedelta(days=days_ago)
        return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, len(self.steps) % 60)))

    def add(self, days_ago, hour, action, *args):
        self.steps.append((self.moment(days_ago, hour), len(self.steps), action, args))

    def run(self):
        for moment, _seq, action, args in sorted(self.steps, key=lambda s: (s[0], s[1])):
            with at(moment):
                action(moment, *args)


def _lessons(page):
    return list(LessonPage.objects.live().child_of(page).order_by("path"))


def _assign(moment, user, page, due):
    certification.assign(user, page, due_date=due, source="rule")


def _complete(moment, user, page, lessons, progress=True):
    """The person finished these lessons at ``moment``.

    Written in bulk, as an import of past training would be, rather than through
    ``courses.services.complete_lesson``: that service serves one click (it looks the course
    up, counts, finds the next lesson's address, and announces each completion after commit),
    which for some five hundred replayed completions made loading the demo — and every test
    that loads it — several times slower. Certification is asked to move through its service
    (``progress``), as the announcement would have.
    """
    LessonCompletion.objects.bulk_create(
        [LessonCompletion(user=user, lesson=lesson, completed_at=moment) for lesson in lessons],
        ignore_conflicts=True,
    )
    if len(lessons) == len(_lessons_of(page)):
        Enrollment.objects.filter(user=user, course=page, completed_at__isnull=True).update(
            completed_at=moment
        )
    if progress:
        certification.progress(user, page)


_LESSONS = {}  # course pk: its live lessons, during one replay
_TESTS = {}  # (course pk, renewal): the quizzes and role-plays to pass


def _lessons_of(page):
    if page.pk not in _LESSONS:
        _LESSONS[page.pk] = _lessons(page)
    return _LESSONS[page.pk]


def _pass_tests(moment, user, page, percent, renewal=False):
    key = (page.pk, renewal)
    if key not in _TESTS:
        _TESTS[key] = (
            list(page.recert_quizzes.all() if renewal else page.cert_quizzes.all()),
            list(page.recert_scenarios.all() if renewal else page.cert_scenarios.all()),
        )
    quizzes, scenarios = _TESTS[key]
    for quiz in quizzes:
        certification.record_pass(
            user, AssessmentPass.Kind.QUIZ, quiz.pk, quiz.title, percent, at=moment
        )
    for scenario in scenarios:
        certification.record_pass(
            user,
            AssessmentPass.Kind.SCENARIO,
            scenario.translation_key,
            scenario.title,
            min(100, percent + 10),
            at=moment,
        )
    certification.progress(user, page)


def _revoke(moment, user, page, actor):
    status = CourseStatus.objects.get(user=user, course=page)
    certification.revoke(status.certification, actor=actor, reason=REVOCATION_REASON)


def _material_change(moment, page, actor):
    certification.apply_material_change(
        page, summary=MATERIAL_CHANGE_SUMMARY, actor=actor, now=moment
    )


def _time_moves(moment):
    certification.run_time_moves(timezone.localdate(moment))


def _story(replay, user, page, code, percent):
    match = STORY.match(code)
    if match is None:
        raise ValueError(f"Unknown demo story {code!r}")
    parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    today = replay.today
    lessons = _lessons_of(page)
    if "c" in parts or "rd" in parts or "nd" in parts:
        days = parts.get("c", parts.get("rd", parts.get("nd")))
        assigned = days + 21
        replay.add(assigned, 9, _assign, user, page, today - dt.timedelta(days=assigned - 30))
        # The tests' pass starts the course and certifies in one move of ``progress``.
        replay.add(days + 3, 11, _complete, user, page, lessons, False)
        replay.add(days, 15, _pass_tests, user, page, percent)
        if "rd" in parts:
            replay.add(parts["rr"], 12, _revoke, user, page, replay.actor_hr)
        if "nd" in parts:
            replay.add(parts["nr"], 16, _pass_tests, user, page, min(100, percent + 5), True)
        return
    due_in = parts.get("a", parts.get("wn", parts.get("q")))
    assigned = max(30 - due_in, 2)
    replay.add(assigned, 9, _assign, user, page, today + dt.timedelta(days=due_in))
    if "wk" in parts or "q" in parts:
        done = lessons[: parts["wk"]] if "wk" in parts else lessons
        replay.add(max(assigned // 2, 1), 14, _complete, user, page, done)


def history(people, pages):
    """Replay every story of ``PEOPLE``, once. Returns whether it was replayed now."""
    change_page = pages.get(MATERIAL_CHANGE_COURSE)
    if change_page is None or change_page.versions.filter(summary=MATERIAL_CHANGE_SUMMARY).exists():
        return False
    _LESSONS.clear()
    _TESTS.clear()
    replay = Replay(today=timezone.localdate(), steps=[], actor_hr=people.get("hr"))
    for index, (username, *_rest, stories) in enumerate(PEOPLE):
        for item in stories.split():
            key, code = item.split(":")
            if key in pages:
                percent = 75 + (index * 7 + len(key) * 3) % 26
                _story(replay, people[username], pages[key], code, percent)
    # The daily job as it ran the day before the change, the change itself, and today's run.
    replay.add(MATERIAL_CHANGE_DAYS_AGO + 1, 3, _time_moves)
    replay.add(MATERIAL_CHANGE_DAYS_AGO, 12, _material_change, change_page, people.get("trainer"))
    replay.run()
    certification.run_time_moves(replay.today)
    return True


def onboarding(newhire, plan):
    """The new hire's plan: the first courses, assigned today, due in two, three and four weeks."""
    today = timezone.localdate()
    for offset, page in enumerate(plan):
        if not CourseStatus.objects.filter(user=newhire, course=page).exists():
            certification.assign(
                newhire,
                page,
                due_date=today + dt.timedelta(days=14 + 7 * offset),
                source="rule",
            )


def build(users, courses_by_slug, audience_by_code, plan):
    """Everything of this module, in order. Returns whether the history was replayed now."""
    pages = policies(courses_by_slug)
    people = organisation(users, audience_by_code)
    # PDFs of the replayed certificates are made on first download (``ensure_pdf``), not now:
    # rendering about a hundred of them (half a second each) would add a minute to the load.
    # Status rows are not in Wagtail's reference index; skipping its check on each of their
    # saves makes the replay about twice as fast.
    with (
        mock.patch("lms.certification.tasks.render_certificate", mock.Mock()),
        disable_reference_index_auto_update(),
    ):
        replayed = history(people, pages)
    onboarding(users["newhire"], plan)
    assignment_rules(pages)
    return replayed


def status_counts():
    """Counts of status rows by state, and how many are overdue."""
    counts = Counter(
        dict(CourseStatus.objects.values_list("state").annotate(n=Count("pk")).order_by())
    )
    counts["overdue"] = CourseStatus.objects.filter(overdue=True).count()
    counts["certificates"] = Certification.objects.count()
    return counts


LABELS = {
    State.ASSIGNED: "assigned",
    State.IN_PROGRESS: "in progress",
    State.CERTIFIED: "certified",
    State.EXPIRING: "expiring",
    State.EXPIRED: "expired",
    State.RECERT_REQUIRED: "recertification required",
    State.REVOKED: "revoked",
}


def summary_line():
    """One line for the command's output, e.g. ``Statuses: assigned 9, in progress 8, …``."""
    counts = status_counts()
    parts = [f"{label} {counts.get(state, 0)}" for state, label in LABELS.items()]
    parts.append(f"overdue {counts['overdue']}")
    return f"Statuses: {', '.join(parts)}; certificates {counts['certificates']}."
