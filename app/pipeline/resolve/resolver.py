"""Speaker mention → canonical actor, one article at a time.

The rules and their order live in `rules/` (`RULES`, `PHRASE_RULES`); this
module builds what they read (once per registry and language pack) and runs
them over an article's mentions in reading order, remembering who was met.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz

from app.lang.resolve_schema import ResolveLexicon
from app.pipeline.types import ResolvedActor

from .context import ArticleContext
from .countries import Countries
from .fuzzy import PersonMatcher
from .indexes import Places, Surnames, TitleIndex
from .mention import MentionReader
from .normalize import norm
from .registry import Registry
from .rules import REJECT, RULES, phrase
from .titles import TitleReader

RESPELT_MIN = 70.0  # family-name likeness for a respelling (toqaev/tokayev: 77)


class Resolver:
    """Resolves mentions against one registry in one language; make one
    ArticleResolver per article.  Everything is built here, once: the country
    tables (`countries`), the pack's title patterns, the surname, place and
    title indexes and the fuzzy matcher."""

    def __init__(self, registry: Registry, lexicon: ResolveLexicon):
        self.registry = registry
        self.lexicon = lexicon
        self.countries = Countries(lexicon.countries)
        self.titles = TitleReader(lexicon)
        self.places = Places(registry, self.countries.name_index)
        self.surnames = Surnames(registry, lexicon.names.particles)
        self.matcher = PersonMatcher(registry.persons(), lexicon.names.particles)
        self.title_index = TitleIndex(registry, lexicon.titles.spokes_words)
        regnal = lexicon.titles.regnal_titles  # the people who held a monarch's title ("King of Jordan"), once
        self.rulers = [a for a in registry.persons() if any(regnal & set(norm(r.title or "").split()) for r in a.roles)]
        self.reader = MentionReader(registry, self.places, self.countries, self.titles, lexicon)

    def for_article(self, published: dt.date | None = None) -> ArticleResolver:
        return ArticleResolver(self, published)

    def resolve(self, mention: str, published: dt.date | None = None) -> ResolvedActor | None:
        """One mention with a fresh memory (convenience for single lookups)."""
        return self.for_article(published).resolve(mention)


class ArticleResolver(ArticleContext):
    """Resolves the mentions of one article, in reading order, remembering the
    actors met so that "Lavrov said" finds the Lavrov introduced earlier."""

    def set_home(self, code: str | Callable[[], str | None] | None) -> None:
        """The country the article gives the mentions resolved next (see `ArticleContext.home`):
        a code, or a function computing it, called only if a rule asks (most mentions name
        their country or are in the registry, so the article's evidence is rarely read)."""
        self._home_source = code
        self._home_state = None
        self._home_read = False

    def resolve(self, mention: str | None) -> ResolvedActor | None:
        raw = self.reader.clean(mention)
        if not raw or any(reject(raw, self) for reject in REJECT):
            return None
        m = self.mention(raw)
        found = None
        for rule in RULES:
            found = rule(m, self)
            if found is not None:
                break
        if found is None or not found.known:
            fixed = self._spelt_right(raw)
            if fixed is not None:
                again = self.resolve(fixed)
                found = again if again is not None and again.known else found
        if found is not None and found.known and found.kind == "person":
            found = self._serving_on_the_day(found, raw)
        elif found is not None and found.known:
            found = self._named_on_the_day(found)
        if found is not None:
            self._remember(found, raw)
        return found

    def _serving_on_the_day(self, actor: ResolvedActor, raw: str) -> ResolvedActor:
        """A known person speaks for the state of the office they held on the article's day, or for
        none when every office held then is an international one: a former foreign minister who now
        heads a regional league speaks for the league, while the same person's words as minister,
        in an older article, are his state's. With no office on record then, the article's own title
        for them decides when it is an international post ("UN High Commissioner for Human Rights
        Michelle Bachelet" speaks for no state); else the record's own country stands."""
        record = self.registry.get(actor.slug)
        if record is None:
            return actor
        held = {role.country for role in record.roles if self.published and role.active(self.published)}
        if not held:
            if actor.country is not None and self._international_title(raw, actor, record.aliases):
                return replace(actor, country=None)
            return actor
        states = held - {None}
        if len(states) > 1:
            return actor
        country = states.pop() if states else None
        return replace(actor, country=country) if country != actor.country else actor

    def _international_title(self, raw: str, actor: ResolvedActor, aliases) -> bool:
        """The title the mention gives the person, before their name or in apposition after it, is a
        post of an international body ("UN High Commissioner for Human Rights Michelle Bachelet",
        "Nkosazana Dlamini-Zuma, Chairperson of the AU Commission"; not "X after meeting with the EU's
        foreign policy chief", whose words after the name tell of someone else)."""
        own = {t for n in (actor.name, *aliases) for t in norm(n).split()}
        parts = [norm(p).split() for p in raw.split(",")]
        at = next((n for n, words in enumerate(parts) if own & set(words)), None)
        if at is None:
            return False
        words = parts[at]
        before = words[: next(i for i, w in enumerate(words) if w in own)]
        titles = [" ".join(before)] if before else []
        if at + 1 < len(parts) and parts[at + 1]:
            titles.append(" ".join(parts[at + 1]))  # "X, Chairperson of the AU Commission,"
        return any(self._international_post(title) for title in titles)

    def _named_on_the_day(self, actor: ResolvedActor) -> ResolvedActor:
        """A body is named as it was called on the article's day (`former_names` in the registry);
        the slug stays, so its statements of every year are one actor's."""
        record = self.registry.get(actor.slug)
        name = record.name_on(self.published) if record is not None else actor.name
        return replace(actor, name=name) if name != actor.name else actor

    def _spelt_right(self, raw: str) -> str | None:
        """The mention with a misspelt country name or demonym put right ("Ethopia has agreed",
        "Quatar's emir"), when a mention no rule knows has one; else None."""
        out, changed = [], False
        for word in re.split(r"(\W+)", raw):
            right = self.resolver.countries.misspelt(word) if word else None
            out.append(right or word)
            changed = changed or right is not None
        return "".join(out) if changed else None

    def met(self, surname: str) -> ResolvedActor | None:
        """The person already met in this article under that surname (or full name), if any."""
        return self.memory.person_by_surname(norm(surname))

    def namesakes(self, surname: str) -> list[tuple[ResolvedActor, frozenset[str]]]:
        """Every person already met under that surname, the latest first, with their normalised full names."""
        return self.memory.namesakes(norm(surname))

    def titled(self, noun: str, country: str | None = None) -> ResolvedActor | None:
        """The latest person met with a title that a describing noun stands for ("the diplomat": a
        deputy foreign minister or an envoy met before, not a presidential spokesman); with `country`,
        the latest of that state."""
        return self.memory.with_title_word(noun, country=country)

    def person_under_title(self, name: str, title: str) -> ResolvedActor:
        """A person the extractor knows by the tagger to be one, named after a title the rules read as a
        body's name ("Minister of the International Department of the Communist Party of China Song
        Tao"): that person, of the state the title names, remembered like any speaker met."""
        found = self.unknown_person(name, self.described_state(title))
        self._remember(found, f"{title} {name}")
        return found

    def phrase(self, raw: str) -> ResolvedActor | None:
        return phrase(self.mention(raw), self)

    def remember(self, actor: ResolvedActor, raw: str) -> None:
        """Remember `actor` as met under `raw`, when the article placed it better than its words
        did ("The Russian delegation was headed by X": X is Russia's), so a later bare name finds it."""
        self._remember(actor, raw)
        self.memory.place(actor)

    def _remember(self, actor: ResolvedActor, raw: str) -> None:
        record = self.registry.get(actor.slug) if actor.known else None
        names = list(record.names) if record else [actor.name]
        if actor.kind in ("institution", "state") and raw not in names:
            names.append(raw)  # the article's own name for a body: "Pakistan's Foreign Office" → "the Foreign Office"
        roles: set[str] = set()
        words: set[str] = set()
        state = None
        if actor.kind == "person":
            written, prefix = self.reader.split_name(raw)
            # "the Armenian FM and the Secretary of State": the first party's title only (a second
            # post of one person has no article of its own: "Prime Minister and Foreign Minister X")
            words |= self.title_words(_SECOND_PARTY.split(prefix, maxsplit=1)[0])
            if record is not None and written and _respelt(written, actor.name):
                # "Kazakh President Qasym-Zhomart Toqaev" found the registry's Kassym-Jomart Tokayev: a
                # later "Toqaev said" is the same person, under the article's spelling
                names.append(written)
            if record is not None:
                for role in self.registry.active_roles(record, self.published):
                    roles.add(role.role)
                    words |= self.title_words(role.title or "")
                    state = state or self.registry.role_state(record.slug, role)
            elif prefix:
                st = self.first_state(norm(prefix))
                code = self.titles.state_role(self.titles.singular(norm(prefix)), st.country if st else None)
                if code:
                    roles.add(code)
                state = st.slug if st else None
        self.memory.remember(actor, names, roles, state, words)


_SECOND_PARTY = re.compile(r"\s+and\s+(?:the|his|her|its|their)\s+", re.IGNORECASE)


def _respelt(written: str, name: str) -> bool:
    """`written` is one person's full name whose family name is the registry name's spelt another way
    (Toqaev for Tokayev, Zelenskiy for Zelenskyy): not the same name, not two people joined."""
    w, n = norm(written).split(), norm(name).split()
    if len(w) < 2 or not n or w == n or "and" in w or "," in written:
        return False
    return w[-1] != n[-1] and w[-1][:1] == n[-1][:1] and fuzz.ratio(w[-1], n[-1]) >= RESPELT_MIN
