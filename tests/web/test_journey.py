"""An investigator's path through the web app, in headless Chromium."""

import re

import pytest

from web_helpers import log_in, shot

pytestmark = pytest.mark.browser

UPLOAD = (
    "Report on forced repatriation from Hyesan\n\n"
    "In 2016 Chinese police in Changbai arrested eleven women and handed them to the State Security "
    "Department in Hyesan, where guards beat them.[1]\n\n"
    "Notes\n[1] Human Rights Council, A/HRC/31/70, 2016, para. 12. https://undocs.org/A/HRC/31/70\n"
)


def test_log_in_upload_search_read_and_follow_links(page, server, tmp_path):
    page.goto(f"{server.url}/documents")
    assert "/login" in page.url
    log_in(page, server)
    shot(page, "dashboard")

    report = tmp_path / "hyesan-report.txt"
    report.write_text(UPLOAD, encoding="utf-8")
    page.goto(f"{server.url}/upload")
    page.set_input_files("#file", str(report))
    page.select_option("#sensitivity", "public")
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#upload-form[data-state=done]", timeout=60_000)
    assert "1 document(s)" in page.inner_text("#upload-message")
    shot(page, "upload-done")

    page.goto(f"{server.url}/search?q=Changbai")
    assert page.locator(".hit mark").first.inner_text() == "Changbai"
    page.click(".facet[data-facet=kind] a")
    assert "kind=" in page.url and page.locator(".hit").count() >= 1
    shot(page, "search")

    page.click(".hit a.title")
    page.wait_for_selector(".doc-text")
    assert page.locator("h1").inner_text() == "Report on forced repatriation from Hyesan"
    note = page.locator("details.note").first
    note.locator("summary").click()
    assert note.locator(".note-body").is_visible()
    assert "A/HRC/31/70" in note.inner_text()
    shot(page, "reader-note-open")

    page.locator(".doc-text a.mention", has_text="Hyesan").first.click()
    page.wait_for_url(re.compile(r"/entities/\d+$"))
    assert "Hyesan" in page.locator("h1").inner_text()
    assert page.locator("svg.network").count() == 1
    shot(page, "entity")


def test_the_map_and_the_timeline(signed_in, server):
    signed_in.goto(f"{server.url}/incidents")
    assert signed_in.locator("svg.map path.land").count() >= 5
    assert signed_in.locator("svg.map .marker").count() >= 2
    box = signed_in.locator("svg.map").bounding_box()
    assert box["width"] > 300 and box["height"] > 200
    bars = signed_in.locator("svg.timeline rect.bar")
    assert bars.count() >= 2
    widths = [float(bars.nth(i).get_attribute("width")) for i in range(bars.count())]
    assert max(widths) > 20  # a year-precise date is a bar across its year
    signed_in.select_option("#type", "vt_political_prison_camp")
    signed_in.click(".filter-bar button")
    assert "type=vt_political_prison_camp" in signed_in.url
    shot(signed_in, "incidents")
    signed_in.locator("svg.map .marker").last.click()  # drawn last, so on top of any it overlaps
    signed_in.wait_for_url(re.compile(r"/entities/\d+$"))


def test_the_verify_button_reports_an_intact_repository(signed_in, server):
    signed_in.goto(f"{server.url}/ledger")
    signed_in.click("#verify-form button")
    signed_in.wait_for_selector("#verify-result .ok")
    assert "originals" in signed_in.inner_text("#verify-result")
    shot(signed_in, "ledger")


def test_korean_text_renders_with_real_glyphs(signed_in, server, web_site):
    signed_in.goto(f"{server.url}/documents/{web_site.docs['korean.txt'][0]}")
    assert "함경북도" in signed_in.inner_text(".doc-text")
    family = signed_in.eval_on_selector(".doc-text", "e => getComputedStyle(e).fontFamily")
    assert "Noto Sans CJK KR" in family
    drawn = signed_in.evaluate("""() => {
        const paint = (text) => {
            const c = document.createElement('canvas'); c.width = 40; c.height = 40;
            const g = c.getContext('2d'); g.font = '28px "Noto Sans CJK KR"'; g.fillText(text, 4, 32);
            return Array.from(g.getImageData(0, 0, 40, 40).data).join(',');
        };
        return {hangul: paint('온'), missing: paint('\\uffff'), other: paint('성')};
    }""")
    assert drawn["hangul"] != drawn["missing"] and drawn["hangul"] != drawn["other"]
    shot(signed_in, "korean")


def test_pages_fit_a_phone_and_show_keyboard_focus(browser, server, web_site, admin_state):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, storage_state=admin_state)
    phone = context.new_page()
    for url in ("/", f"/documents/{web_site.docs['testimony.txt'][0]}", "/incidents", "/search?q=police"):
        phone.goto(server.url + url)
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{url} scrolls sideways by {overflow}px"
    shot(phone, "phone-reader")
    phone.goto(server.url + "/")
    phone.keyboard.press("Tab")
    focused = phone.evaluate("document.activeElement.className")
    assert focused == "skip"
    outline = phone.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    context.close()
