"""Branching role-play scenarios of customer situations: authoring, playing, scoring, analytics."""
