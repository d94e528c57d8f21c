"""Staff feedback on standards: suggestions sent from a lesson, answered by trainers."""
