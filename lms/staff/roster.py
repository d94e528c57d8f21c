"""Reading and checking an HR roster (CSV or XLSX): plain functions over dataclasses.

1. ``read_roster(data, filename)`` turns the file into a ``RawRoster``: the columns it has (by
   their English or Russian/German header names, any case) and one ``RawRow`` per non-empty
   row, numbered as the spreadsheet shows it (the header is row 1).
2. ``validate_roster(raw, directory)`` checks every row against a ``Directory`` (a snapshot of
   the departments, job roles, people and logins that matter, loaded by
   ``services.load_directory``) and returns the clean ``RosterRow``s and *every* ``RowError``.
3. ``plan_roster(rows, directory)`` says what importing would do to each person: created,
   updated (with the fields that change) or unchanged.

No database access here: ``services.import_roster`` loads the directory, calls these and writes.

The roster is the authority for the columns it has. A column the file lacks is left as it is.
In a column it has, an empty cell clears job role, line manager and e-mail; an empty login,
language or active cell keeps what the person has (a new person gets the defaults: login from
the e-mail or the employee number, the site's default language, active).
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_ROWS = 20_000
# An .xlsx is a zip: its parts may inflate to at most this much (a roster of 20 000 people is a
# few MB), so a small "zip bomb" is refused before anything is unpacked.
MAX_XLSX_INFLATED_BYTES = 64 * 1024 * 1024
# No cell of a roster (a name, an e-mail, a department) is longer than this.
MAX_CELL_CHARS = 1_000

COLUMNS = (
    "employee_number",
    "first_name",
    "last_name",
    "email",
    "username",
    "department",
    "job_role",
    "line_manager",
    "hire_date",
    "language",
    "active",
)
REQUIRED_COLUMNS = ("employee_number", "first_name", "last_name", "department", "hire_date")

COLUMN_LABELS = {
    "employee_number": gettext_lazy("employee number"),
    "first_name": gettext_lazy("first name"),
    "last_name": gettext_lazy("last name"),
    "email": gettext_lazy("e-mail"),
    "username": gettext_lazy("login"),
    "department": gettext_lazy("department"),
    "job_role": gettext_lazy("job role"),
    "line_manager": gettext_lazy("line manager"),
    "hire_date": gettext_lazy("hire date"),
    "language": gettext_lazy("language"),
    "active": gettext_lazy("active"),
    "preferred_language": gettext_lazy("language"),
}

# Header names as HR spreadsheets spell them, normalised by ``_normalise_header``.
HEADER_ALIASES = {
    "employee_number": [
        "employee_number",
        "employee_no",
        "employee_id",
        "number",
        "табельный_номер",
        "табельный_no",
        "таб_номер",
        "табельный",
        "personalnummer",
    ],
    "first_name": ["first_name", "firstname", "given_name", "имя", "vorname"],
    "last_name": ["last_name", "lastname", "surname", "family_name", "фамилия", "nachname"],
    "email": ["email", "e_mail", "mail", "почта", "электронная_почта", "эл_почта"],
    "username": ["username", "login", "логин", "имя_пользователя", "benutzername"],
    "department": ["department", "отдел", "подразделение", "abteilung"],
    "job_role": ["job_role", "role", "position", "job_title", "должность", "роль", "stelle"],
    "line_manager": [
        "line_manager",
        "manager",
        "руководитель",
        "непосредственный_руководитель",
        "vorgesetzter",
        "vorgesetzte",
    ],
    "hire_date": [
        "hire_date",
        "hired",
        "start_date",
        "дата_приема",
        "дата_приема_на_работу",
        "дата_найма",
        "eintrittsdatum",
        "eintritt",
    ],
    "language": ["language", "lang", "preferred_language", "язык", "sprache"],
    "active": ["active", "is_active", "активен", "активный", "работает", "aktiv"],
}

TRUE_WORDS = {"1", "true", "yes", "y", "x", "+", "да", "д", "ja", "j", "wahr", "active"}
FALSE_WORDS = {"0", "false", "no", "n", "-", "нет", "н", "nein", "falsch", "inactive"}
LANGUAGE_ALIASES = {
    "russian": "ru",
    "русский": "ru",
    "russisch": "ru",
    "german": "de",
    "немецкий": "de",
    "deutsch": "de",
    "english": "en",
    "английский": "en",
    "englisch": "en",
}


class RosterFileError(Exception):
    """The file cannot be read at all (not UTF-8, not a workbook, no header…)."""


@dataclass(frozen=True)
class RowError:
    """A problem, where the person sees it: spreadsheet row (``None`` for the whole file) and
    column key (``""`` when no single column is at fault)."""

    row: int | None
    column: str
    message: str

    @property
    def column_label(self):
        return COLUMN_LABELS.get(self.column, self.column)


@dataclass(frozen=True)
class RawRow:
    number: int
    values: dict


@dataclass
class RawRoster:
    columns: tuple = ()
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)


@dataclass(frozen=True)
class ExistingPerson:
    employee_number: str
    username: str
    first_name: str
    last_name: str
    email: str
    department_id: int
    job_role_id: int | None
    line_manager_key: str | None  # the manager's employee number, or "user:<pk>" without one
    hire_date: date
    language: str
    active: bool


@dataclass(frozen=True)
class Directory:
    """What validation needs to know of the database, loaded once."""

    departments_by_code: dict
    departments_by_name: dict  # lower-case name → pk, or None when two share the name
    job_roles_by_code: dict
    job_roles_by_name: dict
    people: dict  # employee number → ExistingPerson
    logins: dict  # lower-case username → owner's employee number, or "" for an account alone
    languages: tuple
    default_language: str


@dataclass(frozen=True)
class RosterRow:
    number: int
    columns: frozenset
    employee_number: str
    first_name: str
    last_name: str
    email: str
    username: str  # "" = not given
    department_id: int
    job_role_id: int | None
    line_manager: str  # the manager's employee number; "" = none
    hire_date: date
    language: str  # "" = not given
    active: bool | None  # None = not given
    links_account: bool = False  # a new person whose login is an existing account's

    def resolved_username(self):
        return self.username or default_username(
            email=self.email, employee_number=self.employee_number
        )


@dataclass(frozen=True)
class PlannedChange:
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"

    number: int
    employee_number: str
    name: str
    action: str
    changed_fields: tuple = ()
    links_account: bool = False

    @property
    def changed_labels(self):
        return [str(COLUMN_LABELS.get(f, f)) for f in self.changed_fields]


@dataclass(frozen=True)
class Validation:
    rows: list
    errors: list


def default_username(*, email, employee_number):
    """The login of a new person when none is given: their e-mail, else their employee number."""
    return (email or "").strip().lower() or str(employee_number).strip()


# Reading -------------------------------------------------------------------------------------


def _normalise_header(text):
    text = str(text or "").replace("\ufeff", "").strip().lower().replace("ё", "е")
    text = text.replace("№", "no")
    return re.sub(r"[\s\-./]+", "_", text).strip("_")


_ALIAS_TO_COLUMN = {
    _normalise_header(alias): column
    for column, aliases in HEADER_ALIASES.items()
    for alias in aliases
}


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value
    return str(value).strip()


def _from_table(records):
    """``records``: (spreadsheet row number, list of cell values), the header first."""
    roster = RawRoster()
    header = None
    for number, cells in records:
        if header is None:
            if not any(_cell_text(c) for c in cells):
                continue
            header = {}
            for index, cell in enumerate(cells):
                column = _ALIAS_TO_COLUMN.get(_normalise_header(cell))
                if column is None:
                    continue  # extra columns of HR's export are ignored
                if column in header.values():
                    roster.errors.append(
                        RowError(number, column, _("This column appears twice in the header."))
                    )
                header[index] = column
            roster.columns = tuple(c for c in COLUMNS if c in header.values())
            for column in REQUIRED_COLUMNS:
                if column not in header.values():
                    roster.errors.append(
                        RowError(
                            number,
                            column,
                            _("The required column “%(column)s” is missing from the header.")
                            % {"column": COLUMN_LABELS[column]},
                        )
                    )
            continue
        values = {
            column: _cell_text(cells[i]) if i < len(cells) else "" for i, column in header.items()
        }
        if not any(v for v in values.values()):
            continue  # an empty line
        for column, value in values.items():
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                roster.errors.append(
                    RowError(
                        number,
                        column,
                        _("The cell is too long (%(length)d characters; at most %(max)d).")
                        % {"length": len(value), "max": MAX_CELL_CHARS},
                    )
                )
                values[column] = value[:MAX_CELL_CHARS]
        if len(roster.rows) >= MAX_ROWS:
            raise RosterFileError(
                _("The file has more than %(max)d rows; split it.") % {"max": MAX_ROWS}
            )
        roster.rows.append(RawRow(number, values))
    if header is None:
        raise RosterFileError(_("The file is empty: it has no header row."))
    if not roster.rows and not roster.errors:
        roster.errors.append(RowError(None, "", _("The file has a header but no people.")))
    return roster


def read_csv(data):
    """A CSV file as bytes: UTF-8 with or without BOM; ``,``, ``;`` or tab between cells."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RosterFileError(
            _("The file is not UTF-8 text. In Excel, save it as “CSV UTF-8”.")
        ) from exc
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=lambda d: (first_line.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _from_table(enumerate(reader, start=1))
    except csv.Error as exc:
        raise RosterFileError(_("The CSV file is malformed: %(error)s") % {"error": exc}) from exc


def read_xlsx(data):
    """An Excel workbook as bytes: its first sheet."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _refuse_inflating_archive(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise RosterFileError(_("The file is not a readable Excel (.xlsx) workbook.")) from exc
    try:
        sheet = workbook.worksheets[0]
        records = (
            (number, list(values))
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1)
        )
        return _from_table(records)
    finally:
        workbook.close()


def _refuse_inflating_archive(data):
    """Refuse a workbook whose parts would unpack beyond ``MAX_XLSX_INFLATED_BYTES``. Reads only
    the zip's directory: Python's zipfile never inflates a part beyond its declared size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise RosterFileError(_("The file is not a readable Excel (.xlsx) workbook.")) from exc
    if inflated > MAX_XLSX_INFLATED_BYTES:
        raise RosterFileError(
            _(
                "The workbook unpacks to %(size)d MB, more than a roster can be (at most "
                "%(max)d MB). Save only the sheet with the people, without images."
            )
            % {"size": inflated // (1024 * 1024), "max": MAX_XLSX_INFLATED_BYTES // (1024 * 1024)}
        )


def read_roster(data, filename):
    """Read a roster by its file name's extension (``.csv`` or ``.xlsx``)."""
    name = (filename or "").lower()
    if name.endswith(".xlsx"):
        return read_xlsx(data)
    if name.endswith(".csv"):
        return read_csv(data)
    raise RosterFileError(_("Upload a .csv or .xlsx file."))


# Checking ------------------------------------------------------------------------------------


def parse_date(value):
    """A date from a workbook cell, ISO ``2026-03-01`` or ``01.03.2026``; ``None`` if not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()  # noqa: DTZ007 - a calendar date
        except ValueError:
            continue
    return None


def parse_bool(value):
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    return None


def parse_language(value, languages):
    text = str(value).strip().lower().replace("_", "-")
    text = LANGUAGE_ALIASES.get(text, text)
    if text in languages:
        return text
    base = text.split("-", 1)[0]
    return base if base in languages else None


def _lookup(text, by_code, by_name):
    """(pk, error) for a department or job role named by code or name."""
    key = text.strip().lower()
    if key in by_code:
        return by_code[key], None
    if key in by_name:
        if by_name[key] is None:
            return None, "ambiguous"
        return by_name[key], None
    return None, "unknown"


def validate_roster(raw, directory):
    """Check every row; return the clean rows and every error (none written if any)."""
    errors = list(raw.errors)
    if errors:
        return Validation([], errors)
    columns = frozenset(raw.columns)
    username_check = UnicodeUsernameValidator()
    email_check = EmailValidator()
    file_numbers = {}
    file_logins = {}
    clean = []

    for raw_row in raw.rows:
        n = raw_row.number
        v = raw_row.values
        row_errors = []

        def error(column, message, _row_errors=row_errors, _n=n):
            _row_errors.append(RowError(_n, column, message))

        def text(column, _v=v):
            value = _v.get(column, "")
            return value.isoformat() if isinstance(value, date) else str(value).strip()

        number = text("employee_number")
        duplicate = False
        if not number:
            error("employee_number", _("The employee number is empty."))
        elif len(number) > 40:
            error("employee_number", _("The employee number is longer than 40 characters."))
        elif number in file_numbers:
            duplicate = True
            error(
                "employee_number",
                _("Employee number %(number)s is also in row %(row)d.")
                % {"number": number, "row": file_numbers[number]},
            )
        else:
            file_numbers[number] = n

        names = {}
        for column in ("first_name", "last_name"):
            names[column] = text(column)
            if not names[column]:
                error(column, _("This cell is empty."))
            elif len(names[column]) > 150:
                error(column, _("This is longer than 150 characters."))

        email = text("email")
        if email:
            try:
                email_check(email)
            except ValidationError:
                error("email", _("“%(value)s” is not an e-mail address.") % {"value": email})

        username = text("username")
        if username:
            try:
                username_check(username)
                if len(username) > 150:
                    raise ValidationError("too long")
            except ValidationError:
                error(
                    "username",
                    _(
                        "“%(value)s” is not a valid login: up to 150 letters, digits and "
                        "@ . + - _ only."
                    )
                    % {"value": username},
                )

        department_id = None
        department = text("department")
        if not department:
            error("department", _("The department is empty."))
        else:
            department_id, problem = _lookup(
                department, directory.departments_by_code, directory.departments_by_name
            )
            if problem == "unknown":
                error("department", _("Unknown department: “%(value)s”.") % {"value": department})
            elif problem == "ambiguous":
                error(
                    "department",
                    _("Several departments are called “%(value)s”; use the code.")
                    % {"value": department},
                )

        job_role_id = None
        job_role = text("job_role")
        if job_role:
            job_role_id, problem = _lookup(
                job_role, directory.job_roles_by_code, directory.job_roles_by_name
            )
            if problem == "unknown":
                error("job_role", _("Unknown job role: “%(value)s”.") % {"value": job_role})
            elif problem == "ambiguous":
                error(
                    "job_role",
                    _("Several job roles are called “%(value)s”; use the code.")
                    % {"value": job_role},
                )

        hire_date = None
        raw_date = v.get("hire_date", "")
        if raw_date in ("", None):
            error("hire_date", _("The hire date is empty."))
        else:
            hire_date = parse_date(raw_date)
            if hire_date is None:
                error(
                    "hire_date",
                    _("“%(value)s” is not a date; write 2026-03-01 or 01.03.2026.")
                    % {"value": text("hire_date")},
                )

        language = text("language")
        if language:
            parsed = parse_language(language, directory.languages)
            if parsed is None:
                error(
                    "language",
                    _("Unknown language: “%(value)s”; use one of %(codes)s.")
                    % {"value": language, "codes": ", ".join(directory.languages)},
                )
            language = parsed or ""

        active = None
        if text("active"):
            active = parse_bool(text("active"))
            if active is None:
                error(
                    "active",
                    _("“%(value)s” is neither yes nor no (1/0, yes/no, да/нет).")
                    % {"value": text("active")},
                )

        links_account = False
        existing = directory.people.get(number)
        if number and not duplicate and (username or existing is None):
            login = username or default_username(email=email, employee_number=number)
            key = login.lower()
            login_column = "username" if username else ("email" if email else "employee_number")
            owner = directory.logins.get(key)
            if key in file_logins:
                error(
                    login_column,
                    _("The login “%(login)s” is also used in row %(row)d.")
                    % {"login": login, "row": file_logins[key]},
                )
            elif owner not in (None, number):
                if owner == "" and existing is None:
                    links_account = True  # an account without a profile: it becomes theirs
                else:
                    error(
                        login_column,
                        _("The login “%(login)s” belongs to another person.") % {"login": login},
                    )
            file_logins.setdefault(key, n)

        errors.extend(row_errors)
        if not row_errors:
            clean.append(
                RosterRow(
                    number=n,
                    columns=columns,
                    employee_number=number,
                    first_name=names["first_name"],
                    last_name=names["last_name"],
                    email=email,
                    username=username,
                    department_id=department_id,
                    job_role_id=job_role_id,
                    line_manager=text("line_manager"),
                    hire_date=hire_date,
                    language=language,
                    active=active,
                    links_account=links_account,
                )
            )

    # Line managers may be in the file (any row) or already in the directory.
    for raw_row in raw.rows:
        manager = str(raw_row.values.get("line_manager", "")).strip()
        number = str(raw_row.values.get("employee_number", "")).strip()
        if not manager:
            continue
        if manager == number:
            errors.append(
                RowError(raw_row.number, "line_manager", _("A person cannot manage themselves."))
            )
        elif manager not in file_numbers and manager not in directory.people:
            errors.append(
                RowError(
                    raw_row.number,
                    "line_manager",
                    _("No person has the employee number “%(value)s”.") % {"value": manager},
                )
            )
    errors.extend(_manager_loops(raw, directory))
    errors.sort(key=lambda e: (e.row or 0, COLUMNS.index(e.column) if e.column in COLUMNS else -1))
    return Validation(clean if not errors else [], errors)


def _manager_loops(raw, directory):
    """Rows whose chain of line managers comes back to them (A → B → A), after this import."""
    managers = {
        number: person.line_manager_key
        for number, person in directory.people.items()
        if person.line_manager_key and not person.line_manager_key.startswith("user:")
    }
    rows = {}
    for raw_row in raw.rows:
        number = str(raw_row.values.get("employee_number", "")).strip()
        if number and "line_manager" in raw_row.values:
            managers[number] = str(raw_row.values.get("line_manager", "")).strip() or None
            rows[number] = raw_row.number
    errors = []
    for number, row_number in rows.items():
        chain, current = [number], managers.get(number)
        while current and current not in chain and len(chain) <= len(managers):
            chain.append(current)
            current = managers.get(current)
        if current == number and len(chain) > 1:
            loop = " → ".join([*chain, number])
            errors.append(
                RowError(
                    row_number,
                    "line_manager",
                    _("Line managers would form a loop: %(loop)s.") % {"loop": loop},
                )
            )
    return errors


def changed_fields(row, person):
    """The profile and account fields importing ``row`` would change for ``person``."""
    if person is None:
        return ()
    changes = []
    if row.username and row.username != person.username:
        changes.append("username")
    if row.first_name != person.first_name:
        changes.append("first_name")
    if row.last_name != person.last_name:
        changes.append("last_name")
    if "email" in row.columns and row.email != person.email:
        changes.append("email")
    if row.department_id != person.department_id:
        changes.append("department")
    if "job_role" in row.columns and row.job_role_id != person.job_role_id:
        changes.append("job_role")
    if "line_manager" in row.columns and (row.line_manager or None) != person.line_manager_key:
        changes.append("line_manager")
    if row.hire_date != person.hire_date:
        changes.append("hire_date")
    if row.language and row.language != person.language:
        changes.append("preferred_language")
    if row.active is not None and row.active != person.active:
        changes.append("active")
    return tuple(changes)


def plan_roster(rows, directory):
    """What importing the (valid) rows would do to each person, in file order."""
    plan = []
    for row in rows:
        person = directory.people.get(row.employee_number)
        name = f"{row.first_name} {row.last_name}".strip()
        if person is None:
            action, fields = PlannedChange.CREATED, ()
        else:
            fields = changed_fields(row, person)
            action = PlannedChange.UPDATED if fields else PlannedChange.UNCHANGED
        plan.append(
            PlannedChange(
                number=row.number,
                employee_number=row.employee_number,
                name=name,
                action=action,
                changed_fields=fields,
                links_account=row.links_account,
            )
        )
    return plan
