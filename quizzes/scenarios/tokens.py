"""What the page is told about replies before one is chosen: opaque tokens, in a shuffled order.

Reply ids are stable and can be computed (the demo derives them from the slug), and the author
writes the best reply wherever they like, often first. So the player never sends either: each
reply is shown under a token that is an HMAC, keyed with the server's secret, of the attempt, the
step and the reply id, and the replies are ordered by another such HMAC. Both are stable within
an attempt (a reload shows the same order and the same tokens) and differ from one attempt to the
next; without the secret, neither the position nor the sorting of tokens says anything about
which reply is best. The server maps a token back to its reply; anything else is refused.
"""

import hmac

from django.utils.crypto import salted_hmac

_TOKEN_SALT = "quizzes.scenarios.tokens.reply"  # noqa: S105 - a salt, not a secret
_ORDER_SALT = "quizzes.scenarios.tokens.order"
TOKEN_LENGTH = 24


def reply_token(attempt_pk, step_key, choice_id):
    value = f"{attempt_pk}:{step_key}:{choice_id}"
    return salted_hmac(_TOKEN_SALT, value, algorithm="sha256").hexdigest()[:TOKEN_LENGTH]


def _order_key(attempt_pk, step_key, index, choice_id):
    value = f"{attempt_pk}:{step_key}:{index}:{choice_id}"
    return salted_hmac(_ORDER_SALT, value, algorithm="sha256").hexdigest()


def shuffled(attempt_pk, step):
    """The step's choices as (token, choice) pairs, in this attempt's order."""
    pairs = [
        (_order_key(attempt_pk, step.key, n, c.id), reply_token(attempt_pk, step.key, c.id), c)
        for n, c in enumerate(step.choices)
    ]
    pairs.sort(key=lambda p: p[0])
    return [(token, choice) for _key, token, choice in pairs]


def choice_for_token(attempt_pk, step, token):
    """The choice of the step the token stands for in this attempt, or None."""
    if not isinstance(token, str) or len(token) != TOKEN_LENGTH:
        return None
    for choice in step.choices:
        if hmac.compare_digest(reply_token(attempt_pk, step.key, choice.id), token):
            return choice
    return None
