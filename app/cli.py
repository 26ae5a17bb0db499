"""The `tracker` command line: one sub-command per job, each a thin call into the pipeline."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(help="Statement Tracker: who said what, when, in diplomatic news.", no_args_is_help=True)


@app.callback()
def _root() -> None:
    """Statement Tracker: who said what, when, in diplomatic news."""


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def extract(
    file: Annotated[Optional[Path], typer.Argument(help="JSON Lines file of articles; standard input when omitted.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="JSON Lines in and out (the scorer's contract).")] = True,
) -> None:
    """Extract statements without a database: one article per input line, one result per output line."""
    from app.pipeline.extract.jsonl import run_jsonl

    if file is not None and not file.is_file():
        _fail(f"{file}: no such file")
    stream = file.open(encoding="utf-8") if file is not None else sys.stdin
    try:
        failures = run_jsonl(stream, sys.stdout)
    finally:
        if file is not None:
            stream.close()
    if failures:
        raise typer.Exit(1)


def main() -> None:
    app()
