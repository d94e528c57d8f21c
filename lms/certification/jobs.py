"""The scheduled job, in one place: ``manage.py certification_daily`` and the ``daily`` task."""

from quizzes import services as quiz_services

from . import reconcile, reminders, services


def run_daily(today=None, *, mail=True):
    """Close quiz attempts whose time ran out (their results count), make the moves time makes,
    then send the reminders due. Safe to run as often as you like. A reminder that cannot be
    sent is counted in ``reminder_failures`` and tried again next time; it stops nothing.

    Before the time moves, passed attempts whose certification effect was lost are repaired.
    """
    closed = quiz_services.close_expired_sittings()
    repaired = reconcile.repair_lost_passes()
    moves = services.run_time_moves(today)
    failures = []
    sent = reminders.send_due_reminders(today, failures=failures) if mail else None
    return {
        "closed": closed,
        "repaired": repaired,
        "moves": moves,
        "reminders": sent,
        "reminder_failures": len(failures),
    }
