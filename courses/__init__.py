"""Content: service standards as Wagtail course pages, their blocks, enrolment and progress."""
