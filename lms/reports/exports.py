"""The board's exports, CSV and XLSX, in constant memory.

Headers and status names are translated *before* streaming starts (``Labels``, built in the
view under the viewer's language): a streamed body is produced after the view has returned,
outside any ``translation.override``, so it only writes strings it was given.
"""

import csv
import datetime as dt
import tempfile
from dataclasses import dataclass

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from lms.certification.models import State

from .rules import csv_delimiter, spreadsheet_safe

BOM = "\ufeff"


@dataclass(frozen=True)
class Labels:
    headers: tuple
    states: dict
    yes: str
    sheet_title: str
    tz: dt.tzinfo
    delimiter: str = ","


# Column widths in the XLSX (in characters), so dates and names show instead of "####".
WIDTHS = (16, 28, 24, 22, 28, 36, 24, 12, 13, 17, 13, 9)


def labels():
    """Column headers, status names and the time zone, in the active language."""
    return Labels(
        headers=(
            _("Employee number"),
            _("Name"),
            _("Department"),
            _("Job role"),
            _("Line manager"),
            _("Course"),
            _("Status"),
            _("Overdue"),
            _("Due date"),
            _("Certified at"),
            _("Expires on"),
            _("Version"),
        ),
        states={value: str(label) for value, label in State.choices},
        yes=_("yes"),
        sheet_title=_("Readiness")[:31],
        tz=timezone.get_current_timezone(),
        delimiter=csv_delimiter(translation.get_language()),
    )


def _values(row, labels):
    certified = row.certified_at.astimezone(labels.tz).date() if row.certified_at else None
    return (
        row.employee_number,
        row.name,
        row.department,
        row.job_role,
        row.line_manager,
        row.course,
        labels.states.get(row.state, row.state),
        labels.yes if row.overdue else "",
        row.due_date,
        certified,
        row.expires_on,
        row.version,
    )


class _Echo:
    def write(self, value):
        return value


def csv_lines(rows, labels):
    """UTF-8 CSV lines, one at a time: BOM first so Excel reads Cyrillic, separated by the
    viewer's list separator (``;`` in Russian and German Excel, ``,`` in English)."""
    writer = csv.writer(_Echo(), delimiter=labels.delimiter)
    yield BOM + writer.writerow(labels.headers)
    for row in rows:
        values = _values(row, labels)
        yield writer.writerow(
            [
                ""
                if v is None
                else (v.isoformat() if isinstance(v, dt.date) else spreadsheet_safe(v))
                for v in values
            ]
        )


def xlsx_file(rows, labels):
    """A temporary file holding the XLSX workbook, rewound, to be streamed with FileResponse.

    openpyxl's write-only workbook writes each row out as it is appended, so memory stays flat
    whatever the number of rows. Honestly: the workbook (a zip) must be complete before its
    first byte can be sent, so the file is built to the end first (time grows with the rows;
    disk, not memory, holds it), then streamed in blocks. The file disappears when closed.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(labels.sheet_title)
    sheet.freeze_panes = "A2"
    # Widths must be set before the first row is written out (write-only mode).
    for index, (text, width) in enumerate(zip(labels.headers, WIDTHS, strict=True), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(width, len(text) + 4)
    header = []
    for text in labels.headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([spreadsheet_safe(v) for v in _values(row, labels)])
        count += 1
    # The filter is written with the sheet's tail, so its range can include every row.
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(labels.headers))}{count + 1}"
    # Returned open: FileResponse streams it and closes it (which deletes it).
    out = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115
    try:
        workbook.save(out)
        out.seek(0)
    except BaseException:
        out.close()
        raise
    return out
