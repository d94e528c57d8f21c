"""Certificates for their holders, and the public verification page."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from theme.ratelimit import rate_limited

from . import rules, selectors
from .certificates import ensure_pdf, verification_url
from .models import Certification, CompanySettings


def _own(request, code):
    """A certificate of the signed-in person; anyone else's is as absent as an unknown code."""
    if not rules.well_formed_code(code):
        raise Http404
    cert = get_object_or_404(
        Certification.objects.select_related("course__locale"), code=code, user=request.user
    )
    selectors.titled([cert])
    return cert


@login_required
def my_certificates(request):
    return render(
        request,
        "certification/my_certificates.html",
        {"certificates": selectors.certificates_of(request.user)},
    )


@login_required
def certificate(request, code):
    cert = _own(request, code)
    return render(
        request,
        "certification/certificate.html",
        {
            "certification": cert,
            "state": selectors.public_state(cert),
            "verify_url": verification_url(cert),
        },
    )


@login_required
def certificate_pdf(request, code):
    cert = _own(request, code)
    if cert.revoked_at is not None:
        # A revoked certificate is no longer a certificate: no file to show around as if it were.
        response = render(
            request, "certification/pdf_revoked.html", {"certification": cert}, status=410
        )
        response["Cache-Control"] = "private, no-store"
        return response
    pdf = ensure_pdf(cert)
    response = FileResponse(
        pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{cert.code}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Certificate code"),
        max_length=40,
        help_text=_("As printed on the certificate, for example 1A2B3-C4D5E-F6A7B-8C9D0."),
        error_messages={"required": _("Type the code printed on the certificate.")},
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).upper()
        if not rules.well_formed_code(code):
            raise forms.ValidationError(
                _(
                    "A certificate code is four groups of five letters A–F and digits, "
                    "joined by hyphens."
                )
            )
        return code


@never_cache
def verify_form(request):
    """Public: a field to type a certificate's code; a well-formed code goes to its check page."""
    form = VerifyForm(request.GET if "code" in request.GET else None)
    if form.is_valid():
        return redirect("certification:verify", code=form.cleaned_data["code"])
    response = render(
        request,
        "certification/verify_form.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@rate_limited("verify", setting="VERIFY_RATE_LIMIT", default=(30, 60))
def verify(request, code):
    """Public: valid / expired / revoked / unknown, and no more than the holder's name."""
    cert = None
    if rules.well_formed_code(code.upper()):
        cert = (
            Certification.objects.select_related("course__locale").filter(code=code.upper()).first()
        )
        if cert is not None:
            selectors.titled([cert])
    state = selectors.public_state(cert) if cert else rules.UNKNOWN
    response = render(
        request,
        "certification/verify.html",
        {
            "certification": cert,
            "state": state,
            "code": code,
            "today": timezone.localdate(),
            "form": None if cert else VerifyForm(),
            "company": CompanySettings.for_request(request) if cert else None,
        },
        status=200 if cert else 404,
    )
    response["X-Robots-Tag"] = "noindex"
    return response
