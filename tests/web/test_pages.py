"""The web UI in a real browser: Debian chromium driven by Playwright, headless."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is not installed (scripts/system-deps.sh installs it)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--disable-background-networking", "--no-first-run"])
        yield b
        b.close()


def _page(browser: Browser, width: int = 1280) -> tuple[Page, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    dialogs: list[str] = []

    def dismiss(dialog: object) -> None:
        dialogs.append(getattr(dialog, "message", "?"))
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", dismiss)
    return page, dialogs


def test_seed_story_matrix_and_dutch_framing(browser: Browser, live_server: str,
                                             artifacts: Path) -> None:
    page, dialogs = _page(browser)
    page.goto(live_server + "/")
    expect(page.locator("h1")).to_have_text("Stories")
    story_link = page.locator("li.story", has=page.locator(".lang", has_text="NL")).locator(
        "h2 a")
    page.screenshot(path=str(artifacts / "01-stories.png"), full_page=True)
    story_link.click()
    row = page.locator("table.matrix tbody tr", has_text="Amnesty").filter(
        has_text="Human Rights Watch")
    expect(row).to_have_count(1)
    expect(row.locator(".grade")).to_have_text("corroborated")
    expect(row).to_have_class("row g-corroborated")
    # a claim's figures read apart, not run together ("90 procenttussen 70.000 …")
    figures = page.locator("p.nums", has_text="70.000").first
    expect(figures).to_have_text(re.compile(r"90 procent, tussen 70\.000 en 75\.000"))
    page.screenshot(path=str(artifacts / "02-seed-story-matrix.png"), full_page=True)
    page.locator("table.matrix thead th", has_text="NL").locator("a").click()
    name_calling = page.locator(".fr-name-calling-labeling", has_text="schurkenstaat")
    expect(name_calling.first).to_be_visible()
    assert "Name_Calling-Labeling" in (name_calling.first.get_attribute("title") or "")
    expect(page.locator(".legend")).to_contain_text("Name Calling-Labeling")
    page.screenshot(path=str(artifacts / "03-dutch-article.png"), full_page=True)
    assert dialogs == []


def test_small_screen_and_keyboard(browser: Browser, live_server: str,
                                   artifacts: Path) -> None:
    page, _ = _page(browser, width=360)
    page.goto(live_server + "/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360  # nothing sticks out of a phone screen
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "q"  # the search box
    page.keyboard.type("Karabach")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=Karabach*")
    expect(page.locator("li.story")).to_have_count(1)
    page.locator("li.story h2 a").focus()
    page.keyboard.press("Enter")
    expect(page.locator("table.matrix")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(artifacts / "04-story-360px.png"), full_page=True)


def test_hostile_article_runs_nothing(browser: Browser, live_server: str,
                                      artifacts: Path) -> None:
    found = httpx.get(live_server + "/api/v1/search", params={"q": "Riverton"}).json()
    (article,) = [a for a in found["articles"] if "mayor" in (a["title"] or "").lower()][:1]
    page, dialogs = _page(browser)
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text))
    for path in ("/", f"/articles/{article['id']}", f"/stories/{article['story_id']}",
                 "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"):
        page.goto(live_server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss === undefined"), path
        assert page.locator("script").count() == 0, path
        assert page.locator("article img, .text img, .text svg, iframe").count() == 0
        hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
        assert not any(h and h.strip().lower().startswith("javascript:") for h in hrefs)
    page.goto(live_server + f"/articles/{article['id']}")
    expect(page.locator(".text")).to_contain_text("onerror")  # shown as text, not run
    page.screenshot(path=str(artifacts / "05-hostile-article.png"), full_page=True)
    assert dialogs == []
