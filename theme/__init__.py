"""Look: the base layout, shared UI pieces and static files. Imports nothing of ours."""
