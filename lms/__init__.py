"""Standards LMS: the project package and the management layer (people, status, certification)."""
