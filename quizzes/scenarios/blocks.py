"""Blocks of role-plays: the steps a trainer authors, and the block that embeds a role-play.

Why steps are a StreamField and not inline models: Wagtail cannot nest inline panels, and the
alternative (steps in one inline, choices in another with "from step" / "to step" pickers) tears
a step apart from its replies. As a StreamField a step is one collapsible block with its
customer line, its image and its replies right inside it, which is how trainers think of a
dialogue; steps can be reordered, duplicated and collapsed; revisions, preview and translation
come for free. Steps are linked by a short key that the trainer chooses (``s1``, ``angry``,
``good-end``): keys survive rewording and reordering, and publishing checks every key (see
``engine.validate``). Each reply keeps the stable id Wagtail gives list items, which attempts
and analytics refer to.
"""

import re
import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
KEY_HELP = _(
    "A short key other steps point to, e.g. s1 or angry-customer. Keep it when you reword."
)


def _check_key(value, field="key"):
    if not KEY_PATTERN.match(value.get(field) or ""):
        raise StructBlockValidationError(
            block_errors={
                field: ValidationError(
                    _("Use lower-case latin letters, digits, hyphens and underscores only.")
                )
            }
        )


class ReplyBlock(blocks.StructBlock):
    """One reply the employee may choose, with what it earns and where it leads."""

    reply = blocks.TextBlock(label=_("Employee's reply"), rows=2)
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        required=False,
        rows=2,
        help_text=_("Shown after the reply is chosen: why it helps or hurts the customer."),
    )
    points = blocks.IntegerBlock(
        label=_("Points"),
        default=0,
        help_text=_("May be negative for a reply that breaks the standard."),
    )
    criterion = blocks.CharBlock(
        label=_("Criterion"),
        required=False,
        max_length=60,
        help_text=_(
            "Identifier of the criterion of the standard this reply shows (points above 0) or "
            "breaks (points below 0), as in the course's checklist, e.g. greets-customer."
        ),
    )
    next = blocks.CharBlock(
        label=_("Next step"),
        max_length=60,
        help_text=_("Key of the step or ending that follows this reply."),
    )

    class Meta:
        icon = "comment"
        label = _("Reply")


class ReplyListBlock(blocks.ListBlock):
    """The replies of a step. Its form state never carries an id Wagtail made up on the fly.

    Why: the editor receives, once per page, the default state of a new step, and a ListBlock's
    default holds one reply whose id (``uuid4``) is generated when that default is built. Every
    step inserted in that editing session copied it, so the first reply of each new step had the
    same id, and the player showed one step's feedback under another's answer. Ids of stored
    replies are kept; made-up ones are left out, so the editor makes a fresh one for each reply
    it inserts (and the server checks on save, see ``unique_reply_ids``).
    """

    def get_form_state(self, value):
        state = super().get_form_state(value)
        if isinstance(value, blocks.list_block.ListValue):
            for item, child in zip(state, value.bound_blocks, strict=True):
                if not child.original_id:
                    del item["id"]
        return state


def unique_reply_ids(stream_value):
    """Give every reply a blank or repeated id a fresh one; the first use of an id keeps it.

    However a trainer builds a dialogue (insert a step, duplicate one, copy and paste), each reply
    of a scenario ends up with its own id. Returns how many ids were replaced.
    """
    seen = set()
    replaced = 0
    for block in stream_value:
        if block.block_type != "step":
            continue
        choices = block.value.get("choices")
        for child in getattr(choices, "bound_blocks", ()):
            if not child.id or child.id in seen:
                child.id = str(uuid.uuid4())
                replaced += 1
            seen.add(child.id)
    return replaced


class StepBlock(blocks.StructBlock):
    """A line of the customer (or a narration) and the replies the employee may choose from."""

    key = blocks.CharBlock(label=_("Key"), max_length=60, help_text=KEY_HELP)
    speaker = blocks.ChoiceBlock(
        label=_("Who speaks"),
        choices=[("customer", _("The customer")), ("narration", _("Narration"))],
        default="customer",
    )
    text = blocks.TextBlock(label=_("What the customer says or what happens"), rows=3)
    image = ImageChooserBlock(label=_("Image"), required=False)
    choices = ReplyListBlock(ReplyBlock(), label=_("Replies"), min_num=0)

    def clean(self, value):
        value = super().clean(value)
        _check_key(value)
        return value

    class Meta:
        icon = "user"
        label = _("Step")
        form_classname = "scenario-step"


class EndingBlock(blocks.StructBlock):
    """How the dialogue ends for the customer."""

    key = blocks.CharBlock(label=_("Key"), max_length=60, help_text=KEY_HELP)
    text = blocks.TextBlock(
        label=_("Outcome"),
        rows=3,
        help_text=_("What happens next, e.g. “The customer tells friends about you.”"),
    )
    result = blocks.ChoiceBlock(
        label=_("Result"),
        choices=[("good", _("Good")), ("neutral", _("Neutral")), ("bad", _("Bad"))],
        default="good",
    )
    image = ImageChooserBlock(label=_("Image"), required=False)

    def clean(self, value):
        value = super().clean(value)
        _check_key(value)
        return value

    class Meta:
        icon = "flag"
        label = _("Ending")


def step_blocks():
    return [("step", StepBlock()), ("ending", EndingBlock())]


class ScenarioBlock(blocks.StructBlock):
    """Embeds a role-play in a lesson: a card with the briefing and a start button."""

    scenario = SnippetChooserBlock("scenarios.Scenario", label=_("Role-play"))
    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=200,
        help_text=_("Optional; the role-play's title is used when empty."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        scenario = value.get("scenario")
        if scenario is not None:
            # The translation in the reader's language when there is a live one.
            scenario = scenario.localized
            if not scenario.live:
                scenario = None
        context["scenario"] = scenario
        request = (parent_context or {}).get("request")
        context["return_to"] = request.get_full_path() if request is not None else ""
        return context

    class Meta:
        icon = "group"
        label = _("Role-play")
        template = "scenarios/blocks/scenario.html"
