"""Certificates for their holders, and the public verification page."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from . import rules, selectors
from .certificates import ensure_pdf, verification_url
from .models import Certification


def _own(request, code):
    """A certificate of the signed-in person; anyone else's is as absent as an unknown code."""
    if not rules.well_formed_code(code):
        raise Http404
    return get_object_or_404(
        Certification.objects.select_related("course"), code=code, user=request.user
    )


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
    pdf = ensure_pdf(cert)
    response = FileResponse(
        pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{cert.code}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
def verify(request, code):
    """Public: valid / expired / revoked / unknown, and no more than the holder's name."""
    cert = None
    if rules.well_formed_code(code.upper()):
        cert = Certification.objects.select_related("course").filter(code=code.upper()).first()
    state = selectors.public_state(cert) if cert else rules.UNKNOWN
    response = render(
        request,
        "certification/verify.html",
        {"certification": cert, "state": state, "code": code, "today": timezone.localdate()},
        status=200 if cert else 404,
    )
    response["X-Robots-Tag"] = "noindex"
    return response
