"""Reading the registry: `seeds/actors/*.yaml` files into validated records.

File format: a YAML list of actors (slug, name, kind, country, wikidata,
parent, aliases, slug_aliases, former_names[name, until], roles[role, title,
organisation, country, start, end]).  Every problem is a `RegistryError` whose one-line message
starts with the file: `PATH: what is wrong`.  The folder is always the
caller's (settings.actors_dir); nothing here reads the environment.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from .record import Actor, RegistryError, actor_from_dict
from .registry import YAML_LOADER, Registry


def load_file(path: Path) -> list[Actor]:
    """The validated actors of one YAML file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or []
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise RegistryError(f"{path}: not valid YAML: {problem}") from None
    if not isinstance(data, list):
        raise RegistryError(f"{path}: expected a list of actors")
    return [actor_from_dict(r, str(path)) for r in data]


def _files(actors_dir: Path | str, exclude: Iterable[str] = ()) -> list[Path]:
    folder = Path(actors_dir)
    if not folder.is_dir():
        raise RegistryError(f"{folder}: no such folder")
    skip = set(exclude)
    return [path for path in sorted(folder.glob("*.yaml")) if path.name not in skip]


def load_records(actors_dir: Path | str, exclude: Iterable[str] = ()) -> list[Actor]:
    """Every actor of every *.yaml in the folder (sorted by file name), validated."""
    return [actor for path in _files(actors_dir, exclude) for actor in load_file(path)]


def load_registry(actors_dir: Path | str, strict: bool = False, extra: Iterable[dict] = ()) -> Registry:
    """The registry from a folder of YAML files (the caller's settings.actors_dir).

    Invalid records raise RegistryError (file and slug named).  A slug defined
    twice raises with strict=True (naming both files), else the first
    definition wins with a warning, so one helper's slip cannot take the whole
    registry down.  `extra` adds records (dicts) after the files, e.g. in tests."""
    actors: list[Actor] = []
    first_in: dict[str, Path] = {}
    for path in _files(actors_dir):
        for actor in load_file(path):
            if strict and actor.slug in first_in:
                raise RegistryError(f"{path}: duplicate actor slug {actor.slug!r} (first in {first_in[actor.slug]})")
            first_in.setdefault(actor.slug, path)
            actors.append(actor)
    actors += [actor_from_dict(r, "extra") for r in extra]
    return Registry(actors, strict=strict)
