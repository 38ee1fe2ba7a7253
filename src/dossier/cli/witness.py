"""Commands on witnesses: add (identity sealed), list and show (pseudonyms only), reveal
(ledgered), and consent withdrawal."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from dossier.access import derivatives, keys, users
from dossier.access import witnesses as registry
from dossier.access.witnesses import Consent, Witness
from dossier.cli import app
from dossier.cli.common import JsonOption, RepoOption, actor, console, open_repo, print_json
from dossier.errors import UsageError

witness_app = typer.Typer(help="Witnesses: pseudonyms for all, sealed identities for the few.", no_args_is_help=True)
app.add_typer(witness_app, name="witness")

KeyFileOption = Annotated[
    Optional[Path], typer.Option("--key-file", help="The repository key (default: $DOSSIER_KEY_FILE); kept outside the repository.")
]


@witness_app.command("add")
def add(
    pseudonym: Annotated[str, typer.Option("--pseudonym", help="How documents and people will call the witness, e.g. W-0017.")],
    name: Annotated[str, typer.Option("--name", help="The true name (sealed).")],
    alias: Annotated[Optional[list[str]], typer.Option("--alias", help="Another name or spelling, Hangul too (repeatable; sealed).")] = None,
    contact: Annotated[str, typer.Option(help="How to reach the witness (sealed).")] = "",
    location: Annotated[str, typer.Option(help="Where the witness lives (sealed).")] = "",
    relatives_at_risk: Annotated[bool, typer.Option("--relatives-at-risk", help="Relatives in North Korea could suffer reprisals.")] = False,
    consent_uses: Annotated[Optional[list[str]], typer.Option("--consent-uses", help="Uses consented to, e.g. prosecution (repeatable).")] = None,
    consent_recipients: Annotated[Optional[list[str]], typer.Option("--consent-recipients", help="Who may receive it (repeatable).")] = None,
    identification: Annotated[str, typer.Option(help="How the witness may be named: pseudonym, name or anonymous.")] = "pseudonym",
    key_file: KeyFileOption = None,
    repo: RepoOption = Path("./dossier-data"),
) -> None:
    """Record a witness; every document naming them is given a redacted derivative and re-indexed."""
    _use_key(key_file)
    witness = Witness(
        pseudonym=pseudonym, name=name, aliases=alias or [], contact=contact, location=location,
        consent=Consent(uses=_split(consent_uses), recipients=_split(consent_recipients), given_at=date.today().isoformat()),
        relatives_at_risk=relatives_at_risk, identification=identification,
    )
    with open_repo(repo) as opened, opened.store.transaction() as conn:
        _, affected = derivatives.add_witness(conn, users.acting(conn, actor()), witness)
    console.print(f"added witness {pseudonym}; {len(affected)} document(s) name them and were redacted and re-indexed", highlight=False)


@witness_app.command("list")
def list_witnesses(repo: RepoOption = Path("./dossier-data"), as_json: JsonOption = False) -> None:
    """List witnesses by pseudonym, with the risk flag; never a name."""
    with open_repo(repo) as opened, opened.store.reading() as conn:
        found = registry.summaries(conn)
    if as_json:
        print_json(found)
        return
    for w in found:
        risk = "relatives at risk" if w["relatives_at_risk"] else ""
        console.print(f"{w['id']:>4}  {w['pseudonym']:<12} {w['identification']:<10} {risk}", highlight=False, markup=False)


@witness_app.command("show")
def show(ref: Annotated[str, typer.Argument(help="Witness id or pseudonym.")], repo: RepoOption = Path("./dossier-data"), as_json: JsonOption = False) -> None:
    """Show what anyone with the list right may see of one witness."""
    with open_repo(repo) as opened, opened.store.reading() as conn:
        found = registry.summary(conn, ref)
    if as_json:
        print_json(found)
        return
    for field, value in found.items():
        console.print(f"{field:<18} {value}", highlight=False, markup=False)


@witness_app.command("reveal")
def reveal(
    ref: Annotated[str, typer.Argument(help="Witness id or pseudonym.")],
    reason: Annotated[str, typer.Option("--reason", help="Why the identity is needed (written to the ledger).")],
    key_file: KeyFileOption = None,
    repo: RepoOption = Path("./dossier-data"),
    as_json: JsonOption = False,
) -> None:
    """Show a witness's true identity; the ledger records who, when and why."""
    _use_key(key_file)
    with open_repo(repo) as opened, opened.store.transaction() as conn:
        witness = registry.reveal(conn, users.acting(conn, actor()), ref, reason)
    record = {"pseudonym": witness.pseudonym, "name": witness.name, "aliases": witness.aliases, "contact": witness.contact,
              "location": witness.location, "consent": vars(witness.consent), "relatives_at_risk": witness.relatives_at_risk,
              "identification": witness.identification}
    if as_json:
        print_json(record)
        return
    for field, value in record.items():
        console.print(f"{field:<18} {value}", highlight=False, markup=False)


@witness_app.command("consent")
def consent(
    ref: Annotated[str, typer.Argument(help="Witness id or pseudonym.")],
    withdrawn: Annotated[str, typer.Option("--withdrawn", help="Date consent was withdrawn (YYYY-MM-DD; default today).")] = "",
    key_file: KeyFileOption = None,
    repo: RepoOption = Path("./dossier-data"),
) -> None:
    """Record that a witness withdrew consent."""
    _use_key(key_file)
    when = withdrawn or date.today().isoformat()
    try:
        date.fromisoformat(when)
    except ValueError:
        raise UsageError(f"--withdrawn: {when!r} is not a date (YYYY-MM-DD)") from None
    with open_repo(repo) as opened, opened.store.transaction() as conn:
        registry.withdraw_consent(conn, users.acting(conn, actor()), ref, when)
    console.print(f"recorded consent withdrawn on {when} for {ref}", highlight=False, markup=False)


def _use_key(key_file: Path | None) -> None:
    if key_file is not None:
        os.environ[keys.KEY_FILE_ENV] = str(key_file)


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]
