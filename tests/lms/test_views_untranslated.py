"""No English sentence of ours is left in a Russian or German page.

Every page kind (catalogue, course, lesson, quiz list/detail/take/result, role-play detail/player,
My training, certificates, verify, record, team, observe, suggestions, sign-in, password change,
error pages, and our admin screens) is rendered in ru and in de. The English msgids of our own
catalogues whose translation differs from the English are then looked for in the visible text:
one found means a string that was not marked, not translated, or left fuzzy.
"""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from courses.models import Audience
from lms.staff.models import Department, EmployeeProfile, JobRole
from quizzes import services as quiz_services
from quizzes.models import Category, Question, Quiz
from quizzes.scenarios.models import Scenario
from tests.lms.test_permissions_walk import table, world  # noqa: F401 (the fixture)
from tests.po import APPS, catalogue, read

pytestmark = pytest.mark.django_db

LANGUAGES = ("ru", "de")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sd]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Attributes people read (or hear through a screen reader).
READ_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt", "aria-description"}
FRONT = {"lms", "certification", "feedback", "quizzes", "scenarios", "records"}
# The product's name, and languages named in their own language in the language menu.
BRAND = re.compile(r"Standards LMS")
NAMED_IN_THEIR_OWN_LANGUAGE = {"Russian", "German", "English"}
# Wagtail's own words that are also msgids of ours: Wagtail 8 renders its dropdowns' "Actions"
# label untranslated (its own catalogue has it), which no catalogue of ours can change.
WAGTAIL_OWN = {"Actions", "Search"}
# Wagtail 8's status side-panel toggle of a ModelViewSet edit view prints its error counter as
# "None" when the view has no scheduling fields (wagtail/admin/ui/side_panels.py, not ours).
WAGTAIL_STATUS_TOGGLE = {"Переключить статус", "Status umschalten", "Toggle status"}
# Python's own values, shown as they are stored: never something a person should read.
RAW_VALUES = {"True", "False", "None", "{}", "[]"}
# Who looks at a route (first one allowed).
PREFERENCE = ("member", "manager", "trainer", "hr", "admin")


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        attrs = dict(attrs)
        for name in READ_ATTRIBUTES & set(attrs):
            self.parts.append(attrs[name] or "")
        if tag == "input" and attrs.get("type") in ("submit", "button"):
            self.parts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(html):
    """The text nodes and read attributes of a page, each with its whitespace collapsed."""
    parser = VisibleText()
    parser.feed(html)
    parts = (" ".join(part.split()) for part in parser.parts)
    return [BRAND.sub("", part).strip() for part in parts if part.strip()]


def english_msgids(language):
    """Our English source strings whose translation into ``language`` differs: each as
    (the longest literal piece, a pattern, whether it is short). A short one (one or two words,
    no placeholder) counts only as a whole text node, so that "Name" inside content is no hit."""
    found = {}
    for app in APPS:
        for entry in read(catalogue(app, language)):
            if not entry.msgid or entry.msgid in NAMED_IN_THEIR_OWN_LANGUAGE:
                continue
            sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
            translations = set(entry.msgstr.values())
            for source in sources:
                if source in translations:
                    continue  # the same word in both languages ("Online", "E-mail")
                text = " ".join(TAG.sub(" ", source).split())
                pieces = [p.strip() for p in PLACEHOLDER.split(text) if p.strip()]
                words = ENGLISH_WORD.findall(" ".join(pieces))
                if not words:
                    continue
                short = len(text.split()) <= 2
                if short and len(pieces) > 1 or short and PLACEHOLDER.search(text):
                    continue  # "%(n)s people": too little text of its own to tell
                pattern = r"\s*.{0,300}?\s*".join(re.escape(p) for p in pieces)
                found[text] = (
                    max(pieces, key=len),
                    re.compile(rf"(?<![\w-]){pattern}(?![\w-])"),
                    short,
                )
    return found


def untranslated(html, msgids):
    """Each English msgid found, with the text around it."""
    parts = visible_text(html)
    whole = {part.rstrip(":").strip() for part in parts}
    text = " | ".join(parts)
    found = [
        f"raw value {part!r} after …{' | '.join(parts[max(i - 3, 0) : i])}"
        for i, part in enumerate(parts)
        if part in RAW_VALUES and not (i and parts[i - 1] in WAGTAIL_STATUS_TOGGLE)
    ]
    for source, (literal, pattern, short) in sorted(msgids.items()):
        if short:
            if source in whole and source not in WAGTAIL_OWN:
                found.append(f"{source!r} as a whole text")
            continue
        if literal in text and (match := pattern.search(text)):
            start, end = max(match.start() - 40, 0), match.end() + 40
            found.append(f"{source!r} in …{text[start:end]}…")
    return found


def pages(w):
    """(label, person, URL name, kwargs, is_admin) of every page kind."""
    people = w["people"]
    for name, (allowed, kwargs) in sorted(table(w).items()):
        if allowed == "post" or isinstance(allowed, tuple) or not allowed:
            continue
        if name == "quizzes:take":  # a finished attempt: the open one is below
            continue
        if name.endswith(("_csv", "_xlsx", ":pdf", "_pdf")):
            continue  # downloads: their text is checked by the tests of each export
        if allowed == "public":
            person = None
        else:
            person = next(people[r] for r in PREFERENCE if r in allowed)
        yield name, person, name, kwargs, name.split(":")[0] not in FRONT
    member, admin = w["member"], people["admin"]
    yield "sign-in", None, "login", {}, False
    yield "password change", member, "password_change", {}, False
    yield "password changed", member, "password_change_done", {}, False
    yield "quiz take", people["employee"], "quizzes:take", None, False
    snippets = {
        Quiz: w["quiz"],
        Question: w["quiz"].quiz_questions.first().question,
        Category: None,
        Scenario: w["scenario"],
        Audience: None,
        Department: Department.objects.first(),
        JobRole: None,
        EmployeeProfile: EmployeeProfile.objects.first(),
    }
    for model, obj in snippets.items():
        viewset = model.snippet_viewset
        yield f"{model.__name__} list", admin, viewset.get_url_name("list"), {}, True
        yield f"{model.__name__} add", admin, viewset.get_url_name("add"), {}, True
        if obj is not None:
            kwargs = {"pk": obj.pk}
            yield f"{model.__name__} edit", admin, viewset.get_url_name("edit"), kwargs, True
    for page in (w["course"], w["lesson"]):
        kwargs = {"page_id": page.pk}
        yield f"{page.specific_class.__name__} edit", admin, "wagtailadmin_pages:edit", kwargs, True
    yield "admin home", admin, "wagtailadmin_home", {}, True


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_msgid_in_any_page(client, world, language):  # noqa: F811
    w = world
    msgids = english_msgids(language)
    open_sitting = quiz_services.start_sitting(w["people"]["employee"], w["quiz"])
    for person in w["people"].values():
        if person is not None:
            UserProfile.get_for_user(person).__class__.objects.filter(user=person).update(
                preferred_language=language
            )
    found, seen = {}, []
    with translation.override(language):
        urls = []
        for label, person, name, kwargs, _admin in pages(w):
            if kwargs is None:
                kwargs = {"slug": w["quiz"].slug, "pk": open_sitting.pk}
            urls.append((label, person, reverse(name, kwargs=kwargs)))
        prefix = "" if language == "ru" else f"/{language}"
        for label, path in (
            ("catalogue", w["course"].get_parent().url),
            ("course", w["course"].url),
            ("lesson", w["lesson"].url),
            ("not found", "/no-such-page/"),
        ):
            urls.append((label, w["member"], prefix + path.removeprefix(prefix)))
    for label, person, url in urls:
        client.logout()
        if person is not None:
            client.force_login(person)
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code in (200, 404), f"{label} {url}: {response.status_code}"
        if label != "not found":
            assert response.status_code == 200, f"{label} {url}"
        seen.append(label)
        left = untranslated(response.content.decode(), msgids)
        if left:
            found[f"{label} ({url})"] = left
    assert len(seen) > 50
    assert found == {}, "\n".join(f"{page}: {left}" for page, left in found.items())
