"""Read-only queries behind the player and the trainers' analytics.

Each runs a fixed number of SQL queries whatever the length of the path or the number of
attempts (pinned by tests/quizzes/scenarios/test_queries_pages.py).
"""

from dataclasses import dataclass, field

from django.db.models import Avg, Case, Count, IntegerField, Q, When
from django.utils.translation import get_language
from wagtail.images import get_image_model

from . import engine, signals, tokens
from .models import AttemptStatus, PathEntry, Scenario, ScenarioAttempt

# Selectors ---------------------------------------------------------------------------------------


def live_scenario(slug, language_code=None):
    """The live scenario with this address, in the given (or active) language when there is one."""
    language_code = language_code or get_language()
    return (
        Scenario.objects.filter(live=True)
        .filter(slug=slug)
        .select_related("locale", "persona_image")
        .annotate(
            other_language=Case(
                When(locale__language_code=language_code, then=0),
                default=1,
                output_field=IntegerField(),
            )
        )
        .order_by("other_language", "pk")
        .first()
    )


def recent_attempts(user, scenario, limit=5):
    if not user.is_authenticated:
        return []
    return list(
        ScenarioAttempt.objects.filter(
            user=user, scenario__translation_key=scenario.translation_key
        )
        .exclude(status=AttemptStatus.ABANDONED)
        .order_by("-started_at")[:limit]
    )


def _images(ids):
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {image.pk: image for image in get_image_model().objects.filter(pk__in=ids)}


@dataclass(frozen=True)
class Turn:
    """One exchange already played: the customer's line, the reply chosen and its feedback."""

    step: engine.Step
    entry: PathEntry
    feedback: str
    image: object = None

    @property
    def tone(self):
        if self.entry.points > 0:
            return "good"
        if self.entry.points < 0:
            return "bad"
        return "neutral"


@dataclass
class AttemptView:
    attempt: ScenarioAttempt
    scenario: Scenario
    turns: list[Turn]
    current: engine.Step | None = None
    current_image: object = None
    # The current step's replies as (token, choice), in this attempt's shuffled order.
    options: list = field(default_factory=list)
    ending: engine.Step | None = None
    ending_image: object = None
    ideal: engine.IdealPath | None = None
    criteria: engine.CriteriaSummary | None = None
    followed_ideal: bool = False
    images: dict = field(default_factory=dict)
    criteria_met: list = field(default_factory=list)  # labels, for people
    criteria_missed: list = field(default_factory=list)


def criterion_labels(scenario, codes):
    """People's wording of criteria: the standard's own text where a layer above knows it, else
    the identifier made readable ("takes-ownership" → "Takes ownership"), never the raw id."""
    codes = [c for c in codes if c]
    labels = {}
    if codes:
        for _receiver, answer in signals.criterion_labels.send(
            sender=Scenario, scenario=scenario, codes=tuple(codes)
        ):
            for code, text in (answer or {}).items():
                if text:
                    labels.setdefault(code, text)
    return {c: labels.get(c) or _readable(c) for c in codes}


def _readable(code):
    words = " ".join(code.replace("_", "-").split("-")).strip()
    return words[:1].upper() + words[1:]


def attempt_view(attempt):
    """Everything the play page shows for an attempt, from its snapshot: two queries at most."""
    graph = attempt.get_graph()
    entries = list(attempt.path.order_by("position"))
    # By step and id: an attempt at a dialogue saved with a reply id used twice (before ids were
    # made unique) still shows each step's own feedback.
    feedback = {}
    for s in graph.steps:
        for c in s.choices:
            feedback.setdefault((s.key, c.id), c.feedback)
    images = _images(s.image_id for s in graph.steps)
    turns = []
    for entry in entries:
        step = graph.by_key.get(entry.step_key) or engine.Step(key=entry.step_key)
        turns.append(
            Turn(
                step=step,
                entry=entry,
                feedback=feedback.get((entry.step_key, entry.choice_id), ""),
                image=images.get(step.image_id),
            )
        )
    view = AttemptView(attempt=attempt, scenario=attempt.scenario, turns=turns, images=images)
    if attempt.is_open:
        view.current = graph.by_key.get(attempt.current_step)
        view.current_image = images.get(getattr(view.current, "image_id", None))
        if view.current is not None:
            view.options = tokens.shuffled(attempt.pk, view.current)
    elif attempt.status == AttemptStatus.FINISHED:
        view.ending = graph.by_key.get(attempt.ending_key)
        view.ending_image = images.get(getattr(view.ending, "image_id", None))
        view.ideal = engine.best_path(graph)
        view.criteria = engine.criteria(entries)
        labels = criterion_labels(attempt.scenario, [*view.criteria.met, *view.criteria.missed])
        view.criteria_met = [labels[c] for c in view.criteria.met]
        view.criteria_missed = [labels[c] for c in view.criteria.missed]
        view.followed_ideal = [(e.step_key, e.choice_id) for e in entries] == [
            (s.key, c.id) for s, c in view.ideal.moves
        ]
    return view


# Analytics ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChoiceStat:
    choice: engine.Choice
    count: int
    share: int  # percent of the times the step was answered
    by_failed: int  # how many of those choices were made in attempts that failed
    best: bool


@dataclass(frozen=True)
class StepStat:
    step: engine.Step
    answered: int
    wrong: int  # answers that were not the best reply of the step
    wrong_share: int
    choices: tuple[ChoiceStat, ...]
    most_common_wrong: ChoiceStat | None


@dataclass(frozen=True)
class EndingStat:
    step: engine.Step
    count: int
    share: int


@dataclass(frozen=True)
class ScenarioReport:
    scenario: Scenario
    started: int
    finished: int
    passed: int
    pass_rate: int
    average_score: float | None
    max_score: int
    steps: tuple[StepStat, ...]
    endings: tuple[EndingStat, ...]
    stuck_at: StepStat | None  # the step where most answers go wrong


def _percent(part, whole):
    return round(100 * part / whole) if whole else 0


def scenario_report(scenario):
    """Attempts, pass rate, average score and the choices made at each step.

    Counts every language of the scenario together (translations share step keys and reply ids).
    Three queries, whatever the number of attempts.
    """
    graph = scenario.graph()
    attempts = ScenarioAttempt.objects.filter(scenario__translation_key=scenario.translation_key)
    finished_q = Q(status=AttemptStatus.FINISHED)
    totals = attempts.exclude(status=AttemptStatus.ABANDONED).aggregate(
        started=Count("pk"),
        finished=Count("pk", filter=finished_q),
        passed=Count("pk", filter=finished_q & Q(passed=True)),
        average=Avg("score", filter=finished_q),
    )
    rows = (
        PathEntry.objects.filter(attempt__scenario__translation_key=scenario.translation_key)
        .values("step_key", "choice_id")
        .annotate(n=Count("pk"), failed=Count("pk", filter=Q(attempt__passed=False)))
        .order_by()
    )
    counts = {(r["step_key"], r["choice_id"]): (r["n"], r["failed"]) for r in rows}
    endings = dict(
        attempts.filter(finished_q).values_list("ending_key").annotate(n=Count("pk")).order_by()
    )
    steps = []
    for step in graph.steps:
        if step.ending:
            continue
        answered = sum(counts.get((step.key, c.id), (0, 0))[0] for c in step.choices)
        stats = []
        # The best reply of this step (by points), not "an id that is best somewhere".
        top = max((c.points for c in step.choices), default=None)
        for choice in step.choices:
            n, failed = counts.get((step.key, choice.id), (0, 0))
            stats.append(
                ChoiceStat(
                    choice=choice,
                    count=n,
                    share=_percent(n, answered),
                    by_failed=failed,
                    best=choice.points == top,
                )
            )
        wrong = sum(s.count for s in stats if not s.best)
        wrong_stats = [s for s in stats if not s.best and s.count]
        steps.append(
            StepStat(
                step=step,
                answered=answered,
                wrong=wrong,
                wrong_share=_percent(wrong, answered),
                choices=tuple(stats),
                most_common_wrong=max(wrong_stats, key=lambda s: s.count, default=None),
            )
        )
    finished = totals["finished"]
    ending_stats = tuple(
        EndingStat(
            step=s, count=endings.get(s.key, 0), share=_percent(endings.get(s.key, 0), finished)
        )
        for s in graph.steps
        if s.ending
    )
    stuck = max((s for s in steps if s.wrong), key=lambda s: (s.wrong_share, s.wrong), default=None)
    return ScenarioReport(
        scenario=scenario,
        started=totals["started"],
        finished=finished,
        passed=totals["passed"],
        pass_rate=_percent(totals["passed"], finished),
        average_score=(round(totals["average"], 1) if totals["average"] is not None else None),
        max_score=engine.best_score(graph) if not engine.validate(graph) else 0,
        steps=tuple(steps),
        endings=ending_stats,
        stuck_at=stuck,
    )
