"""Builders for quizzes: categories, questions of each kind with answers, quizzes of questions."""

import factory

from quizzes.models import Answer, Category, Question, Quiz, QuizQuestion


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Категория {n}")


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    kind = Question.Kind.ESSAY
    content = factory.Sequence(lambda n: f"Вопрос {n}?")
    explanation = "Потому что так записано в стандарте."


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quiz

    title = factory.Sequence(lambda n: f"Тест {n}")
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    description = "Проверьте себя."
    pass_mark = 50
    success_text = "Поздравляем!"
    fail_text = "Попробуйте ещё раз."


def multiple_choice(correct=("Верно",), wrong=("Неверно",), select_all=False, **kwargs):
    question = QuestionFactory(kind=Question.Kind.MULTIPLE_CHOICE, select_all=select_all, **kwargs)
    for n, text in enumerate([*correct, *wrong]):
        Answer.objects.create(
            question=question, content=text, correct=text in correct, sort_order=n
        )
    return question


def true_false(correct=True, **kwargs):
    return QuestionFactory(kind=Question.Kind.TRUE_FALSE, true_false_correct=correct, **kwargs)


def essay(**kwargs):
    return QuestionFactory(kind=Question.Kind.ESSAY, **kwargs)


def make_quiz(questions=None, **kwargs):
    """A quiz of the given questions (default: one of each kind), in that order."""
    quiz = QuizFactory(**kwargs)
    if questions is None:
        questions = [multiple_choice(), true_false(), essay()]
    for n, question in enumerate(questions):
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=n)
    return quiz


def correct_answer(question):
    """The response that scores for a question (what a person who knows would submit)."""
    if question.kind == Question.Kind.MULTIPLE_CHOICE:
        ids = [a.pk for a in question.answers.all() if a.correct]
        return ids if question.select_all else ids[0]
    if question.kind == Question.Kind.TRUE_FALSE:
        return question.true_false_correct
    return "Я бы поздоровался и предложил помощь."


def wrong_answer(question):
    if question.kind == Question.Kind.MULTIPLE_CHOICE:
        return next(a.pk for a in question.answers.all() if not a.correct)
    if question.kind == Question.Kind.TRUE_FALSE:
        return not question.true_false_correct
    return "Не знаю."


def option_tokens(sitting, question):
    """Answer id → the token an attempt's form sends for it (read from the stored attempt)."""
    from quizzes import selectors
    from quizzes.models import Sitting

    sitting = Sitting.objects.get(pk=sitting.pk) if sitting.pk else sitting
    return {o.answer_id: o.token for o in selectors.options_of(sitting, question)}
