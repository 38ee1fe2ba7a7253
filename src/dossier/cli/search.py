"""`dossier search` and `dossier reindex`: the search package on the command line."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.text import Text

from dossier.cli import app
from dossier.access.policy import sees_protected, visible_sensitivities
from dossier.cli.common import JsonOption, RepoOption, console, open_repo, print_json
from dossier.search import SearchQuery, SearchResults, search
from dossier.search.indexer import rebuild

_MARK = re.compile(r"(<mark>.*?</mark>)", re.DOTALL)


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help='Words, "phrases", AND/OR/NOT, -word, prefix*, kind:, date:, author:, entity:, type:, place:.')],
    repo: RepoOption = Path("./dossier-data"),
    kind: Annotated[Optional[list[str]], typer.Option("--kind", help="Only documents of this kind (repeatable).")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Dated on or after (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Dated on or before (YYYY[-MM[-DD]]).")] = None,
    author: Annotated[Optional[str], typer.Option(help="Only documents by this author.")] = None,
    entity: Annotated[Optional[int], typer.Option(help="Only passages that mention this entity id.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="Only passages with an incident of this type.")] = None,
    place: Annotated[Optional[str], typer.Option(help="Only passages about this place (name or entity id).")] = None,
    sort: Annotated[str, typer.Option(help="relevance or date (newest first).")] = "relevance",
    limit: Annotated[int, typer.Option(min=0, max=500, help="Hits to show.")] = 20,
    offset: Annotated[int, typer.Option(min=0, help="Hits to skip (paging).")] = 0,
    exact_facets: Annotated[
        bool, typer.Option("--exact-facets", help="Count facets exactly even when over 100,000 passages match (slower).")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Search passages, notes and entities; prints hits with highlighted snippets and facets."""
    request = SearchQuery(
        text=query, kind=kind or None, date_from=date_from, date_to=date_to, author=author, entity=entity,
        incident_type=type_, place=place, sort=sort, limit=limit, offset=offset,  # type: ignore[arg-type]
        exact_facets=exact_facets,
    )
    with open_repo(repo) as opened:
        request.sensitivities = visible_sensitivities(opened.principal)  # the index holds pseudonyms only
        results = search(opened.store, request)
        if not sees_protected(opened.principal):
            results.query = ""  # never echo back a (part of a) protected name someone typed
    if as_json:
        print_json(results.to_dict())
        return
    _print(results)


@app.command()
def reindex(repo: RepoOption = Path("./dossier-data")) -> None:
    """Drop the search index and build it again from the records."""
    with open_repo(repo) as opened:
        n = rebuild(opened.store)
    console.print(f"indexed {n} passage(s), note(s) and entities")


def _print(results: SearchResults) -> None:
    console.print(f"{results.total} match(es) in {results.took_ms:.1f} ms", highlight=False)
    for hit in results.hits:
        where = f"doc {hit.document_id}" if hit.document_id is not None else f"entity {hit.entity_id}"
        if hit.note_marker:
            where += f" note {hit.note_marker}"
        head = Text(f"{where} · {hit.kind or ''} · {hit.date or 'undated'} · ", style="dim")
        head.append(hit.title, style="bold")
        console.print(head)
        console.print(Text("  ").append_text(_terminal(hit.snippet)))
    about = "~" if results.facets_approximate else ""
    for name, counts in results.facets.items():
        if counts:
            shown = ", ".join(f"{value} ({about}{n})" for value, n in list(counts.items())[:8])
            console.print(Text(f"{name}: {shown}", style="dim"))
    if about and results.facets:
        console.print(Text("facet counts (~) are estimated from a sample; --exact-facets counts every match", style="dim"))


def _terminal(snippet: str) -> Text:
    """The HTML snippet as terminal text: marks in reverse video, entities unescaped."""
    out = Text()
    for piece in _MARK.split(snippet):
        if piece.startswith("<mark>"):
            out.append(html.unescape(piece[6:-7]), style="reverse")
        else:
            out.append(html.unescape(piece))
    return out
