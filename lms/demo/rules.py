"""The demo's assignment rules: who must learn which standard, so that a new hire (created in the
admin or by the roster import) gets their onboarding plan at once.

All staff learn the principles of service and the service standards; the sales floor and the call
centre, who talk to customers all day, also the four properties of ideal service; the warehouse and
the cashiers the course on feedback.

Idempotent: a rule is created only when no rule for the same course and audience exists (a
trainer's or HR's later edits are kept). The rules are written with ``bulk_create``, without the
``post_save`` signal that applies a saved rule to everyone at once: the replayed history of the
demo organisation already is what these rules asked of the people there, and applying them again
would give every certified person a fresh due date. New people get them through
``assignments.services.plan_for``, which reads every active rule.
"""

from lms.assignments.models import AssignmentRule, DueFrom, Scope
from lms.staff.models import Department, JobRole

# course key (as in organisation.COURSES), scope, department or job role code, due in days
RULES = [
    ("p", Scope.ALL, None, 14),
    ("s", Scope.ALL, None, 30),
    ("i", Scope.DEPARTMENT, "sales-floor", 30),
    ("i", Scope.DEPARTMENT, "call-centre", 30),
    ("f", Scope.DEPARTMENT, "warehouse", 45),
    ("f", Scope.JOB_ROLE, "cashier", 45),
]


def assignment_rules(pages):
    """Create the missing demo rules for ``pages`` (course key → original course page)."""
    departments = {d.code: d for d in Department.objects.all()}
    job_roles = {r.code: r for r in JobRole.objects.all()}
    existing = set(
        AssignmentRule.objects.values_list("course_id", "scope", "department_id", "job_role_id")
    )
    new = []
    for key, scope, code, days in RULES:
        page = pages.get(key)
        department = departments.get(code) if scope == Scope.DEPARTMENT else None
        job_role = job_roles.get(code) if scope == Scope.JOB_ROLE else None
        if page is None or (code and department is None and job_role is None):
            continue
        spec = (page.pk, scope, getattr(department, "pk", None), getattr(job_role, "pk", None))
        if spec in existing:
            continue
        existing.add(spec)
        new.append(
            AssignmentRule(
                course=page,
                scope=scope,
                department=department,
                job_role=job_role,
                due_days=days,
                due_from=DueFrom.HIRE,
            )
        )
    AssignmentRule.objects.bulk_create(new)
    return len(new)
