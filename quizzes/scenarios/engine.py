"""The rules of a role-play, as plain Python over frozen dataclasses (no ORM, no request).

A scenario is a directed graph of steps. A step is a line of the customer (or a narration) with
the employee's possible replies (choices); each choice carries points, feedback, the criterion of
the standard it shows or breaks, and the key of the next step. An ending closes the dialogue with
an outcome and a result.

Two kinds of rule live here:

* **Graph rules** (:func:`validate`): what must hold before a scenario may be published. Every
  problem comes back as a :class:`Problem` with a message that names the step and the choice,
  so a trainer knows exactly what to fix.
* **Play rules** (:func:`advance`, :func:`best_path`, :func:`is_passed`, …): the next step, the
  points, the score and pass/fail. The server alone applies them; the page never learns points
  or targets before a choice is made.

Loops are refused outright. A published scenario is therefore a directed acyclic graph, every
play ends after at most ``len(steps)`` choices, and the ideal path is a longest-path problem
solved exactly by dynamic programming.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import cached_property

from django.utils.translation import gettext as _

RESULTS = ("good", "neutral", "bad")


@dataclass(frozen=True)
class Choice:
    """One reply the employee may give at a step."""

    id: str
    reply: str
    next: str
    feedback: str = ""
    points: int = 0
    criterion: str = ""


@dataclass(frozen=True)
class Step:
    """A customer's line (or a narration) with its choices, or an ending when ``ending`` is set."""

    key: str
    text: str = ""
    choices: tuple[Choice, ...] = ()
    narration: bool = False
    ending: bool = False
    result: str = ""
    image_id: int | None = None


@dataclass(frozen=True)
class Graph:
    """The whole dialogue. The first step is where it starts."""

    steps: tuple[Step, ...]
    pass_score: int = 0

    @property
    def start(self) -> str | None:
        return self.steps[0].key if self.steps else None

    @cached_property
    def by_key(self) -> dict[str, Step]:
        # The first of two steps with one key wins; validate() reports the duplicate.
        found: dict[str, Step] = {}
        for step in self.steps:
            found.setdefault(step.key, step)
        return found

    def step(self, key: str) -> Step:
        try:
            return self.by_key[key]
        except KeyError:
            raise UnknownStep(key) from None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Graph:
        steps = []
        for raw in data.get("steps", ()):
            raw = dict(raw)
            raw["choices"] = tuple(Choice(**c) for c in raw.get("choices", ()))
            steps.append(Step(**raw))
        return cls(steps=tuple(steps), pass_score=int(data.get("pass_score", 0)))


# Errors of play ---------------------------------------------------------------------------------


class PlayError(Exception):
    """A move the rules do not allow."""


class UnknownStep(PlayError):
    pass


class UnknownChoice(PlayError):
    pass


class StepIsEnding(PlayError):
    pass


# Graph rules ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a graph. ``code`` is stable for tests; ``message`` is for people."""

    code: str
    message: str
    step: str = ""

    def __str__(self) -> str:
        return self.message


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _choice_label(index: int, choice: Choice) -> str:
    return _("choice %(n)s (“%(reply)s”)") % {"n": index, "reply": _quote(choice.reply)}


def _edges(graph: Graph, step: Step) -> list[str]:
    """Targets of a step that exist, in the order of its choices, without repeats."""
    seen: list[str] = []
    for choice in step.choices:
        if choice.next in graph.by_key and choice.next not in seen:
            seen.append(choice.next)
    return seen


def _reachable(graph: Graph) -> list[str]:
    """Keys reachable from the start, in breadth-first order."""
    if graph.start is None:
        return []
    order = [graph.start]
    seen = {graph.start}
    for key in order:
        for target in _edges(graph, graph.by_key[key]):
            if target not in seen:
                seen.add(target)
                order.append(target)
    return order


def _loops(graph: Graph, keys: list[str]) -> list[list[str]]:
    """Loops found by a depth-first walk, each as the list of keys from its entry back to it.

    Loops that share a step are reported once (the first found): one back edge can close
    several cycles, and the trainer has one choice to redirect.
    """
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(keys, white)
    loops: list[list[str]] = []
    for root in keys:
        if colour[root] != white:
            continue
        # Iterative DFS: the stack holds (key, iterator over its targets); `trail` the grey path.
        trail = [root]
        colour[root] = grey
        stack = [(root, iter(_edges(graph, graph.by_key[root])))]
        while stack:
            key, targets = stack[-1]
            target = next(targets, None)
            if target is None:
                colour[key] = black
                stack.pop()
                trail.pop()
            elif colour.get(target, black) == grey:
                loop = [*trail[trail.index(target) :], target]
                # Loops through the same steps are one fault to fix: report the first found.
                if not any(set(loop) & set(known) for known in loops):
                    loops.append(loop)
            elif colour.get(target) == white:
                colour[target] = grey
                trail.append(target)
                stack.append((target, iter(_edges(graph, graph.by_key[target]))))
    return loops


def validate(graph: Graph) -> tuple[Problem, ...]:
    """Everything that keeps a scenario from being published; empty when it may be played."""
    problems: list[Problem] = []

    def add(code, message, step=""):
        problems.append(Problem(code=code, message=message, step=step))

    if not graph.steps:
        add("empty", _("The scenario has no steps. Add a first step and at least one ending."))
        return tuple(problems)

    seen: set[str] = set()
    for step in graph.steps:
        if not step.key.strip():
            add("no_key", _("A step has no key. Give every step a short key, e.g. s1."))
        elif step.key in seen:
            add(
                "duplicate_key",
                _("Two steps have the key “%(key)s”. Each step needs its own key.")
                % {"key": step.key},
                step.key,
            )
        seen.add(step.key)

    start = graph.by_key[graph.start]
    if start.ending:
        add(
            "start_is_ending",
            _(
                "The first step “%(key)s” is an ending: there is nothing to play. Put a step with "
                "choices first."
            )
            % {"key": start.key},
            start.key,
        )

    for step in graph.steps:
        if step.ending:
            if step.choices:
                add(
                    "ending_has_choices",
                    _("Ending “%(key)s” has choices. An ending closes the dialogue.")
                    % {"key": step.key},
                    step.key,
                )
            if step.result not in RESULTS:
                add(
                    "ending_without_result",
                    _("Ending “%(key)s” has no result (good, neutral or bad).") % {"key": step.key},
                    step.key,
                )
            continue
        if not step.choices:
            add(
                "no_choices",
                _(
                    "Step “%(key)s” is not an ending and has no choices. Add the employee's "
                    "replies or make it an ending."
                )
                % {"key": step.key},
                step.key,
            )
        for n, choice in enumerate(step.choices, start=1):
            if not choice.next.strip():
                add(
                    "no_target",
                    _("Step “%(key)s”, %(choice)s does not say which step comes next.")
                    % {"key": step.key, "choice": _choice_label(n, choice)},
                    step.key,
                )
            elif choice.next not in graph.by_key:
                add(
                    "missing_target",
                    _("Step “%(key)s”, %(choice)s leads to “%(target)s”, which does not exist.")
                    % {"key": step.key, "choice": _choice_label(n, choice), "target": choice.next},
                    step.key,
                )

    reachable = _reachable(graph)
    reached = set(reachable)
    for step in graph.steps:
        if step.key and step.key not in reached:
            add(
                "unreachable",
                _(
                    "Step “%(key)s” cannot be reached from the first step “%(start)s”. Point a "
                    "choice at it or delete it."
                )
                % {"key": step.key, "start": graph.start},
                step.key,
            )

    for loop in _loops(graph, reachable):
        add(
            "loop",
            _(
                "Steps %(loop)s form a loop: the dialogue could go round for ever. Every choice "
                "must lead forward, towards an ending."
            )
            % {"loop": " → ".join(loop)},
            loop[0],
        )

    # Which steps can still reach an ending (walking the existing edges backwards).
    can_end = {s.key for s in graph.steps if s.ending}
    changed = True
    while changed:
        changed = False
        for step in graph.steps:
            if step.key not in can_end and any(t in can_end for t in _edges(graph, step)):
                can_end.add(step.key)
                changed = True
    if not any(s.ending for s in graph.steps):
        add("no_ending", _("The scenario has no ending. Add at least one ending."))
    else:
        for key in reachable:
            if key not in can_end:
                add(
                    "dead_end",
                    _(
                        "From step “%(key)s” no ending can be reached: the dialogue would never "
                        "finish."
                    )
                    % {"key": key},
                    key,
                )

    if not problems:
        best = best_score(graph)
        if graph.pass_score > best:
            add(
                "pass_score_unreachable",
                _("The pass score %(pass)s cannot be reached: the best path scores %(best)s.")
                % {"pass": graph.pass_score, "best": best},
            )
    return tuple(problems)


# Play rules -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    """What a choice leads to: the choice (with its points and feedback) and the next step."""

    choice: Choice
    next_step: Step

    @property
    def finished(self) -> bool:
        return self.next_step.ending


def advance(graph: Graph, step_key: str, choice_id: str) -> Move:
    """Apply a choice at a step. The caller has checked that ``step_key`` is the current step."""
    step = graph.step(step_key)
    if step.ending:
        raise StepIsEnding(step_key)
    for choice in step.choices:
        if choice.id == choice_id:
            return Move(choice=choice, next_step=graph.step(choice.next))
    raise UnknownChoice(choice_id)


def score(choices) -> int:
    return sum(c.points for c in choices)


def is_passed(total: int, pass_score: int) -> bool:
    return total >= pass_score


@dataclass(frozen=True)
class IdealPath:
    """The path with the most points; ties go to the earlier choice."""

    moves: tuple[tuple[Step, Choice], ...]
    ending: Step | None
    score: int


def best_path(graph: Graph) -> IdealPath:
    """The ideal path from the first step to an ending. Expects a valid graph."""
    best: dict[str, tuple[int, Choice | None]] = {}

    def solve(key: str, depth: int = 0) -> int:
        if key in best:
            return best[key][0]
        step = graph.step(key)
        if step.ending or depth > len(graph.steps):
            best[key] = (0, None)
            return 0
        options = [
            (c.points + solve(c.next, depth + 1), -n, c)
            for n, c in enumerate(step.choices)
            if c.next in graph.by_key
        ]
        if not options:
            best[key] = (0, None)
            return 0
        value, _n, choice = max(options, key=lambda o: (o[0], o[1]))
        best[key] = (value, choice)
        return value

    if graph.start is None:
        return IdealPath(moves=(), ending=None, score=0)
    total = solve(graph.start)
    moves = []
    key = graph.start
    for _guard in range(len(graph.steps)):
        step = graph.step(key)
        choice = best[key][1]
        if step.ending or choice is None:
            break
        moves.append((step, choice))
        key = choice.next
    last = graph.step(key)
    return IdealPath(moves=tuple(moves), ending=last if last.ending else None, score=total)


def best_score(graph: Graph) -> int:
    return best_path(graph).score


def best_choice_ids(graph: Graph) -> frozenset[str]:
    """At each step, the choice(s) with the most points — what analytics calls "right"."""
    ids = set()
    for step in graph.steps:
        if step.choices:
            top = max(c.points for c in step.choices)
            ids.update(c.id for c in step.choices if c.points == top)
    return frozenset(ids)


@dataclass(frozen=True)
class CriteriaSummary:
    """Criteria of the standard shown (a choice with points > 0) and broken (points < 0)."""

    met: tuple[str, ...] = field(default=())
    missed: tuple[str, ...] = field(default=())


def criteria(choices) -> CriteriaSummary:
    met: list[str] = []
    missed: list[str] = []
    for choice in choices:
        if not choice.criterion:
            continue
        if choice.points > 0 and choice.criterion not in met:
            met.append(choice.criterion)
        elif choice.points < 0 and choice.criterion not in missed:
            missed.append(choice.criterion)
    return CriteriaSummary(met=tuple(met), missed=tuple(missed))
