"""Small graph builders and hypothesis strategies for the role-play engine tests."""

from hypothesis import strategies as st

from quizzes.scenarios.engine import Choice, Graph, Step


def choice(next_key, points=0, reply=None, cid=None, **kwargs):
    return Choice(
        id=cid or f"to-{next_key}-{points}",
        reply=reply or f"Reply towards {next_key}",
        next=next_key,
        points=points,
        **kwargs,
    )


def step(key, *choices, text=None):
    return Step(key=key, text=text or f"Customer at {key}", choices=tuple(choices))


def ending(key, result="good"):
    return Step(key=key, text=f"Outcome {key}", ending=True, result=result)


def sample_graph(pass_score=3):
    """s1 → (good +2 → s2 | rude -2 → bad); s2 → (offer +2 → good | shrug 0 → neutral)."""
    return Graph(
        steps=(
            step(
                "s1",
                choice("s2", 2, cid="polite", criterion="greets"),
                choice("bad", -2, cid="rude", criterion="greets"),
            ),
            step(
                "s2",
                choice("good", 2, cid="offer", criterion="offers-options"),
                choice("neutral", 0, cid="shrug"),
            ),
            ending("good", "good"),
            ending("neutral", "neutral"),
            ending("bad", "bad"),
        ),
        pass_score=pass_score,
    )


@st.composite
def dags(draw, max_steps=12):
    """Random valid scenarios: forward edges only, every step reachable, endings last."""
    n = draw(st.integers(min_value=2, max_value=max_steps))
    endings = draw(st.integers(min_value=1, max_value=n - 1))
    last_open = n - endings - 1  # index of the last step that is not an ending
    keys = [f"s{i}" for i in range(n)]
    targets: dict[int, list[int]] = {i: [] for i in range(last_open + 1)}
    for j in range(1, n):
        parent = draw(st.integers(min_value=0, max_value=min(j - 1, last_open)))
        targets[parent].append(j)
    for i in range(last_open + 1):
        extra = draw(st.lists(st.integers(min_value=i + 1, max_value=n - 1), max_size=3))
        targets[i].extend(extra)
        if not targets[i]:
            targets[i].append(draw(st.integers(min_value=i + 1, max_value=n - 1)))
    steps = []
    for i in range(n):
        if i > last_open:
            result = draw(st.sampled_from(["good", "neutral", "bad"]))
            steps.append(ending(keys[i], result))
            continue
        choices = tuple(
            Choice(
                id=f"c{i}-{k}",
                reply=f"reply {i}-{k}",
                next=keys[j],
                points=draw(st.integers(min_value=-3, max_value=3)),
            )
            for k, j in enumerate(targets[i])
        )
        steps.append(Step(key=keys[i], text=f"line {i}", choices=choices))
    # A pass score every path can reach, so only the graph itself is under test.
    return Graph(steps=tuple(steps), pass_score=-3 * n * 3)
