"""Views of the courses room that are not pages: search over standards."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

from .models import CoursePage, LessonPage


@login_required
def search(request):
    """Full-text search over live courses and lessons in the active language."""
    query = request.GET.get("q", "").strip()[:200]
    results = []
    page_obj = None
    if query:
        locale = Locale.get_active()
        queryset = Page.objects.live().type(CoursePage, LessonPage).filter(locale=locale).specific()
        found = queryset.search(query)
        paginator = Paginator(found, 20)
        page_obj = paginator.get_page(request.GET.get("page"))
        results = page_obj.object_list
    return render(
        request,
        "courses/search.html",
        {"query": query, "results": results, "page_obj": page_obj},
    )
