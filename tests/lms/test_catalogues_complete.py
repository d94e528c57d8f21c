"""Every app's ru and de catalogue is complete: no empty, no fuzzy (guessed) translation, and
plurals have every form the language needs. The en catalogue: a proper header, nothing fuzzy."""

import re

import pytest

from tests.po import APPS, catalogue, read

PLURALS = {"ru": 3, "de": 2, "en": 2}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")


def problems(app, language):
    found = []
    for entry in read(catalogue(app, language)):
        if entry.msgid == "" and entry.msgctxt is None:
            if "fuzzy" in entry.flags:
                found.append("header is fuzzy (the catalogue's Plural-Forms is ignored)")
            if f"Language: {language}\\n" not in repr(entry.msgstr[0]).replace("\\\\", "\\"):
                found.append("header names no language")
            continue
        label = entry.msgid[:60]
        if "fuzzy" in entry.flags:
            found.append(f"fuzzy: {label}")
        if language == "en":
            if entry.msgid_plural and any(entry.msgstr.values()) and len(entry.msgstr) != 2:
                found.append(f"plural forms: {label}")
            continue
        if entry.msgid_plural is not None:
            forms = [entry.msgstr.get(i, "") for i in range(PLURALS[language])]
            if len(entry.msgstr) != PLURALS[language] or not all(forms):
                found.append(f"plural forms missing: {label}")
        elif not entry.msgstr.get(0):
            found.append(f"empty: {label}")
        wanted = {a or b for a, b in PLACEHOLDER.findall(entry.msgid)}
        for text in entry.msgstr.values():
            if text and not wanted <= {a or b for a, b in PLACEHOLDER.findall(text)}:
                found.append(f"placeholder lost: {label}")
    return found


@pytest.mark.parametrize("language", ["ru", "de", "en"])
@pytest.mark.parametrize("app", APPS)
def test_catalogue_complete(app, language):
    assert problems(app, language) == []
