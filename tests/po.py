"""A small reader of our gettext catalogues (enough for tests; no extra dependency)."""

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = (
    "theme",
    "quizzes",
    "quizzes/scenarios",
    "courses",
    "lms",
    *(
        f"lms/{room}"
        for room in ("staff", "certification", "assignments", "reports", "records", "feedback")
    ),
)


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False


def catalogue(app, language):
    return ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"


def read(path):
    """The entries of one .po file, header included (msgid "")."""
    entries, entry, key = [], Entry(), None

    def close():
        nonlocal entry, key
        if key is not None:
            entries.append(entry)
        entry, key = Entry(), None

    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#~"):
            entry.obsolete = True
            continue
        if not line:
            close()
            continue
        if line.startswith("#,"):
            if key is not None:
                close()
            entry.flags |= {f.strip() for f in line[2:].split(",")}
            continue
        if line.startswith("#"):
            if key is not None:
                close()
            continue
        word, _, rest = line.partition(" ")
        if line.startswith('"'):
            value = ast.literal_eval(line)
        else:
            if word == "msgctxt" and key is not None:
                close()
            if word == "msgid" and key not in (None, "msgctxt"):
                close()
            key, value = word, ""
            value = ast.literal_eval(rest)
            if key.startswith("msgstr["):
                entry.msgstr[int(key[7:-1])] = ""
            elif key == "msgstr":
                entry.msgstr[0] = ""
        if key == "msgid":
            entry.msgid += value
        elif key == "msgid_plural":
            entry.msgid_plural = (entry.msgid_plural or "") + value
        elif key == "msgctxt":
            entry.msgctxt = (entry.msgctxt or "") + value
        elif key == "msgstr":
            entry.msgstr[0] += value
        elif key.startswith("msgstr["):
            entry.msgstr[int(key[7:-1])] += value
    close()
    return [e for e in entries if not e.obsolete]
