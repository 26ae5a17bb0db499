"""From a speaker mention to a canonical actor.

Uses the project resolver (app/pipeline/resolve) when it is installed, and a
small fallback otherwise: the actor is the name found in the mention, with no
country. The extractor hands the resolver the best phrase it has: the whole
name phrase first, then the person's name inside it, then the first party of a
joint mention.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
import unicodedata

from app.pipeline.types import ResolvedActor

from .mentions import Mention

_LEADING = re.compile(r"^(the|a|an)\s+", re.I)
_QUANTIFIER = re.compile(r"^(several|some|many|most|other|both|all)\s+", re.I)


def resolver_available() -> bool:
    """True once the resolver module has landed (and is not switched off for a
    comparison run with TRACKER_EXTRACT_NO_RESOLVER=1)."""
    if os.environ.get("TRACKER_EXTRACT_NO_RESOLVER") == "1":
        return False
    try:
        return importlib.util.find_spec("app.pipeline.resolve.resolver") is not None
    except (ImportError, ValueError):
        return False


def _slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "unknown"


def fallback_actor(mention: Mention) -> ResolvedActor:
    """An unknown actor named after the mention (person name if one is inside)."""
    name = mention.name or mention.first or mention.text
    name = _QUANTIFIER.sub("", _LEADING.sub("", name)).strip(" ,.;:")
    kind = "person" if mention.person else "group"
    return ResolvedActor(slug=_slug(name), name=name, kind=kind, country=None, known=False)


def _default_resolver():
    """The project resolver, or None while it is being written (half-landed
    modules must not break extraction)."""
    try:
        from app.pipeline.resolve import default_resolver

        return default_resolver()
    except Exception:  # noqa: BLE001 - any failure means: use the fallback
        return None


class ActorLookup:
    """One article's view of the resolver (it remembers people met earlier)."""

    def __init__(self, published: dt.date | None, resolver=None):
        self._article = None
        if resolver is None and resolver_available():
            resolver = _default_resolver()
        if resolver is not None:
            self._article = resolver.for_article(published)

    def candidates(self, mention: Mention) -> list[str]:
        out = [mention.text]
        if mention.name and mention.name not in out:
            out.append(mention.name)
        if mention.first and mention.first not in out:
            out.append(mention.first)
        return out

    def actor(self, mention: Mention) -> ResolvedActor:
        """The first registry actor among the candidate phrases; an unknown
        actor made from the whole phrase only when no candidate is known, so
        that a title the resolver cannot parse ("Foreign Minister Hossein
        Amir-Abdollahian") does not hide the known name inside it."""
        unknown = None
        if self._article is not None:
            for text in self.candidates(mention):
                try:
                    found = self._article.resolve(text)
                except Exception:  # a resolver bug must not lose the statement
                    found = None
                if found is not None and found.known:
                    return found
                unknown = unknown or found
        return unknown or fallback_actor(mention)
