"""The board's decisions as plain functions: who sees which board, how a cell reads, the windows
of the totals and the spreadsheet-injection guard. No ORM here."""

import datetime as dt
from dataclasses import dataclass

from lms.certification.models import HOLDING, State

ALL = "all"
TEAM = "team"

# The "status" filter: a state, or this.
OVERDUE = "overdue"

# Windows of the "expiring within" totals, in days.
EXPIRY_WINDOWS = (30, 60)

# A cell value starting with one of these is read as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Viewer:
    authenticated: bool
    active: bool
    is_superuser: bool
    may_view_all: bool
    may_view_team: bool


def board_scope(viewer):
    """``ALL`` (HR, superusers), ``TEAM`` (line managers: their own reports) or None (refused)."""
    if not (viewer.authenticated and viewer.active):
        return None
    if viewer.is_superuser or viewer.may_view_all:
        return ALL
    if viewer.may_view_team:
        return TEAM
    return None


@dataclass(frozen=True)
class Cell:
    state: str
    overdue: bool
    due_date: dt.date | None
    expires_on: dt.date | None

    @property
    def css(self):
        return f"rb-badge--{self.state.replace('_', '-')}"

    @property
    def label(self):
        return State(self.state).label

    @property
    def holding(self):
        return self.state in HOLDING

    @property
    def show_due(self):
        """The due date matters until the person holds the certificate."""
        return self.due_date is not None and not self.holding

    @property
    def show_expiry(self):
        return self.expires_on is not None and self.holding


def expiry_limits(today):
    """The last day of each "expires within N days" window, counted from ``today``."""
    return tuple(today + dt.timedelta(days=days) for days in EXPIRY_WINDOWS)


# Excel reads a CSV with the list separator of the viewer's regional settings: where the decimal
# mark is a comma (Russian, German), that separator is the semicolon.
SEMICOLON_LANGUAGES = ("ru", "de")


def csv_delimiter(language):
    """The CSV separator a spreadsheet in this language expects: ``;`` for ru/de, else ``,``."""
    base = (language or "").lower().replace("_", "-").split("-")[0]
    return ";" if base in SEMICOLON_LANGUAGES else ","


def spreadsheet_safe(value):
    """Text a spreadsheet would run as a formula gets a leading apostrophe; the rest is kept."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def display_name(first_name, last_name, username):
    """As lists sorted by surname read: "Petrova Anna"; the login when no name is known."""
    full = f"{last_name} {first_name}".strip()
    return full or (username or "")
