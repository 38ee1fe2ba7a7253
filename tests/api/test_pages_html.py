"""The server-rendered pages, as HTML: what they show, and that stored text stays inert."""

import re

import pytest


@pytest.mark.parametrize("url, title", [
    ("/", "Dashboard"), ("/search?q=police", "Search: police"), ("/documents", "Documents"),
    ("/entities", "Entities"), ("/incidents", "Incidents"), ("/upload", "Upload"), ("/ledger", "Ledger"),
])
def test_every_page_renders_with_a_title_and_a_skip_link(as_admin, url, title):
    response = as_admin.get(url)
    assert response.status_code == 200
    assert f"<title>{title} · Dossier</title>" in response.text
    assert '<a class="skip" href="#main">' in response.text and '<main id="main"' in response.text


def test_the_reader_links_mentions_and_opens_notes(as_admin, site):
    doc_id = site.docs["testimony.txt"][0]
    html = as_admin.get(f"/documents/{doc_id}").text
    yanji = next(e for e in as_admin.get("/api/entities").json()["items"] if e["name"] == "Yanji")
    assert f'<a class="mention m-location" href="/entities/{yanji["id"]}" title="LOCATION">Yanji</a>' in html
    assert '<details class="note"><summary aria-label="Note [1]">[1]</summary>' in html
    assert "A/HRC/25/CRP.1" in html and 'href="https://www.ohchr.org/coi"' in html
    assert "Stands for note [1]" in html
    assert f'href="/api/sources/{site.sha["testimony.txt"]}/original"' in html
    assert 'id="incident-' in html and "Detention in a political prison camp (kwanliso)" in html


def test_stored_markup_is_printed_as_text(as_admin, site):
    doc_id = site.docs["hostile.txt"][0]
    html = as_admin.get(f"/documents/{doc_id}").text
    assert "<script>window.__xss" not in html and "&lt;script&gt;window.__xss" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=" in html
    assert 'href="javascript:' not in html
    assert "<b onmouseover" not in html
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts and all('src="/static/' in tag for tag in scripts)


def test_a_search_query_is_never_reflected_as_markup(as_admin):
    html = as_admin.get("/search", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_korean_text_is_served_as_written(as_admin, site):
    html = as_admin.get(f"/documents/{site.docs['korean.txt'][0]}").text
    assert "함경북도" in html and "강제노동을" in html
    onsong = next(e for e in as_admin.get("/api/entities").json()["items"] if e["name"] == "Onsong")
    page = as_admin.get(f"/entities/{onsong['id']}").text
    assert '<span lang="ko" class="hangul">온성</span>' in page


def test_the_entity_page_draws_its_network(as_admin):
    onsong = next(e for e in as_admin.get("/api/entities").json()["items"] if e["name"] == "Onsong")
    html = as_admin.get(f"/entities/{onsong['id']}").text
    assert '<svg class="network"' in html and "Ministry of State Security (DPRK)" in html
    assert html.count('class="edge"') >= 2


def test_the_incident_map_plots_places_and_the_timeline_spans_years(as_admin):
    html = as_admin.get("/incidents").text
    assert '<svg class="map"' in html and html.count('class="land"') >= 5
    kaechon = re.search(r"<title>Political Prison Camp No. 14 \(Kaechon\): (\d+) incident", html)
    assert kaechon and int(kaechon.group(1)) >= 1
    bar_1997 = re.search(r'<rect class="bar p-year" x="[\d.]+" y="\d+" width="([\d.]+)"[^>]*><title>Detention in a political prison camp \(kwanliso\), 1997', html)
    assert bar_1997 and float(bar_1997.group(1)) > 20  # a whole year, not a dot


def test_the_incident_list_filters_by_type(as_admin):
    html = as_admin.get("/incidents", params={"type": "vt_forced_repatriation"}).text
    assert "Tumen" in html and "Political Prison Camp No. 14" not in html.split("<h2>List")[1]


def test_facet_links_narrow_the_search(as_admin):
    html = as_admin.get("/search", params={"q": "police"}).text
    link = re.search(r'<a href="(/search\?[^"]*kind=testimony[^"]*)">testimony</a>', html)
    assert link
    narrowed = as_admin.get(link.group(1).replace("&amp;", "&")).text
    assert 'option selected>testimony</option>' in narrowed


def test_public_mode_pages_need_no_login_and_hide_the_rest(public, site):
    home = public.get("/")
    assert home.status_code == 200 and "Public view" in home.text
    assert 'href="/upload"' not in home.text and 'href="/ledger"' not in home.text
    assert public.get(f"/documents/{site.docs['testimony.txt'][0]}").status_code == 200
    hidden = public.get(f"/documents/{site.docs['restricted.txt'][0]}")
    assert hidden.status_code == 404 and "no such document" in hidden.text
    assert public.get("/upload").status_code == 403


def test_the_dashboard_counts_only_what_the_reader_may_see(as_viewer, as_admin):
    assert "<strong>3</strong> documents" in as_viewer.get("/").text
    admin = as_admin.get("/").text
    assert "<strong>4</strong> documents" in admin and "<strong>4</strong> original files" in admin
    assert 'href="/documents?kind=interview">interview</a> <span class="meta">1</span>' in admin


@pytest.mark.parametrize("url, status", [
    ("/documents/abc", 422), ("/documents/0", 422), ("/documents/99999", 404), ("/entities/99999", 404),
    ("/incidents?asserted=maybe", 422), ("/ledger?after=-1", 422), ("/upload?job=../../x", 422),
    ("/documents?kind=poem", 422), ("/search?q=(unclosed", 200), ("/search?from=2020-13", 200),
])
def test_odd_addresses_get_an_error_page_never_a_crash(as_admin, url, status):
    response = as_admin.get(url)
    assert response.status_code == status
    assert "Traceback" not in response.text and "<title>" in response.text


def test_a_bad_search_is_explained_on_the_page(as_admin):
    html = as_admin.get("/search", params={"q": "police", "from": "2020-13"}).text
    assert '<p class="error" role="alert">' in html and "2020-13" in html
