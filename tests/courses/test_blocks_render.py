"""Every standard block renders its content through its own template."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from courses import blocks

BLOCKS = dict(blocks.lesson_blocks())


def render(name, raw):
    block = BLOCKS[name]
    return block.render(block.to_python(raw))


EMBEDS = {"quiz": "quizzes/blocks/quiz.html", "roleplay": "scenarios/blocks/scenario.html"}


def test_every_block_has_its_own_template():
    for name, block in BLOCKS.items():
        expected = EMBEDS.get(name, f"courses/blocks/{name}.html")
        assert block.meta.template == expected, name


def test_heading_uses_the_chosen_level():
    assert "<h3" in render("heading", {"text": "Встреча", "level": "h3"})
    assert "<h2" in render("heading", {"text": "Встреча", "level": "h2"})


def test_paragraph_renders_rich_text():
    assert "<b>важно</b>" in render("paragraph", "<p>Это <b>важно</b></p>")


def test_rule_shows_rule_and_why():
    html = render(
        "rule", {"title": "Правило трёх", "rule": "Отвечать сразу", "why": "Клиент ценит"}
    )
    assert "Правило трёх" in html and "Отвечать сразу" in html and "Клиент ценит" in html
    assert "block-rule" in html


def test_procedure_numbers_steps_and_shows_phrases():
    html = render(
        "procedure",
        {
            "title": "Встреча клиента",
            "situation": "Клиент входит в зал",
            "steps": [
                {"action": "Поздороваться", "phrase": "Добрый день!"},
                {"action": "Предложить помощь", "phrase": ""},
            ],
        },
    )
    assert "<ol>" in html
    assert html.count("<li>") == 2
    assert "«Добрый день!»" in html
    assert "Клиент входит в зал" in html


def test_phrases_show_avoid_and_use_side_by_side():
    html = render(
        "phrases",
        {
            "title": "Речь",
            "context": "",
            "pairs": [
                {"avoid": "Все товары перед вами", "use": "Подойдите, покажу", "why": "Забота"}
            ],
        },
    )
    assert "<s>Все товары перед вами</s>" in html
    assert "Подойдите, покажу" in html
    assert '<th scope="col">' in html


def test_do_dont_lists_both_sides():
    html = render("do_dont", {"title": "", "do": ["Улыбаться"], "dont": ["Спорить"]})
    assert "Улыбаться" in html and "Спорить" in html
    assert 'class="do"' in html and 'class="dont"' in html


def test_checklist_exposes_stable_identifiers():
    html = render(
        "checklist",
        {"title": "Критерии", "criteria": [{"code": "greets-customer", "text": "Приветствует"}]},
    )
    assert 'data-criterion="greets-customer"' in html
    assert 'id="criterion-greets-customer"' in html


def test_checklist_rejects_bad_and_duplicate_identifiers():
    block = BLOCKS["checklist"]
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(block.to_python({"title": "K", "criteria": [{"code": "Не slug", "text": "x"}]}))
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python(
                {"title": "K", "criteria": [{"code": "a", "text": "x"}, {"code": "a", "text": "y"}]}
            )
        )


@pytest.mark.parametrize(("outcome", "css"), [("good", "case-good"), ("bad", "case-bad")])
def test_case_story_marks_its_outcome(outcome, css):
    html = render(
        "case",
        {"title": "Пицца", "story": "Семь человек ждут", "lesson": "Вывод", "outcome": outcome},
    )
    assert css in html and "Семь человек ждут" in html and "Вывод" in html


def test_quote_and_attribution():
    html = render(
        "quote", {"quote": "Стандарт работает, когда его знают все", "attribution": "Автор"}
    )
    assert "<blockquote" in html and "— Автор" in html


@pytest.mark.parametrize("kind", ["info", "tip", "warning"])
def test_callout_kinds(kind):
    html = render("callout", {"kind": kind, "title": "Важно", "text": "Текст"})
    assert f"callout-{kind}" in html and "Важно" in html


@pytest.mark.django_db
def test_image_block_renders_image_with_caption_and_alt():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(
        title="Зал", file=get_test_image_file(), description="Торговый зал"
    )
    block = BLOCKS["image"]
    html = block.render(block.to_python({"image": image.pk, "caption": "Наш зал"}))
    assert "<img" in html and "<figcaption>Наш зал</figcaption>" in html
    # Alternative text for screen readers: the image's description, never the file name.
    assert 'alt="Торговый зал"' in html


@pytest.mark.django_db
def test_video_block_links_to_the_video_even_without_an_embed_provider():
    block = BLOCKS["video"]
    html = block.render(
        block.to_python(
            {"url": "https://intranet.example.com/v/1", "caption": "Звонок", "transcript": "Текст"}
        )
    )
    assert 'href="https://intranet.example.com/v/1"' in html
    assert "Звонок" in html


def test_video_file_plays_in_a_video_element_with_transcript():
    block = BLOCKS["video"]
    html = block.render(
        block.to_python(
            {"url": "https://intranet.example.com/v/call.mp4", "caption": "", "transcript": "Алло"}
        )
    )
    assert (
        '<video controls preload="metadata" src="https://intranet.example.com/v/call.mp4"' in html
    )
    assert "<details>" in html and "Алло" in html
