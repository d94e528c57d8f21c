"""Background work through Django's tasks API (immediate in the demo; a worker in production)."""

from django.tasks import task


@task(backend="certificates")
def render_certificate(certification_id):
    """Render and store a certificate's PDF once; later downloads read the stored file."""
    from .certificates import ensure_pdf
    from .models import Certification

    certification = Certification.objects.filter(pk=certification_id).first()
    if certification is not None:
        ensure_pdf(certification)


@task
def daily():
    """The scheduled job (as `manage.py certification_daily`): see ``jobs.run_daily``."""
    from .jobs import run_daily

    return run_daily()
