"""Blocks other rooms embed: ``QuizBlock`` puts a quiz into a lesson (courses adds it)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class QuizBlock(blocks.StructBlock):
    """A link to take a quiz. Draft quizzes show only to people who may edit quizzes."""

    quiz = SnippetChooserBlock("quizzes.Quiz", label=_("Quiz"))
    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the quiz's title."),
    )
    intro = blocks.TextBlock(
        label=_("Introduction"),
        required=False,
        help_text=_("Leave empty to use the quiz's description."),
    )

    class Meta:
        icon = "help"
        label = _("Quiz")
        template = "quizzes/blocks/quiz.html"
