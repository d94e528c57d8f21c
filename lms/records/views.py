"""Pages of the records room: a person's training record (page and PDF), the line manager's
team, and recording an observation. Every view checks who may see which person and fails
closed: somebody else's person is a 404, a missing right a 403."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from lms.staff import selectors as staff

from . import rules, selectors
from .forms import ChooseForm, ObservationForm, PeriodForm
from .pdf import render_record_pdf
from .services import InvalidObservation, record_observation


def _person_or_404(request, user_id):
    person = selectors.person_for_record(user_id)
    if person is None or not staff.can_view_person(request.user, person):
        raise Http404
    return person


def _period(request):
    """The appraisal period from ``?from=&to=`` (default: the last twelve months)."""
    default = rules.default_period(timezone.localdate())
    if "from" not in request.GET and "to" not in request.GET:
        form = PeriodForm(initial={"start": default.start, "end": default.end})
        return default, form
    form = PeriodForm(data={"start": request.GET.get("from"), "end": request.GET.get("to")})
    if form.is_valid():
        return rules.Period(form.cleaned_data["start"], form.cleaned_data["end"]), form
    return default, form


def _record_context(request, person):
    period, form = _period(request)
    return {
        "person": person,
        "profile": getattr(person, "profile", None),
        "period": period,
        "period_form": form,
        "record": selectors.training_record(person, period),
        "is_self": person.pk == request.user.pk,
        "generated_at": timezone.now(),
    }


@login_required
@never_cache
def record(request, user_id):
    person = _person_or_404(request, user_id)
    context = _record_context(request, person)
    context["may_observe"] = selectors.observable_people(request.user).filter(pk=person.pk).exists()
    context["is_manager"] = staff.is_line_manager(request.user)
    return render(request, "records/record.html", context)


@login_required
@never_cache
def record_pdf(request, user_id):
    person = _person_or_404(request, user_id)
    context = _record_context(request, person)
    pdf = render_record_pdf(context)
    period = context["period"]
    filename = f"training-record-{person.pk}-{period.start:%Y%m%d}-{period.end:%Y%m%d}.pdf"
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def team(request):
    if not staff.is_line_manager(request.user):
        raise PermissionDenied
    return render(
        request,
        "records/team.html",
        {
            "rows": selectors.team_rows(request.user),
            "may_observe": selectors.observation_scope(request.user) is not None,
        },
    )


def _allowed_or_404(queryset, value):
    """A chosen id must be among the allowed rows; anything else is as absent as unknown."""
    if value in (None, ""):
        return
    try:
        pk = int(value)
    except (TypeError, ValueError):
        raise Http404 from None
    if not queryset.filter(pk=pk).exists():
        raise Http404


@login_required
def observe(request):
    """Step 1 (GET): choose the person and the standard. Step 2 (GET with both chosen): every
    criterion with met / not met / not applicable. POST records it and redirects (PRG)."""
    if selectors.observation_scope(request.user) is None:
        raise PermissionDenied
    people = selectors.observable_people(request.user)
    courses = selectors.original_courses()
    params = request.POST if request.method == "POST" else request.GET
    _allowed_or_404(people, params.get("person"))
    if request.method == "POST":
        _allowed_or_404(courses, params.get("course"))
    # Chosen both (step 2 link or POST): bound. Only a person (from "My team"): preselected.
    choose = ChooseForm(
        params if "course" in params else None,
        initial={"person": params.get("person")},
        people=people,
        courses=courses,
        course_titles=selectors.localized_titles(courses),
    )
    if not choose.is_bound or not choose.is_valid():
        return render(request, "records/observe_choose.html", {"form": choose})

    person = choose.cleaned_data["person"]
    course = choose.cleaned_data["course"]
    shown_course = selectors.localized(course)
    criteria = selectors.criteria_of(shown_course)
    form = ObservationForm(request.POST if request.method == "POST" else None, criteria=criteria)
    if request.method == "POST" and criteria and form.is_valid():
        try:
            record_observation(
                observer=request.user,
                person=person,
                course=course,
                observed_on=form.cleaned_data["observed_on"],
                channel=form.cleaned_data["channel"],
                comment=form.cleaned_data["comment"],
                results=form.results(),
            )
        except InvalidObservation as exc:
            form.add_error(None, str(exc))
        else:
            name = person.get_full_name() or person.get_username()
            messages.success(
                request,
                _("Observation of %(name)s on “%(course)s” recorded.")
                % {"name": name, "course": shown_course.title},
            )
            if staff.can_view_person(request.user, person):
                observed_on = form.cleaned_data["observed_on"]
                start = min(observed_on, rules.default_period(timezone.localdate()).start)
                url = reverse("records:record", args=[person.pk])
                query = f"?from={start:%Y-%m-%d}&to={timezone.localdate():%Y-%m-%d}"
                return redirect(url + query + "#observations")
            return redirect("records:observe")
    if request.method == "POST":
        messages.error(
            request, _("The observation was not recorded: please correct what is marked.")
        )
    return render(
        request,
        "records/observe_criteria.html",
        {
            "person": person,
            "course": course,
            "shown_course": shown_course,
            "criteria": criteria,
            "form": form,
            "today": timezone.localdate(),
        },
    )
