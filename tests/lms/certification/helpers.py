from courses.services import complete_lesson
from quizzes import services as quiz_services
from tests.quizzes.factories import correct_answer, wrong_answer


def take_quiz(user, quiz, *, right=True):
    sitting = quiz_services.start_sitting(user, quiz)
    for question in [q.question for q in quiz.quiz_questions.select_related("question")]:
        answer = correct_answer(question) if right else wrong_answer(question)
        quiz_services.submit_answer(sitting, question, answer)
    return sitting


def finish_lessons(user, lessons):
    for lesson in lessons:
        complete_lesson(user, lesson)
