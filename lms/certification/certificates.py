"""Certificates as PDF files (WeasyPrint), with a QR code for the public verification page.

A certificate is rendered once, in its holder's language, and stored; downloads read the file.
"""

import base64

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Certification, CompanySettings


def holder_language(user):
    profile = getattr(user, "profile", None)
    language = getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def site_root():
    from wagtail.models import Site

    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if not base:
        site = Site.objects.filter(is_default_site=True).first()
        base = site.root_url if site else "http://localhost"
    return base.rstrip("/")


def verification_url(certification, language=None):
    with translation.override(language or settings.LANGUAGE_CODE):
        path = reverse("certification:verify", args=[certification.code])
    return site_root() + path


def qr_data_uri(url):
    import segno

    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def _logo_data_uri(company):
    image = getattr(company, "logo", None)
    if image is None:
        return ""
    rendition = image.get_rendition("max-600x240|format-png")
    with rendition.file.open("rb") as handle:
        data = base64.b64encode(handle.read()).decode("ascii")
    return f"data:image/png;base64,{data}"


def render_pdf(certification):
    """The certificate as PDF bytes, in the holder's language."""
    from wagtail.models import Site
    from weasyprint import HTML

    language = holder_language(certification.user)
    site = Site.objects.filter(is_default_site=True).first()
    company = CompanySettings.load() if site is None else CompanySettings.for_site(site)
    url = verification_url(certification, language)
    with translation.override(language):
        html = render_to_string(
            "certification/certificate_pdf.html",
            {
                "certification": certification,
                "company": company,
                "logo": _logo_data_uri(company),
                "qr": qr_data_uri(url),
                "verify_url": url,
                "LANGUAGE_CODE": language,
            },
        )
    return HTML(string=html, base_url=site_root()).write_pdf()


def ensure_pdf(certification):
    """Render and store the PDF unless it already is; safe when two requests ask at once."""
    if certification.pdf:
        return certification.pdf
    with transaction.atomic():
        locked = Certification.objects.select_for_update().get(pk=certification.pk)
        if not locked.pdf:
            locked.pdf.save(f"{locked.code}.pdf", ContentFile(render_pdf(locked)), save=False)
            Certification.objects.filter(pk=locked.pk).update(pdf=locked.pdf.name)
    certification.pdf = locked.pdf
    return certification.pdf
