"""CSV and XLSX exports of the board: streamed, translated, filtered, safe to open."""

import csv
import io

import openpyxl
import pytest
from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from lms.certification.models import State
from lms.reports import exports, rules

pytestmark = pytest.mark.django_db

CSV_URL = reverse("reports_admin:board_csv")
XLSX_URL = reverse("reports_admin:board_xlsx")


def body(response):
    return b"".join(response.streaming_content)


def read_csv(response, delimiter=";"):
    """Russian and German viewers get semicolons (their Excel's list separator)."""
    raw = body(response)
    assert raw.startswith("\ufeff".encode())  # the BOM: Excel reads the Cyrillic right
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))


def read_xlsx(response):
    sheet = openpyxl.load_workbook(io.BytesIO(body(response)), read_only=True).worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def set_language(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()


def test_csv_streams_with_russian_headers_a_known_row_and_the_date_in_its_name(
    client, hr_officer, org
):
    set_language(hr_officer, "ru")
    client.force_login(hr_officer)
    response = client.get(CSV_URL)
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f"readiness-{timezone.localdate():%Y-%m-%d}.csv" in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == [
        "Табельный номер",
        "Имя",
        "Подразделение",
        "Должность",
        "Непосредственный руководитель",
        "Курс",
        "Статус",
        "Просрочено",
        "Срок",
        "Дата сертификации",
        "Действует до",
        "Версия",
    ]
    anna_returns = ["E100", "Alpha Anna", "Sales floor", "Seller", "Manager Lena", "Returns"]
    assert [
        *anna_returns,
        "Назначен",
        "да",
        (org.today - timezone.timedelta(days=3)).isoformat(),
        "",
        "",
        "",
    ] in rows
    assert len(rows) == 1 + 6  # every pair of the active people, required only


def test_csv_in_german_when_that_is_the_admin_language(client, hr_officer, org):
    set_language(hr_officer, "de")
    client.force_login(hr_officer)
    rows = read_csv(client.get(CSV_URL))
    assert rows[0][0] == "Personalnummer"
    assert "Abgelaufen" in [row[6] for row in rows]


def test_csv_guards_against_formula_injection(client, hr_officer, org):
    org.clara.first_name = "@SUM(A1)"
    org.clara.save()
    client.force_login(hr_officer)
    rows = read_csv(client.get(CSV_URL, {"status": State.EXPIRED}))
    (clara,) = rows[1:]
    assert clara[0] == "'=E300"  # the employee number "=E300"
    assert clara[1] == "Gamma @SUM(A1)"  # not at the start of the cell: left as it is
    assert rules.spreadsheet_safe("+1") == "'+1" and rules.spreadsheet_safe("-1") == "'-1"
    assert rules.spreadsheet_safe("@x") == "'@x" and rules.spreadsheet_safe("ok") == "ok"


def test_csv_honours_the_filters(client, hr_officer, org):
    client.force_login(hr_officer)
    rows = read_csv(client.get(CSV_URL, {"department": org.warehouse.pk}))
    assert [row[0] for row in rows[1:]] == ["E400"]
    rows = read_csv(client.get(CSV_URL, {"course": org.returns.pk}))
    assert sorted(row[0] for row in rows[1:]) == ["E100", "E200"]


def test_a_line_managers_export_holds_only_their_team(client, org):
    client.force_login(org.max)
    rows = read_csv(client.get(CSV_URL))
    assert [row[0] for row in rows[1:]] == ["E400"]
    rows = read_csv(client.get(CSV_URL, {"line_manager": org.lena.pk}))
    assert rows[1:] == []  # another manager's team: an invalid filter exports nothing


def test_xlsx_opens_with_openpyxl_and_holds_the_rows(client, hr_officer, org):
    set_language(hr_officer, "ru")
    client.force_login(hr_officer)
    response = client.get(XLSX_URL)
    assert isinstance(response, FileResponse)
    assert f"readiness-{timezone.localdate():%Y-%m-%d}.xlsx" in response["Content-Disposition"]
    rows = read_xlsx(response)
    assert rows[0][0] == "Табельный номер" and rows[0][6] == "Статус"
    assert len(rows) == 7
    boris = [row for row in rows if row[0] == "E200" and row[5] == "Greeting"][0]
    assert boris[6] == "Сертифицирован" and boris[11] == 1
    assert boris[10].date() == org.today + timezone.timedelta(days=45)
    clara = [row for row in rows if row[1] == "Gamma Clara"][0]
    assert clara[0] == "'=E300"  # not run as a formula


def test_xlsx_honours_the_filters(client, hr_officer, org):
    client.force_login(hr_officer)
    rows = read_xlsx(client.get(XLSX_URL, {"status": "overdue"}))
    assert [(row[0], row[5]) for row in rows[1:]] == [("E100", "Returns")]


def test_csv_lines_are_produced_lazily(org):
    """The body is a generator fed by the row iterator: nothing is read before it is asked for."""
    pulled = []

    def rows():
        for number in range(3):
            pulled.append(number)
            yield exports_row(number)

    from django.utils import translation

    with translation.override("en"):
        lines = exports.csv_lines(rows(), exports.labels())
    assert pulled == []
    assert next(lines).startswith("\ufeffEmployee number,")
    assert next(lines).startswith("N0,") and pulled == [0]


def exports_row(number):
    from lms.reports.selectors import ExportRow

    return ExportRow(
        employee_number=f"N{number}",
        name="x",
        department="",
        job_role="",
        line_manager="",
        course="c",
        state=State.ASSIGNED,
        overdue=False,
        due_date=None,
        certified_at=None,
        expires_on=None,
        version=None,
    )


@pytest.mark.parametrize(("language", "delimiter"), [("ru", ";"), ("de", ";"), ("en", ",")])
def test_csv_separator_follows_the_viewers_language_and_the_button_says_which(
    client, hr_officer, org, language, delimiter
):
    set_language(hr_officer, language)
    client.force_login(hr_officer)
    raw = body(client.get(CSV_URL)).decode("utf-8")
    header = raw.splitlines()[0]
    assert header.startswith("\ufeff")
    assert header.count(delimiter) == 11  # twelve columns, split by the right separator
    rows = list(csv.reader(io.StringIO(raw[1:]), delimiter=delimiter))
    assert all(len(row) == 12 for row in rows)
    html = client.get(reverse("reports_admin:board")).content.decode()
    assert f"CSV ({delimiter})" in html


def test_csv_delimiter_rule():
    assert rules.csv_delimiter("ru") == ";"
    assert rules.csv_delimiter("de-at") == ";"
    assert rules.csv_delimiter("en") == ","
    assert rules.csv_delimiter(None) == ","


def test_xlsx_has_column_widths_and_an_autofilter_over_every_row(client, hr_officer, org):
    set_language(hr_officer, "ru")
    client.force_login(hr_officer)
    sheet = openpyxl.load_workbook(io.BytesIO(body(client.get(XLSX_URL)))).worksheets[0]
    assert sheet.auto_filter.ref == f"A1:L{sheet.max_row}" and sheet.max_row == 7
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKL"}
    # Wide enough for a date (no "####") and for the names; every header fits.
    assert all(widths[letter] >= 12 for letter in "IJK")
    assert widths["B"] >= 25 and widths["F"] >= 30
    for cell in sheet[1]:
        assert widths[cell.column_letter] >= len(cell.value)
