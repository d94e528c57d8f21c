"""The staff directory: departments, job roles, employee profiles and the roster import."""
