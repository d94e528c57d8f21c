"""Assessment: quizzes (django-quiz-app's model and rules) and role-play scenarios."""
