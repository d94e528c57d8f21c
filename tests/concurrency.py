"""Helpers for tests of behaviour under real concurrency (row locks: PostgreSQL only)."""

import threading


def run_together(target, n=2):
    """Run ``target`` in ``n`` threads released at once; return each outcome or exception."""
    barrier = threading.Barrier(n)
    outcomes = []

    def worker():
        from django.db import connections

        try:
            barrier.wait()
            outcomes.append(target())
        except Exception as error:  # noqa: BLE001 - the outcome is what the tests check
            outcomes.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes
