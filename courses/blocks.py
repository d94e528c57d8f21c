"""StreamField blocks made for service standards.

A standard is not free prose: it sets rules (and why they matter), the order of actions in a
typical situation, the exact words to use and to avoid, and the criteria of correct action. Each
of those has its own block, so trainers author them the same way every time and learners see them
the same way every time. Each block renders through its own template under
``courses/templates/courses/blocks/``.

Quiz and role-play embed blocks belong to ``quizzes`` (the room below) and are listed last in
``lesson_blocks``: a lesson ends with practice.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

from quizzes.blocks import QuizBlock
from quizzes.scenarios.blocks import ScenarioBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


def _t(name):
    return f"courses/blocks/{name}.html"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = _t("heading")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = _t("paragraph")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = _t("image")


class VideoBlock(blocks.StructBlock):
    """A video by address. Intranets often host their own files, which no oEmbed provider knows:
    a direct file (.mp4, .webm) plays in a ``<video>`` element, a known provider is embedded, and
    anything else is shown as a link. A transcript keeps the lesson usable without sound."""

    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_(
            "A video file on the company intranet (.mp4, .webm) or a page of a video service."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("What is said in the video, for people who cannot play sound."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = _t("video")


class RuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Rule"), max_length=200)
    rule = blocks.TextBlock(label=_("What the rule says"))
    why = blocks.TextBlock(
        label=_("Why it matters"),
        required=False,
        help_text=_("People follow a rule they understand. Say what the customer gains."),
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Rule of service")
        template = _t("rule")


class ProcedureStepBlock(blocks.StructBlock):
    action = blocks.TextBlock(label=_("Action"))
    phrase = blocks.CharBlock(
        label=_("Phrase to say"),
        required=False,
        max_length=400,
        help_text=_("Optional: the exact words the employee uses at this step."),
    )


class ProcedureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    situation = blocks.TextBlock(
        label=_("Situation"),
        required=False,
        help_text=_("When this procedure applies, e.g. a stage of the sale or a typical request."),
    )
    steps = blocks.ListBlock(ProcedureStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Procedure (steps)")
        template = _t("procedure")


class PhrasePairBlock(blocks.StructBlock):
    avoid = blocks.CharBlock(label=_("Avoid"), max_length=400, required=False)
    use = blocks.CharBlock(label=_("Say instead"), max_length=400)
    why = blocks.CharBlock(label=_("Why"), max_length=400, required=False)


class PhraseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    context = blocks.TextBlock(label=_("Context"), required=False)
    pairs = blocks.ListBlock(PhrasePairBlock(), label=_("Phrases"), min_num=1)

    class Meta:
        icon = "openquote"
        label = _("Phrases to use and to avoid")
        template = _t("phrases")


class DoDontBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    do = blocks.ListBlock(blocks.CharBlock(max_length=400), label=_("Do"), min_num=1)
    dont = blocks.ListBlock(blocks.CharBlock(max_length=400), label=_("Don't"), min_num=1)

    class Meta:
        icon = "success"
        label = _("Do and don't")
        template = _t("do_dont")


class CriterionBlock(blocks.StructBlock):
    code = blocks.CharBlock(
        label=_("Identifier"),
        max_length=60,
        help_text=_(
            "A short stable identifier (latin letters, digits, hyphens), e.g. greets-customer. "
            "Role-plays and observations refer to the criterion by it: keep it when you reword."
        ),
    )
    text = blocks.CharBlock(label=_("Criterion"), max_length=400)

    def clean(self, value):
        value = super().clean(value)
        if slugify(value["code"]) != value["code"]:
            raise StructBlockValidationError(
                block_errors={
                    "code": ValidationError(
                        _("Use lower-case latin letters, digits and hyphens only.")
                    )
                }
            )
        return value


class CriteriaChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    criteria = blocks.ListBlock(CriterionBlock(), label=_("Criteria"), min_num=1)

    def clean(self, value):
        value = super().clean(value)
        codes = [c["code"] for c in value["criteria"]]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise StructBlockValidationError(
                block_errors={
                    "criteria": ValidationError(
                        _("Each criterion needs its own identifier; repeated: %(codes)s")
                        % {"codes": ", ".join(duplicates)}
                    )
                }
            )
        return value

    class Meta:
        icon = "list-ul"
        label = _("Criteria of correct action")
        template = _t("checklist")


class CaseStoryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    story = blocks.TextBlock(label=_("What happened"))
    lesson = blocks.TextBlock(label=_("The lesson"))
    outcome = blocks.ChoiceBlock(
        label=_("Outcome"),
        choices=[("good", _("Good example")), ("bad", _("Bad example"))],
        default="bad",
    )

    class Meta:
        icon = "doc-full"
        label = _("Real case")
        template = _t("case")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = _t("quote")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Note")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = _t("callout")


def lesson_blocks():
    """The blocks a lesson may use, in the order editors see them."""
    return [
        ("heading", HeadingBlock()),
        ("paragraph", ParagraphBlock()),
        ("image", CaptionedImageBlock()),
        ("video", VideoBlock()),
        ("rule", RuleBlock()),
        ("procedure", ProcedureBlock()),
        ("phrases", PhraseBlock()),
        ("do_dont", DoDontBlock()),
        ("checklist", CriteriaChecklistBlock()),
        ("case", CaseStoryBlock()),
        ("quote", QuoteBlock()),
        ("callout", CalloutBlock()),
        ("quiz", QuizBlock()),
        ("roleplay", ScenarioBlock()),
    ]
