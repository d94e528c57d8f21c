"""A trainer builds a lesson with every standard block in the Wagtail admin, previews it,
publishes it, and it renders on the site — in Chromium."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from courses.models import LessonPage
from lms import roles
from tests.courses.factories import make_catalogue, make_course
from tests.e2e.conftest import screenshot
from tests.lms.factories import PASSWORD, UserFactory


@pytest.fixture
def setup(django_db_serialized_rollback):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    catalogue = make_catalogue()
    course, _ = make_course(catalogue, lessons=1, title="Стандарт встречи")
    trainer = UserFactory(username="trainer-e2e")
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    Image.objects.create(title="Торговый зал", file=get_test_image_file())
    return course, trainer


def add_block(page, index):
    """Insert block number `index` of the lesson's block menu at the end of the stream."""
    page.locator("button.c-sf-add-button").last.click()
    page.locator("[role=option]").nth(index).click()


def test_trainer_builds_previews_and_publishes_a_lesson_with_every_block(page, setup):
    course, trainer = setup
    page.goto("/admin/login/")
    page.fill("#id_username", trainer.username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")

    page.goto(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    page.fill("#id_title", "Встреча клиента в зале")
    page.fill("#id_intro", "Как заметить и поприветствовать клиента.")

    add_block(page, 0)
    page.fill("#body-0-value-text", "Первые десять секунд")
    add_block(page, 1)
    editor = page.locator(".public-DraftEditor-content").last
    editor.click()
    editor.type("Клиента замечают сразу, даже если вы заняты.")
    add_block(page, 2)
    page.locator(".chooser__choose-button").last.click()
    page.get_by_role("link", name="Торговый зал").click()
    page.fill("#body-2-value-image-alt_text", "Продавец встречает покупателя у входа")
    page.fill("#body-2-value-caption", "Встреча у входа")
    add_block(page, 3)
    page.fill("#body-3-value-url", "https://intranet.example.com/video/greeting.mp4")
    page.fill("#body-3-value-transcript", "Продавец здоровается и предлагает помощь.")
    add_block(page, 4)
    page.fill("#body-4-value-title", "Правило десяти секунд")
    page.fill("#body-4-value-rule", "Поприветствуйте клиента в течение десяти секунд.")
    page.fill("#body-4-value-why", "Клиент чувствует, что его ждали.")
    add_block(page, 5)
    page.fill("#body-5-value-title", "Алгоритм встречи")
    page.fill("#body-5-value-steps-0-value-action", "Установить зрительный контакт")
    page.fill("#body-5-value-steps-0-value-phrase", "Добрый день! Я рядом, если понадоблюсь.")
    add_block(page, 6)
    page.fill("#body-6-value-title", "Речевой стандарт")
    page.fill("#body-6-value-pairs-0-value-avoid", "Все товары перед вами")
    page.fill("#body-6-value-pairs-0-value-use", "Подойдите, я покажу")
    add_block(page, 7)
    page.fill("#body-7-value-do-0-value", "Улыбаться")
    page.fill("#body-7-value-dont-0-value", "Спорить с клиентом")
    add_block(page, 8)
    page.fill("#body-8-value-title", "Критерии")
    page.fill("#body-8-value-criteria-0-value-code", "greets-within-10s")
    page.fill("#body-8-value-criteria-0-value-text", "Поприветствовал в течение 10 секунд")
    add_block(page, 9)
    page.fill("#body-9-value-title", "Очередь за пиццей")
    page.fill("#body-9-value-story", "Семь человек ждут, продавец не спешит.")
    page.fill("#body-9-value-lesson", "Клиент видит отношение, а не только продукт.")
    add_block(page, 10)
    page.fill("#body-10-value-quote", "Стандарт работает, когда его знают все.")
    add_block(page, 11)
    page.fill("#body-11-value-title", "Совет")
    page.fill("#body-11-value-text", "Если заняты — кивните клиенту.")

    # Preview in the side panel.
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("iframe[id*='preview'], .preview-panel iframe").first
    expect(preview.get_by_text("Правило десяти секунд")).to_be_visible(timeout=20_000)
    screenshot(page, "trainer-preview")

    # Publish (the primary action sits in the dropdown beside "Save draft").
    page.locator("footer .w-dropdown__toggle, .w-dropdown__toggle[aria-label]").last.click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_url(f"**/admin/pages/{course.pk}/**")

    lesson = LessonPage.objects.get(title="Встреча клиента в зале")
    assert lesson.live
    assert [b.block_type for b in lesson.body] == [
        "heading",
        "paragraph",
        "image",
        "video",
        "rule",
        "procedure",
        "phrases",
        "do_dont",
        "checklist",
        "case",
        "quote",
        "callout",
    ]
    page.goto(lesson.url)
    main = page.locator("main")
    for text in (
        "Первые десять секунд",
        "Клиента замечают сразу",
        "Встреча у входа",
        "Правило десяти секунд",
        "«Добрый день! Я рядом, если понадоблюсь.»",
        "Подойдите, я покажу",
        "Спорить с клиентом",
        "Поприветствовал в течение 10 секунд",
        "Очередь за пиццей",
        "Стандарт работает, когда его знают все.",
        "Если заняты — кивните клиенту.",
    ):
        expect(main.get_by_text(text, exact=False).first).to_be_visible()
    # Media files are not served by the test server: check the element, not the picture.
    expect(main.locator("img[alt='Продавец встречает покупателя у входа']")).to_have_count(1)
    expect(main.locator("video")).to_have_attribute(
        "src", "https://intranet.example.com/video/greeting.mp4"
    )
    screenshot(page, "trainer-lesson-published")
