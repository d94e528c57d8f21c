"""The quizzes' admin: categories, questions (with inline answers) and quizzes (with their
questions chosen through the snippet chooser), grouped under one "Quizzes" menu."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm, SearchFilterMixin
from wagtail.admin.panels import ObjectList
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from theme.admin_display import yes_no_column

from .forms import QuestionAdminForm
from .models import Category, Question, Quiz, QuizQuestion


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


class QuestionChooserFilterForm(SearchFilterMixin, BaseFilterForm):
    """The question chooser's filters: a category (in the demo, a course) and a quiz, so that a
    trainer picks among one course's or one quiz's questions rather than all of them."""

    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=Category.objects.order_by("name"),
        required=False,
        empty_label=_("All categories"),
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )
    quiz = forms.ModelChoiceField(
        label=_("Quiz"),
        queryset=Quiz.objects.order_by("title"),
        required=False,
        empty_label=_("All quizzes"),
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )

    def filter(self, objects):
        if self.cleaned_data.get("category"):
            objects = objects.filter(category=self.cleaned_data["category"])
        if self.cleaned_data.get("quiz"):
            in_quiz = QuizQuestion.objects.filter(quiz=self.cleaned_data["quiz"])
            objects = objects.filter(pk__in=in_quiz.values("question_id"))
        return super().filter(objects)


class QuestionChooseView(ChooseView):
    filter_form_class = QuestionChooserFilterForm


class QuestionChooseResultsView(ChooseResultsView):
    filter_form_class = QuestionChooserFilterForm


class QuestionChooserViewSet(SnippetChooserViewSet):
    choose_view_class = QuestionChooseView
    choose_results_view_class = QuestionChooseResultsView


class QuestionViewSet(SnippetViewSet):
    model = Question
    chooser_viewset_class = QuestionChooserViewSet
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
    list_display = ["title", "slug", "category", "pass_mark", yes_no_column(Quiz, "draft")]
    filterset_class = QuizFilterSet
    search_fields = ["title"]


class QuizzesViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Quizzes")
    menu_icon = "tasks"
    menu_order = 250
    items = (QuizViewSet, QuestionViewSet, CategoryViewSet)
