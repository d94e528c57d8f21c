"""Importers of quiz data kept by other applications (``django_quiz``: django-quiz-app 0.5.x)."""
