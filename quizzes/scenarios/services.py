"""Services that change role-play records, each in one transaction.

Views call these; the rules themselves are in ``engine``. The attempt row is locked
(``select_for_update``) before it is read for a decision, so two POSTs of the same step, from two
tabs or two app servers, record one choice; the unique constraints of ``PathEntry`` and the
"one open attempt" constraint hold the line where a database cannot lock.
"""

import uuid
from dataclasses import dataclass
from functools import partial

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Locale

from . import engine, signals, tokens
from .models import AttemptStatus, PathEntry, Scenario, ScenarioAttempt


class ScenarioNotPlayable(Exception):
    """The scenario is not published, or its graph is broken."""


class AttemptClosed(Exception):
    """The attempt is finished or abandoned; no more choices are accepted."""


class WrongStep(Exception):
    """The choice is for a step that is not the attempt's current step (replayed or forged)."""

    def __init__(self, step_key, current_step):
        super().__init__(f"step {step_key!r} is not the current step {current_step!r}")
        self.step_key = step_key
        self.current_step = current_step


class InvalidChoice(Exception):
    """The choice does not belong to the current step."""


def start_attempt(user, scenario, *, restart=False):
    """The person's open attempt at a scenario, or a new one. ``restart`` abandons the open one.

    Idempotent: a double click on "start" gives one attempt.
    """
    if not scenario.live:
        raise ScenarioNotPlayable(scenario.pk)
    graph = scenario.graph()
    if engine.validate(graph):
        raise ScenarioNotPlayable(scenario.pk)
    with transaction.atomic():
        open_attempt = (
            ScenarioAttempt.objects.select_for_update()
            .filter(user=user, scenario=scenario, status=AttemptStatus.IN_PROGRESS)
            .first()
        )
        if open_attempt is not None:
            if not restart:
                return open_attempt
            open_attempt.status = AttemptStatus.ABANDONED
            open_attempt.current_step = ""
            open_attempt.save(update_fields=["status", "current_step"])
        try:
            with transaction.atomic():
                return ScenarioAttempt.objects.create(
                    user=user,
                    scenario=scenario,
                    graph=graph.to_dict(),
                    current_step=graph.start,
                    max_score=engine.best_score(graph),
                    pass_score=graph.pass_score,
                )
        except IntegrityError:
            # Another request opened one a moment ago: that one is the attempt.
            return ScenarioAttempt.objects.get(
                user=user, scenario=scenario, status=AttemptStatus.IN_PROGRESS
            )


@dataclass(frozen=True)
class ChoiceResult:
    attempt: ScenarioAttempt
    entry: PathEntry
    choice: engine.Choice
    finished: bool


def choose_by_token(attempt, step_key, token):
    """Record the reply the page showed under ``token`` (see ``tokens``); the player's way in.

    A token that is not one of the current step's in this attempt (forged, from another attempt
    or another step) is refused with ``InvalidChoice``, and nothing is written.
    """
    return choose(attempt, step_key, token=token)


def choose(attempt, step_key, choice_id=None, *, token=None):
    """Record a choice at the attempt's current step and move it on; finish it at an ending."""
    with transaction.atomic():
        locked = ScenarioAttempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.status != AttemptStatus.IN_PROGRESS:
            raise AttemptClosed(locked.pk)
        if step_key != locked.current_step:
            raise WrongStep(step_key, locked.current_step)
        graph = locked.get_graph()
        if token is not None:
            step = graph.by_key.get(step_key)
            chosen = tokens.choice_for_token(locked.pk, step, token) if step else None
            if chosen is None:
                raise InvalidChoice(token)
            choice_id = chosen.id
        try:
            move = engine.advance(graph, step_key, choice_id)
        except engine.PlayError as error:
            raise InvalidChoice(choice_id) from error
        previous = list(locked.path.order_by("position"))
        entry = PathEntry.objects.create(
            attempt=locked,
            position=len(previous) + 1,
            step_key=step_key,
            choice_id=move.choice.id,
            reply=move.choice.reply,
            points=move.choice.points,
            criterion=move.choice.criterion,
        )
        locked.score = engine.score([*previous, entry])
        locked.current_step = move.next_step.key
        fields = ["score", "current_step"]
        if move.finished:
            locked.status = AttemptStatus.FINISHED
            locked.finished_at = timezone.now()
            locked.ending_key = move.next_step.key
            locked.result = move.next_step.result
            locked.passed = engine.is_passed(locked.score, locked.pass_score)
            locked.current_step = ""
            fields += ["status", "finished_at", "ending_key", "result", "passed"]
            summary = engine.criteria([*previous, entry])
            transaction.on_commit(
                partial(
                    signals.scenario_attempt_finished.send,
                    sender=ScenarioAttempt,
                    user=locked.user,
                    scenario=locked.scenario,
                    attempt=locked,
                    criteria_met=summary.met,
                    criteria_missed=summary.missed,
                ),
                # A failing listener is logged, not shown: the attempt is committed and the
                # daily job's reconciliation repairs a missing certification effect.
                robust=True,
            )
        locked.save(update_fields=fields)
    return ChoiceResult(attempt=locked, entry=entry, choice=move.choice, finished=move.finished)


# Demo and import --------------------------------------------------------------------------------


def _stable_id(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "standards-lms:scenario:" + ":".join(parts)))


def stream_from_dict(data):
    """The raw StreamField data of a scenario described as a plain dict (see create_scenario_…).

    Ids are derived from the slug and the step keys, so every language of one scenario shares its
    choice ids and analytics add the languages up.
    """
    slug = data["slug"]
    start = data["start"]
    steps = data["steps"]
    keys = [start, *(k for k in steps if k != start)]
    raw = []
    for key in keys:
        step = steps[key]
        if step.get("ending"):
            value = {
                "key": key,
                "text": step.get("text", ""),
                "result": step.get("result", "neutral"),
                "image": None,
            }
            raw.append({"type": "ending", "value": value, "id": _stable_id(slug, key)})
            continue
        choices = [
            {
                "type": "item",
                "id": _stable_id(slug, key, str(n)),
                "value": {
                    "reply": c["reply"],
                    "feedback": c.get("feedback", ""),
                    "points": int(c.get("points", 0)),
                    "criterion": c.get("criterion", "") or "",
                    "next": c["next"],
                },
            }
            for n, c in enumerate(step.get("choices", []))
        ]
        value = {
            "key": key,
            "speaker": "narration" if step.get("narration") else "customer",
            "text": step.get("text", ""),
            "image": None,
            "choices": choices,
        }
        raw.append({"type": "step", "value": value, "id": _stable_id(slug, key)})
    return raw


def create_scenario_from_dict(data, locale=None, *, standard=None, user=None):
    """Create and publish a scenario from a plain dict, once per slug and locale.

    Idempotent: when a scenario with the slug exists in the locale it is returned untouched, so
    a trainer's edits survive reloading the demo. A scenario with the same slug in another locale
    becomes its translation. Raises ``ValidationError`` with the graph's problems if the dict
    describes a broken dialogue.

    ``data``: ``slug, title, situation_type, channel, briefing, persona {name, mood}, pass_score,
    start, steps {key: {text, choices [{reply, feedback, points, criterion, next}]} |
    {ending: True, text, result}}``.
    """
    locale = locale or Locale.get_default()
    slug = data["slug"]
    existing = Scenario.objects.filter(slug=slug, locale=locale).first()
    if existing is not None:
        return existing
    persona = data.get("persona") or {}
    scenario = Scenario(
        locale=locale,
        title=data["title"],
        slug=slug,
        situation_type=data.get("situation_type", "typical"),
        channel=data.get("channel", "in_person"),
        briefing=data.get("briefing", ""),
        persona_name=persona.get("name", ""),
        persona_mood=persona.get("mood", ""),
        pass_score=int(data.get("pass_score", 0)),
        standard=standard,
        steps=stream_from_dict(data),
    )
    sibling = Scenario.objects.filter(slug=slug).exclude(locale=locale).first()
    if sibling is not None:
        scenario.translation_key = sibling.translation_key
    problems = scenario.problems()
    if problems:
        raise ValidationError([f"{slug}: {p.message}" for p in problems])
    with transaction.atomic():
        scenario.save()
        revision = scenario.save_revision(user=user)
        revision.publish(user=user)
    scenario.refresh_from_db()
    return scenario
