"""Reading and checking a roster: plain functions, no database."""

import datetime
import io

import pytest
from django.utils import translation
from openpyxl import Workbook

from lms.staff import roster

HEADER = "employee_number,first_name,last_name,email,department,job_role,line_manager,hire_date"


def directory(**overrides):
    values = {
        "departments_by_code": {"sales": 1, "warehouse": 2},
        "departments_by_name": {"sales floor": 1, "warehouse": 2},
        "job_roles_by_code": {"cashier": 10},
        "job_roles_by_name": {"cashier": 10},
        "people": {},
        "logins": {},
        "languages": ("ru", "de", "en"),
        "default_language": "ru",
    }
    values.update(overrides)
    return roster.Directory(**values)


def existing(number="100", **overrides):
    values = {
        "employee_number": number,
        "username": "anna@example.com",
        "first_name": "Anna",
        "last_name": "Petrova",
        "email": "anna@example.com",
        "department_id": 1,
        "job_role_id": 10,
        "line_manager_key": None,
        "hire_date": datetime.date(2024, 1, 15),
        "language": "ru",
        "active": True,
    }
    values.update(overrides)
    return roster.ExistingPerson(**values)


def check(text, **kwargs):
    raw = roster.read_csv(text.encode("utf-8"))
    return roster.validate_roster(raw, directory(**kwargs))


def test_a_valid_row_is_read_with_its_values():
    result = check(f"{HEADER}\n100,Anna,Petrova,anna@example.com,sales,cashier,,2024-01-15\n")
    assert result.errors == []
    [row] = result.rows
    assert (row.number, row.employee_number, row.department_id, row.job_role_id) == (
        2,
        "100",
        1,
        10,
    )
    assert row.hire_date == datetime.date(2024, 1, 15)
    assert row.resolved_username() == "anna@example.com"


def test_bom_and_semicolons_and_russian_headers_and_dotted_dates():
    text = (
        "\ufeffТабельный номер;Имя;Фамилия;Отдел;Должность;Дата приёма;Язык;Активен\n"
        "7;Иван;Иванов;Sales floor;Cashier;01.03.2026;de;нет\n"
    )
    raw = roster.read_csv(text.encode("utf-8"))
    assert raw.columns == (
        "employee_number",
        "first_name",
        "last_name",
        "department",
        "job_role",
        "hire_date",
        "language",
        "active",
    )
    result = roster.validate_roster(raw, directory())
    assert result.errors == []
    [row] = result.rows
    assert (row.first_name, row.department_id, row.hire_date, row.language, row.active) == (
        "Иван",
        1,
        datetime.date(2026, 3, 1),
        "de",
        False,
    )
    assert row.resolved_username() == "7"  # no e-mail: the employee number


def test_xlsx_rows_are_numbered_as_the_spreadsheet_shows_them():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Employee number", "First name", "Last name", "Department", "Hire date"])
    sheet.append([101, "Anna", "Petrova", "sales", datetime.datetime(2024, 1, 15)])
    sheet.append([None, None, None, None, None])
    sheet.append([102.0, "Boris", "Sidorov", "nowhere", "15.01.2024"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    raw = roster.read_roster(buffer.getvalue(), "Staff.XLSX")
    assert [r.number for r in raw.rows] == [2, 4]
    assert raw.rows[0].values["employee_number"] == "101"
    result = roster.validate_roster(raw, directory())
    assert [(e.row, e.column) for e in result.errors] == [(4, "department")]
    assert "nowhere" in result.errors[0].message


def test_every_error_of_every_row_is_reported_and_no_row_passes():
    text = (
        f"{HEADER},language,active\n"
        "100,Anna,Petrova,not-an-email,sales,cashier,,2024-01-15,ru,yes\n"
        "101,,Sidorov,,Accounting,Pilot,,31.02.2024,klingon,maybe\n"
        "102,Vera,Orlova,,warehouse,,999,2024-02-01,,\n"
    )
    result = check(text)
    assert result.rows == []
    found = {(e.row, e.column) for e in result.errors}
    assert found == {
        (2, "email"),
        (3, "first_name"),
        (3, "department"),
        (3, "job_role"),
        (3, "hire_date"),
        (3, "language"),
        (3, "active"),
        (4, "line_manager"),
    }
    messages = " ".join(e.message for e in result.errors)
    assert "Accounting" in messages and "Pilot" in messages and "999" in messages


def test_missing_required_columns_are_named():
    raw = roster.read_csv(b"employee_number,first_name\n1,Anna\n")
    missing = {e.column for e in raw.errors}
    assert missing == {"last_name", "department", "hire_date"}
    assert all(e.row == 1 for e in raw.errors)
    assert roster.validate_roster(raw, directory()).rows == []


def test_duplicate_employee_numbers_and_logins_in_the_file():
    text = (
        f"{HEADER}\n"
        "100,Anna,Petrova,anna@example.com,sales,,,2024-01-15\n"
        "100,Anya,Petrova,anya@example.com,sales,,,2024-01-15\n"
        "101,Boris,Sidorov,ANNA@example.com,sales,,,2024-01-15\n"
    )
    with translation.override("en"):
        result = check(text)
        assert [(e.row, e.column) for e in result.errors] == [(3, "employee_number"), (4, "email")]
        assert "row 2" in result.errors[0].message and "row 2" in result.errors[1].message


def test_a_manager_may_be_a_later_row_of_the_same_file_but_not_oneself():
    text = (
        f"{HEADER}\n"
        "100,Anna,Petrova,,sales,,200,2024-01-15\n"
        "200,Boris,Sidorov,,sales,,,2020-01-15\n"
        "300,Vera,Orlova,,sales,,300,2020-01-15\n"
    )
    result = check(text)
    assert [(e.row, e.column) for e in result.errors] == [(4, "line_manager")]


def test_line_managers_may_not_form_a_loop_in_the_file_or_with_the_directory():
    in_file = (
        f"{HEADER}\n"
        "100,Anna,Petrova,,sales,,200,2024-01-15\n"
        "200,Boris,Sidorov,,sales,,100,2020-01-15\n"
        "300,Vera,Orlova,,sales,,100,2020-01-15\n"
    )
    with translation.override("en"):
        result = check(in_file)
    assert [(e.row, e.column) for e in result.errors] == [(2, "line_manager"), (3, "line_manager")]
    assert "100 → 200 → 100" in result.errors[0].message
    assert result.rows == []
    # 400 already manages 500 in the directory: making 500 manage 400 closes a loop.
    people = {
        "400": existing("400", line_manager_key=None),
        "500": existing("500", line_manager_key="400"),
    }
    with_directory = f"{HEADER}\n400,Ivan,Ivanov,,sales,,500,2020-01-15\n"
    result = check(with_directory, people=people)
    assert [(e.row, e.column) for e in result.errors] == [(2, "line_manager")]
    # A chain without a loop is fine.
    assert check(f"{HEADER}\n500,Oleg,Orlov,,sales,,400,2020-01-15\n", people=people).errors == []


def test_a_login_of_another_person_is_refused_and_a_lone_account_is_linked():
    text = f"{HEADER}\n100,Anna,Petrova,taken@example.com,sales,,,2024-01-15\n"
    result = check(text, logins={"taken@example.com": "555"})
    assert [(e.row, e.column) for e in result.errors] == [(2, "email")]
    result = check(text, logins={"taken@example.com": ""})
    assert result.errors == []
    assert result.rows[0].links_account is True


def test_the_plan_names_created_updated_with_fields_and_unchanged():
    people = {
        "100": existing("100"),
        "101": existing("101", username="b", first_name="Boris", last_name="Sidorov", email=""),
    }
    text = (
        f"{HEADER},language\n"
        "100,Anna,Petrova,anna@example.com,warehouse,,,2024-01-15,de\n"
        "101,Boris,Sidorov,,sales,cashier,,2024-01-15,\n"
        "102,Vera,Orlova,,sales,,100,2024-01-15,\n"
    )
    d = directory(people=people)
    result = roster.validate_roster(roster.read_csv(text.encode()), d)
    assert result.errors == []
    plan = roster.plan_roster(result.rows, d)
    assert [(c.number, c.action, c.changed_fields) for c in plan] == [
        (2, "updated", ("department", "job_role", "preferred_language")),
        (3, "unchanged", ()),
        (4, "created", ()),
    ]


@pytest.mark.parametrize("data", [b"\xff\xfe\x00garbage", b""])
def test_unreadable_csv_is_a_file_error(data):
    with pytest.raises(roster.RosterFileError):
        roster.read_csv(data)


def test_a_broken_workbook_is_a_file_error():
    with pytest.raises(roster.RosterFileError):
        roster.read_roster(b"PK not a zip", "roster.xlsx")


@pytest.mark.parametrize(
    "language, expected",
    [("ru", "Неизвестный отдел: «Accounting»."), ("de", "Unbekannte Abteilung: „Accounting“.")],
)
def test_errors_speak_the_viewers_language(language, expected):
    text = f"{HEADER}\n100,Anna,Petrova,,Accounting,,,2024-01-15\n"
    with translation.override(language):
        [error] = check(text).errors
        assert (error.message, str(error.column_label)) == (
            expected,
            {"ru": "отдел", "de": "Abteilung"}[language],
        )


def _workbook_bytes(rows):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_workbook_that_inflates_too_much_is_refused_before_unpacking():
    """A 'zip bomb': a small upload whose sheet unpacks to hundreds of MB. Refused from the
    zip's directory alone — quickly and without unpacking anything."""
    import time
    import tracemalloc
    import zipfile

    small = _workbook_bytes([["employee_number", "first_name", "last_name"], ["1", "A", "B"]])
    bomb = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(small)) as src,
        zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as out,
    ):
        for item in src.infolist():
            out.writestr(item, src.read(item.filename), compress_type=zipfile.ZIP_DEFLATED)
        with out.open("xl/worksheets/padding.xml", "w") as padding:  # 200 MB of zeros
            chunk = b"0" * (1024 * 1024)
            for _ in range(200):
                padding.write(chunk)
    data = bomb.getvalue()
    assert len(data) < 2 * 1024 * 1024
    tracemalloc.start()
    started = time.monotonic()
    with pytest.raises(roster.RosterFileError, match="64"):
        roster.read_roster(data, "roster.xlsx")
    elapsed = time.monotonic() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 8 * 1024 * 1024


@pytest.mark.parametrize("reader", ["csv", "xlsx"])
def test_an_overlong_cell_is_an_error_naming_row_and_column(reader):
    header = ["employee_number", "first_name", "last_name", "department", "hire_date"]
    rows = [header, ["100", "Anna", "P" * 5000, "sales", "2024-01-15"]]
    if reader == "csv":
        raw = roster.read_roster("\n".join(",".join(r) for r in rows).encode(), "r.csv")
    else:
        raw = roster.read_roster(_workbook_bytes(rows), "r.xlsx")
    errors = [(e.row, e.column) for e in raw.errors]
    assert errors == [(2, "last_name")]
    assert "5000" in raw.errors[0].message
