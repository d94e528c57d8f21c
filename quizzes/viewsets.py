"""The quizzes' admin: categories, questions (with inline answers) and quizzes (with their
questions chosen through the snippet chooser), grouped under one "Quizzes" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .forms import QuestionAdminForm
from .models import Category, Question, Quiz


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name"]
    search_fields = ["name"]


class QuestionFilterSet(WagtailFilterSet):
    class Meta:
        model = Question
        fields = ["kind", "category"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["__str__", "kind", "category"]
    filterset_class = QuestionFilterSet
    search_fields = ["content"]
    edit_handler = ObjectList(Question.panels, base_form_class=QuestionAdminForm)


class QuizFilterSet(WagtailFilterSet):
    class Meta:
        model = Quiz
        fields = ["draft", "category"]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    list_display = ["title", "slug", "category", "pass_mark", "draft"]
    filterset_class = QuizFilterSet
    search_fields = ["title"]


class QuizzesViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Quizzes")
    menu_icon = "tasks"
    menu_order = 250
    items = (QuizViewSet, QuestionViewSet, CategoryViewSet)
