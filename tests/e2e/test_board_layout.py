"""The readiness board of the demo (five courses) scrolls sideways with the names in view."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot, sign_in

pytestmark = pytest.mark.e2e


def test_the_name_column_stays_visible_when_the_board_scrolls_sideways(page, demo):
    page.set_viewport_size({"width": 900, "height": 800})
    sign_in(page, "hr", demo.DEMO_PASSWORD)
    page.goto("/admin/reports/readiness/")
    expect(page.locator("table.rb-board")).to_be_visible()
    scroller = page.locator(".rb-scroll")
    widths = scroller.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert widths[0] > widths[1] + 200, widths  # the board is wider than the screen
    name = page.locator("table.rb-board tbody th.rb-person").first
    header = page.locator("table.rb-board thead th").first
    left = scroller.bounding_box()["x"]
    scroller.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    page.wait_for_function("document.querySelector('.rb-scroll').scrollLeft > 0")
    for cell in (name, header):
        box = cell.bounding_box()
        assert abs(box["x"] - left) < 2, (box, left)  # pinned at the left edge, not scrolled away
    # The name is drawn on top of the course cells it passes over (an opaque background).
    colour = name.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    screenshot(page, "hr-board-scrolled")
