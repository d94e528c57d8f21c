"""The training record as a PDF (WeasyPrint): the same template family as the page, in the
reader's language, with DejaVu Sans so Cyrillic renders."""

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from lms.certification.certificates import site_root

STYLESHEET = "records/record_pdf.css"


def render_record_pdf(context):
    from weasyprint import CSS, HTML

    html = render_to_string("records/record_pdf.html", {**context, "pdf": True})
    stylesheet = CSS(filename=finders.find(STYLESHEET))
    return HTML(string=html, base_url=site_root()).write_pdf(stylesheets=[stylesheet])
