"""From a speaker mention to a canonical actor.

Uses the resolver the extractor was built with, and a small fallback when it
has none: the actor is the name found in the mention, with no country. The extractor hands the resolver the best phrase it has: the whole
name phrase first, then the person's name inside it, then the first party of a
joint mention.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from app.lang.extract_schema import ExtractLexicon
from app.pipeline.resolve.normalize import DOTTED_INITIALS, norm, without_possessive
from app.pipeline.types import ResolvedActor

from .acronyms import defined_acronyms, expand
from .home import HomeCountry
from .mentions import Mention, mention_from
from .sentences import doc_ents, doc_text, sent_of, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _without_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to take off (most words): no decomposition to walk
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _slug(name: str) -> str:
    s = _without_accents(name).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "unknown"


def fallback_actor(mention: Mention, lex: ExtractLexicon) -> ResolvedActor:
    """An unknown actor named after the mention (person name if one is inside)."""
    name = mention.name or mention.first or mention.text
    if mention.form == "name" and not (mention.name or mention.first) and ", " in name:
        name = name.split(", ")[0]  # "Park Min-jae, the ministry's spokesperson": the name before its post
    name = lex.speakers.quantifier_rx.sub("", lex.speakers.leading_rx.sub("", name)).strip(" ,.;:")
    kind = "person" if mention.person else "group"
    return ResolvedActor(slug=_slug(name), name=name, kind=kind, country=None, known=False)


_NAME_LINKS = frozenset({"and", "of", "for", "the", "&"})


def _bare_plural(mention: Mention, lex: ExtractLexicon) -> bool:
    """A plural mention with no article, number or quantifier before its words ("African leaders",
    "Western officials"), and no name of its own."""
    if not mention.plural or mention.first or mention.name or mention.form == "name":
        return False  # "Guterres", tagged a plural noun, is one person
    words = mention.text.lower().split()
    if not words or "and" in words or "of" in words:
        return False  # "defence ministers of Russia and Armenia", "US and Russian presidents": the parties named
    return words[0] not in lex.speakers.counted_plural_openers and not words[0].isdigit()


def _one_name(mention: Mention) -> bool:
    """ "the Hostages and Missing Families Forum": a coordination that is one body's name, every word
    capitalised but the small links, and no person's; not "the Chilean FM and the Secretary of
    State" (a second determiner), nor "Ana Lima and Ivo Kral" (people), nor "Minister Dr. X and Iran's
    Ambassador" (a person's name inside)."""
    if mention.person or mention.name:
        return False
    words = mention.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_LINKS and w != "the" for w in words)


def _is_organisation(actor: ResolvedActor) -> bool:
    return actor.known and actor.kind == "international_organisation"


def _unread_acronym(tok: Token) -> bool:
    """ "ECOWAS", "NATO": a capitalised acronym the model does not read as a body."""
    return (
        tok.pos_ in ("PROPN", "NOUN", "ADJ")
        and tok.ent_type_ != "ORG"
        and tok.is_alpha
        and tok.is_upper
        and len(tok.text) > 1
    )


class ActorLookup:
    """One article's view of the resolver (it remembers people met earlier).
    Without a resolver every actor is the fallback named after its mention."""

    def __init__(
        self,
        lex: ExtractLexicon,
        published: dt.date | None,
        resolver=None,
        doc: Doc | None = None,
        home: HomeCountry | None = None,
    ):
        self.lex = lex
        self._article = None
        self._published = published
        self._doc = doc
        self._home = home
        self._by_text: dict[str, list[int]] | None = None
        self._organisation_titled: dict[tuple[int, int], list[int]] = {}
        self._organisation_opens: dict[tuple[int, int], bool] = {}
        self._home_used: bool | None = None  # None: no resolver asked
        self._spelled: dict[str, str] = {}  # slug -> the article's spelling of a known person's name
        self._bearing: str | None = None  # the introduction a bare name is being read through
        # words before a first party's name that are no part of it ("Mr Putin and …", "Both Safadi and …")
        self._not_first_name = lex.transcripts.honorifics | frozenset(lex.speakers.quantifiers)
        self._written: dict[str, str | None] = {}  # slug -> the article's fullest spelling found in its text
        self._units: list[tuple[str, int, int, bool]] | None = None  # the article's words, for `_article_spelling`
        self._acronyms: dict[str, str] | None = None  # the article's own "Full Name (ACR)" definitions
        self._defined_at: dict[str, int] = {}  # acronym → where the article wrote its full name
        # a title (and whether read in either case) → where the article names its holder
        self._titled: dict[tuple[str, bool], list[tuple[int, int, str, str]]] = {}
        self._folded: list[str] = []  # the same words folded (`_fold`), once per article
        self._by_length: dict[int, list[int]] = {}  # folded word length → positions in `_folded`
        self._respective_pairs: list[re.Match[str]] | None = None  # "the ministers of A and B X and Y" (`_respective`)
        self._normed_text: str | None = None  # the article normalised (`norm`), for `_introduced_as_relative`
        if resolver is not None:
            self._article = resolver.for_article(published)
        # a resolver that can use the article's country for unplaced speakers says so
        self._set_home = getattr(self._article, "set_home", None)

    @property
    def article_text(self) -> str | None:
        """The article's whole text, paragraphs the parser skipped included (None when unknown)."""
        return self._home.text if self._home is not None else None

    def state(self, code: str) -> ResolvedActor | None:
        """The state with this ISO code, when the resolver has a registry (else None)."""
        registry = getattr(self._article, "registry", None)
        found = registry.state_for_code(code) if registry is not None else None
        return found.resolved() if found is not None else None

    def candidates(self, mention: Mention) -> list[str]:
        out = [self._without_day(mention.text)]
        if (full := self._spelt_out(mention.text)) is not None:
            # "the PCG" after "the Philippine Coast Guard (PCG)": the article's own definition first
            out.insert(0, full)
        if (full := self._full_state_name(mention.text)) is not None:
            out.insert(0, full)  # "the North's foreign ministry" → "North Korea's foreign ministry"
        if (state := self._leaders_state(mention.text)) is not None:
            out.insert(0, state)  # "Putin's Russia", "Milei's Argentina": the state
        if mention.name and mention.name not in out:
            out.append(mention.name)
        if mention.first and mention.first not in out:
            if (
                mention.person
                and mention.name
                and mention.name in mention.first
                and mention.text.startswith(mention.first)
                and not _one_name(mention)
            ):
                # "Minister X and Iran's Ambassador Y met": the first party before the glued whole, which
                # the article's memory would otherwise keep as one person under X's name
                out.insert(0, mention.first)
            else:
                out.append(mention.first)
        return out

    def _leaders_state(self, text: str) -> str | None:
        """ "Putin's Russia", "Milei’s Argentina": a state named after its leader's possessive is the
        state; its name, else None."""
        owner, sep, rest = text.replace("’", "'").partition("'s ")
        countries = getattr(getattr(self._article, "resolver", None), "countries", None)
        if not sep or not owner[:1].isupper() or " " in owner.strip() or countries is None:
            return None
        return rest if countries.country_code(rest) and rest[:1].isupper() else None

    def _without_day(self, text: str) -> str:
        """The speaker's phrase without what the parser glued to it: a weekday at its end says when,
        never who ("the special envoy on Friday"; a registry person may bear a weekday's name), and
        a closing quotation mark inside it ends the quote, not a name ("Haftar” Dendias said")."""
        if (cut := max(text.rfind(q) for q in "”»\"")) > 0 and text[cut + 1 :].strip():
            text = text[cut + 1 :].strip()  # "… General Khalifa Haftar” Dendias": the quotation ended before the name
        words = text.split()
        days = self.lex.dates.weekdays
        if len(words) > 1 and words[-1].lower().strip(".,") in days:
            words = words[:-1]
            if len(words) > 1 and words[-1].lower() in self.lex.dates.weekday_prefixes:
                words = words[:-1]
            return " ".join(words)
        return text

    def _placed_at(self, mention: Mention) -> int:
        """Where the article placed what a mention names: for a bare acronym the article defined
        ("the DFA" after "In Manila, the Department of Foreign Affairs (DFA)"), where it wrote the
        full name, whose paragraph says whose body it is; else the mention itself."""
        words = mention.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) == 1 and words[0].isupper() and self._spelt_out(words[0]) is not None:
            return min(mention.start, self._defined_at.get(words[0], mention.start))
        return mention.start

    def _spelt_out(self, text: str) -> str | None:
        """The mention with the acronyms the article defined written in full (acronyms.py), else None."""
        if self._acronyms is None:
            article = self.article_text
            self._acronyms = (
                defined_acronyms(article, self.lex.speakers.name_links, self._defined_at) if article else {}
            )
        return expand(text, self._acronyms)

    def _full_state_name(self, text: str) -> str | None:
        """The mention with a half-named state ("the North") written in full, when the article
        names exactly one state it can stand for (`short_states`); else None."""
        article = self._home.text if self._home is not None else None
        if not article:
            return None
        for short, fulls in self.lex.speakers.short_states.items():
            alt = "|".join(re.escape(v) for v in {short, short[:1].upper() + short[1:]})
            m = re.search(rf"\b(?:{alt})\b(?! [A-Z])", text)  # "the North's", not "the North Atlantic"
            if m is None:
                continue
            named = [f for f in fulls if f in article]
            if len(named) == 1:
                return text[: m.start()] + named[0] + text[m.end() :]
        return None

    def government_site(self) -> str | None:
        """The state whose government's own site published the article (see HomeCountry), else None."""
        return self._home.government_site() if self._home is not None else None

    def actor(self, mention: Mention, speaker: bool = True) -> ResolvedActor:
        """The actor a mention names; a counterpart (`speaker` False: "with his British counterpart
        X") is not noted as a speaker whose state a later bare "the Foreign Ministry" may take."""
        found = self._actor(mention)
        if found.kind == "person" and found.known and _bare_plural(mention, self.lex):
            # "African leaders discussed …": several people the article has not counted or named,
            # never the one person the resolver's memory last met under the title ("the two leaders",
            # "both presidents" are the pair named before, which the resolver may find)
            countries = getattr(getattr(self._article, "resolver", None), "countries", None)
            named = {c for _, _, c in countries.find_countries(mention.text)} if countries is not None else set()
            # "Armenian leaders": the state the words name stays theirs
            found = replace(
                fallback_actor(mention, self.lex), country=found.country if found.country in named else None
            )
        if speaker and found.country and self._home is not None and self._home_used is False:
            self._home.note_speaker(mention.start, found.country)  # its own words placed it
        return self._as_spelled(found, mention)

    def _as_spelled(self, found: ResolvedActor, mention: Mention) -> ResolvedActor:
        """A known person whose name the article spells another way ("Sergei Lavrov" for the
        registry's "Sergey Lavrov", "al-Sisi" for "el-Sisi") is named as the article spells it, in
        all of its statements; the slug stays the registry's. Only a transliteration (a letter or
        two in a word) counts: "Tony Blinken" is another name, not another spelling."""
        if found.kind != "person" or not found.known:
            return found
        if found.slug not in self._written:
            self._written[found.slug] = self._article_spelling(found.name, found.slug)
        written = without_possessive(mention.name or mention.text)  # "Cyril Ramaphosa’s office": no new spelling
        if self._written[found.slug] is not None:
            self._spelled.setdefault(found.slug, self._written[found.slug])
        elif written and _variant_spelling(written, found.name):
            self._spelled.setdefault(found.slug, written)
        spelled = self._spelled.get(found.slug)
        return replace(found, name=spelled) if spelled and spelled != found.name else found

    def _article_spelling(self, name: str, slug: str | None = None) -> str | None:
        """The article's own fullest spelling of a known person's name, wherever it stands in the text
        ("Volodymyr Zelensky" for the registry's "Volodymyr Zelenskyy", "Yusuf Maitama Tuggar" for
        "Yusuf Tuggar"), so that a bare "Zelensky said" is named as the article introduced him; None
        when the article writes the registry's name or no form of it. A form counts when its words
        are the name's, each the same or a letter apart (`_variant_spelling`), with at most one more
        name word inside (no initial: "Antony J. Blinken" is the registry's name). A shorter form is no
        spelling: "Faisal bin Farhan" stays the registry's "Faisal bin Farhan Al Saud", the name readers
        and other articles know him by, so that his statements share one name across articles.
        The form with the most words wins, the registry's own or else the first in the text on a tie
        ("Joseph Borrell" in a caption, "Josep Borrell" in the body: the registry's); a form that is
        another known person's name (`slug` is this one's) is that person, no spelling of this one
        ("Aleksandar Vučić" is not "Aleksandar Vulin" written otherwise)."""
        text = self.article_text
        if not text:
            return None
        if self._units is None:  # each word folded once per article, not once per name asked about
            self._units = _name_units(text)
            self._folded = [_fold(word) for word, *_ in self._units]
            for i, folded in enumerate(self._folded):  # and filed by length: a letter apart is ±1 long
                self._by_length.setdefault(len(folded), []).append(i)
        units = self._units
        parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
        if len(parts) < 2:
            return None
        lexicon = getattr(self._article, "lexicon", None)
        particles = lexicon.names.particles if lexicon is not None else frozenset()
        forms: list[tuple[int, int, str]] = []  # (-words, start, spelling)
        first_part = _fold(parts[0])
        size = len(first_part)
        near = sorted(
            self._by_length.get(size - 1, []) + self._by_length.get(size, []) + self._by_length.get(size + 1, [])
        )
        for i in near:
            if not _same_folded(self._folded[i], first_part):
                continue
            for n in _name_run(units, i, parts, particles):
                first, last = units[i], units[i + n - 1]
                forms.append((-n, first[1], text[first[1] : last[2]]))
        longest = min((n for n, _, _ in forms), default=0)
        if any(n == longest and _folded_words(spelling) == _folded_words(name) for n, _, spelling in forms):
            return None  # the article writes the registry's own name too, as fully: that name
        for _, _, spelling in sorted(forms):
            if slug is not None and self._someone_else(spelling, slug):
                continue
            return spelling
        return None

    def _someone_else(self, spelling: str, slug: str) -> bool:
        """The registry knows another person by this very spelling."""
        found = self._resolve_alone(spelling)
        return found is not None and found.kind == "person" and found.slug != slug

    def _actor(self, mention: Mention) -> ResolvedActor:
        """The first registry actor among the candidate phrases; an unknown
        actor made from the whole phrase only when no candidate is known, so
        that a title the resolver cannot parse ("Foreign Minister Hossein
        Amir-Abdollahian") does not hide the known name inside it."""
        unknown = None
        nouns = self.lex.speakers.institution_nouns  # "the Ministry of National Defense": a body
        # a body, or a person under a body's title ("Presidential Office spokeswoman X"): the body's state
        body = not mention.plural and any(w in nouns for w in mention.text.lower().split())
        if self._article is not None:
            self._home_used = False
            if self._set_home is not None and self._home is not None:
                home, start, text = self._home, self._placed_at(mention), mention.text

                def read_home() -> str | None:  # read only if a rule needs it
                    self._home_used = True
                    if self._titled_by_organisation(mention, leading=not body):
                        # "GCC Secretary-General X", "the AU Commissioner for Peace, Ambassador X": the
                        # bloc's officer, no state's
                        return None
                    return home.at(start, text, body, self._bearing)

                self._set_home(read_home)
            placed = self._placed_body(mention)
            if placed is not None:
                return placed
            named = self.organisation_named_before(mention)
            if named is not None:
                return named
            first = mention.first.split() if mention.first else []
            # "Mr Putin and Mr Erdogan": the first party's name without its form of address
            # ("Both Safadi and Séjourné": nor a quantifier before it)
            first = [w for w in first if w.rstrip(".").lower() not in self._not_first_name] or first
            if len(first) == 1 and first[0][:1].isupper() and not self._names_a_body(first[0]):
                # "which Kim and Chinese leader Xi Jinping signed": the first party by the
                # name the article introduced ("leader Kim Tae-sung"), not the known second party
                found = self._met(first[0]) or self._introduction(mention, first[0])
                if found is not None:
                    return found
            titled = self._first_party_by_title(mention)
            if titled is not None:  # "the foreign minister and X, the UN envoy, discussed …": the minister met before
                return titled
            short = self._short_name(mention)
            bare = short is not None
            if bare:
                # A bare surname ("Brown", "Sheikh Abdullah"): the speaker met under it earlier, or the
                # article's own earlier "Cook Islands Prime Minister Mark Brown", is better evidence
                # than a registry namesake (re-reading the introduction here would place its title by
                # this later paragraph).
                met = self._met(short)
                if met is not None and not self._never_written(met):
                    return met
                fuller = self._introduction(mention, short)
                if met is not None and (fuller is None or not fuller.known):
                    return met
                if fuller is not None:
                    return fuller
            for text in self.candidates(mention):
                try:
                    found = self._article.resolve(text)
                except Exception:  # a resolver bug must not lose the statement
                    found = None
                if (
                    found is not None
                    and found.known
                    and not (text == mention.text and _another_persons_name(found, mention))
                ):
                    return found
                if found is not None and found.known:
                    continue  # "Head of the International Department of the CPC Song Tao" is not the party's head
                if found is not None and text == mention.first and text != mention.text and not _one_name(mention):
                    # "the Chilean FM and the Secretary of State held a meeting": nobody the registry
                    # knows is the first party, never one actor glued from both conjuncts
                    unknown = found
                    continue
                unknown = unknown or found
            if unknown is not None and not unknown.known:
                after_body = self._name_after_body(mention)
                if unknown.kind != "person" or after_body:  # an unknown "person" may be a body's name glued to one
                    unknown = self._person_after_long_title(mention, after_body) or unknown
            if (unknown is None or unknown.country is None) and mention.form == "name" and not bare:
                fuller = self._introduction(mention)
                if fuller is not None:
                    return fuller
            if unknown is None and (there := self._there(mention)) is not None:
                return there
            if (unknown is None or not unknown.known) and (kingdom := self._state_named_before(mention)):
                return kingdom
            if (unknown is None or not unknown.known) and (named := self._title_named_elsewhere(mention)):
                return named
            if unknown is not None and unknown.kind == "person" and (unknown.country is None or self._home_used):
                # what the sentence says of the person beats the article's state a bare post took
                code = self._bracketed_state(mention)  # "ANA LIMA (Denmark) said": the delegate's state
                code = code or self._leads_a_placed_group(mention)  # "X led the Saudi delegation"
                if code:
                    unknown = replace(unknown, country=code)
            if unknown is not None and unknown.country is None and self._home is not None:
                # "Russia's Investigative Committee" earlier, "The Investigative Committee said" now:
                # the article itself said whose body it is
                # and a national outlet's own body needs no country ("the Mainland Affairs Council")
                # and so is an acronym no one defined or knows ("the RCMP said" in a Canadian paper)
                bare_acronym = _BARE_ACRONYM.fullmatch(mention.text) is not None
                code = self._home.owner(mention.start, mention.text) or (
                    self._home.own_outlet()
                    if (body and not self._titled_by_organisation(mention)) or bare_acronym
                    else None
                )
                if code:
                    unknown = replace(unknown, country=code)
        return unknown or fallback_actor(mention, self.lex)

    def organisation_named_before(self, mention: Mention) -> ResolvedActor | None:
        """ "The UN Security Council met on Tuesday. … the 15-member body condemned …", "NATO leaders
        gathered … The alliance said …": a loose description of an organisation (the resolve pack's
        `loose` heads: bloc, alliance, body …) is the nearest international organisation the article
        named before it, even one that has not spoken yet."""
        article = self._article
        resolver = getattr(article, "resolver", None)
        memory_words = getattr(getattr(article, "lexicon", None), "memory", None)
        if self._doc is None or resolver is None or memory_words is None or mention.form == "name":
            return None
        words = mention.text.lower().split()
        if mention.plural or not words or words[-1] not in memory_words.loose or words[0] not in ("the", "this"):
            return None
        if self._resolve_alone(mention.text) is not None:
            return None  # "the North Atlantic alliance" names its organisation itself
        named = self.organisations_named_before(self._doc, mention.start)
        return named[-1][1] if named else None

    def organisations_named_before(
        self, doc: Doc, before: int, as_speakers: bool = False
    ) -> list[tuple[Mention, ResolvedActor]]:
        """The international organisations the article named before character `before`, in reading
        order, one entry per naming, each with the mention that names it: what "the alliance" or
        "the summit" may stand for.

        A naming is an entity the model reads as a body. By default each is resolved alone, by its
        name (the article's memory of who spoke stays as it was): enough to tell which organisation
        a loose description means. `as_speakers` reads the namings as speakers instead: also the
        capitalised acronyms the model does not read as bodies ("ECOWAS"), each a speaker mention
        resolved with all the article knows (its own definitions, its memory), since the caller
        attributes statements to them."""
        entities = [e for e in doc_ents(doc) if e.label_ == "ORG" and e.end_char <= before]
        if not as_speakers:
            found = [(e, self._resolve_alone(e.text)) for e in entities]
            return [
                (Mention(e.text, e.start_char, e.end_char, "name", False), actor)
                for e, actor in found
                if actor is not None and _is_organisation(actor)
            ]
        acronyms = [t for t in doc if t.idx < before and _unread_acronym(t)]
        asked: dict[str, ResolvedActor] = {}
        found = []
        for root in sorted([e.root for e in entities] + acronyms, key=lambda t: t.i):
            m = mention_from(root, self.lex, with_conj=False)
            actor = asked.get(m.text) or self.actor(m)
            asked[m.text] = actor
            if _is_organisation(actor):
                found.append((m, actor))
        return found

    def _titled_by_organisation(self, mention: Mention, leading: bool = False) -> bool:
        """The mention names an international organisation inside a longer phrase ("Gulf Cooperation
        Council Secretary-General Jasem Albudaiwi"): the speaker serves the organisation, and the
        home state a bare body takes is not theirs. `leading`: only an organisation that opens the
        mention ("the AU Commissioner X", not "Russia's UN ambassador X", a state's envoy)."""
        if self._doc is None or self._article is None:
            return False
        key = (mention.start, mention.end)
        if key not in self._organisation_titled:  # asked by the home and again by the outlet's rule
            span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
            self._organisation_titled[key] = (
                [
                    e.start_char
                    for e in span.ents
                    if e.label_ == "ORG"
                    and e.end_char - e.start_char < len(mention.text)
                    and (found := self._resolve_alone(e.text))
                    and _is_organisation(found)
                ]
                if span is not None
                else []
            )
        starts = self._organisation_titled[key]
        if leading:
            opening = len(mention.text) - len(re.sub(r"^(?:the|The)\s+", "", mention.text))
            if any(s - mention.start <= opening for s in starts):
                return True
            if key not in self._organisation_opens:  # asked again for each name the resolver tries
                self._organisation_opens[key] = self._opens_with_organisation(mention)
            return self._organisation_opens[key]
        return bool(starts)

    def _opens_with_organisation(self, mention: Mention) -> bool:
        """The mention's first capitalised words name a known international organisation ("the AU
        Commissioner for Peace X", "UN envoy X"), which the model did not mark as a body."""
        words = mention.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        for n in range(min(4, len(words) - 1), 0, -1):
            head = words[:n]
            if not all(w[:1].isupper() for w in head) or DOTTED_INITIALS.fullmatch(head[-1]):
                continue  # "Minister E.P. Chet Greene": a name's initials, no "EP" (European Parliament)
            found = self._resolve_alone(" ".join(head))
            if found is not None and _is_organisation(found):
                return True
        return False

    def _names_a_body(self, word: str) -> bool:
        """A first party's one word that names a state or body by itself ("India and the Maldives"):
        no surname to look up among the people met ("an 'India Out' platform" named no one)."""
        found = self._resolve_alone(word)
        return found is not None and found.kind != "person"

    def _resolve_alone(self, text: str) -> ResolvedActor | None:
        """The known actor `text` names by itself, asked of the resolver with a fresh memory (so
        asking leaves the article's memory as it was); None when it names no known actor."""
        try:
            found = self._article.resolver.resolve(text, self._published)
        except Exception:  # a resolver bug must not lose the statement
            return None
        return found if found is not None and found.known else None

    def _state_named_before(self, mention: Mention) -> ResolvedActor | None:
        """ "Morocco backed the plan. The Kingdom also called for talks": a state called by the kind
        of state it is (`state_kinds`) is a state the article named before it
        whose official name holds that word ("Kingdom of Morocco"): the article's own (its dateline's
        or outlet's: "RIYADH - … talks with Britain. The Kingdom said" is Saudi Arabia) if it is one
        of them, else the nearest. So is its possessive before a post or a body ("the Kingdom's
        foreign minister"): that state's post, as the resolver reads it."""
        registry = getattr(self._article, "registry", None)
        if registry is None or self._home is None or mention.plural:
            return None
        words = mention.text.lower().split()
        post = None
        if len(words) > 2 and words[0] == "the" and re.fullmatch(r"\w+['’]s", words[1]):
            words, post = words[:1] + [words[1][:-2]], " ".join(mention.text.split()[2:])
        if len(words) != 2 or words[0] != "the" or words[1] not in self.lex.speakers.state_kinds:
            return None
        fitting = []
        for code in reversed(self._home.named_before(mention.start)):
            state = registry.state_for_code(code)
            if state is not None and any(words[1] in n.lower().split() for n in state.names):
                fitting.append(state)
        own = self._home.where()
        chosen = next((st for st in fitting if st.country == own), None)
        several = len({st.country for st in fitting}) > 1
        if chosen is None and several:
            # "Saudi Arabia, the UAE and Bahrain restored ties, the Kingdom's foreign minister said": of
            # several kingdoms its own sentence names, the first it names (the sentence's subject)
            in_sentence = self._named_in_sentence(mention)
            chosen = next((st for code in in_sentence for st in fitting if st.country == code), None)
        if chosen is None and post is not None and several:
            return None  # "Morocco and Spain …. The Kingdom's foreign minister": nothing says which
        chosen = chosen or (fitting[0] if fitting else None)
        if chosen is None or post is None:
            return chosen.resolved() if chosen is not None else None
        found = self._article.resolve(f"{chosen.name}'s {post}")
        return found if found is not None and found.known and found.country == chosen.country else None

    def _named_in_sentence(self, mention: Mention) -> list[str]:
        """The codes of the countries the mention's own sentence names before it, in their order."""
        if self._doc is None or self._home is None or not len(self._doc):
            return []
        sentence = sent_of(self._doc[token_at(self._doc, mention.start)])
        return self._home.named_between(sentence.start_char, mention.start)

    def _placed_body(self, mention: Mention) -> ResolvedActor | None:
        """ "In Khartoum, where the military cabinet sits, the Ministry of Foreign Affairs
        said …": a body every state has, in a sentence that opens on a place, is that place's
        state's, even where another state's body of that name spoke before."""
        article = self._article
        titles = getattr(article, "titles", None)
        countries = getattr(getattr(article, "resolver", None), "countries", None)
        if titles is None or countries is None or self._doc is None or mention.form == "pronoun":
            return None
        bare = self.lex.speakers.leading_rx.sub("", mention.text)
        if not titles.generic_bodies.match(article.mention(bare).key):
            return None
        text = doc_text(self._doc)
        at = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if at is None:
            return None
        opener = _PLACE_OPENER.match(text, sent_of(at[0]).start_char)
        if opener is None or opener.end() > mention.start:
            return None
        codes = [c for _, _, c in countries.find_countries(opener.group(1))]
        state = self.state(codes[0]) if len(set(codes)) == 1 else None
        if state is None:
            return None
        try:
            found = article.resolve(f"{state.name}'s {bare}")
        except Exception:  # a resolver bug must not lose the statement
            return None
        return found if found is not None and found.kind == "institution" and found.country == state.country else None

    def _title_named_elsewhere(self, mention: Mention) -> ResolvedActor | None:
        """ "China's special envoy to the Pacific says …" in a standfirst, then "China's special envoy
        to the Pacific, Qian Bo, told reporters …" in the body: a definite title with no name is the
        one person the article names with that same title, before or after it. None when the article
        gives the title no name, or several."""
        text = self.article_text
        if not text or mention.name or mention.plural or mention.form == "name":
            return None
        words = self.lex.speakers.leading_rx.sub("", mention.text).split()
        if len(words) < 2 or not any(w.lower() in self.lex.speakers.person_titles for w in words):
            return None  # "the spokesman" alone is any spokesman: the memory of who spoke decides
        if mention.text.split()[0].lower() in self.lex.speakers.indefinite_determiners:
            return None  # "a spokesman for X" is someone new
        found = self._holders_titled(words, mention)
        if not found:
            # "the Pakistan high commissioner" after "Pakistan High Commissioner X": the title as a
            # name's title is written, capitalised
            found = self._holders_titled(words, mention, capitalised=True)
        if len(found) != 1:
            return None
        name, written = found.popitem()
        written = without_possessive(written)
        found_actor = self._person_bearing(written, name.split())
        return found_actor if found_actor is not None and found_actor.kind == "person" else None

    def _holders_titled(self, words: list[str], mention: Mention, capitalised: bool = False) -> dict[str, str]:
        """The names the article writes after the title `words` (its first letters in either case when
        `capitalised`), elsewhere than at the mention: each name → the introduction it was written in."""
        text = self.article_text or ""
        key = (" ".join(words), capitalised)
        if key not in self._titled:  # each title read once per article
            if capitalised:
                title = r"\s+".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in words)
                title = rf"(?<![\w-]){title}"
            else:
                title = r"\s+".join(map(re.escape, words))
            links = "|".join(map(re.escape, sorted(self.lex.speakers.place_preps)))
            pattern = re.compile(rf"{title}((?:\s+(?:{links})\s+(?:the\s+)?[A-Z][\w'’-]*)*),?\s+({_NAME_RUN})")
            self._titled[key] = [
                (m.start(), m.end(), without_possessive(m.group(2)), _without_posting(m, words))
                for m in pattern.finditer(text)
            ]
        found = {
            self._without_leading_titles(name): written
            for lo, hi, name, written in self._titled[key]
            if not lo <= mention.start < hi
        }
        found.pop("", None)
        return found

    def _without_leading_titles(self, name: str) -> str:
        """ "Ambassador Mohammad Sadiq" → "Mohammad Sadiq": the name after a title or honorific the
        name's pattern took in ("the Special Representative, Ambassador Mohammad Sadiq")."""
        words = name.split()
        titles, honorifics = self.lex.speakers.person_titles, self.lex.transcripts.honorifics
        while len(words) > 2 and (low := words[0].lower().rstrip(".")) and (low in titles or low in honorifics):
            words = words[1:]
        return " ".join(words)

    def _bracketed_state(self, mention: Mention) -> str | None:
        """ "CHRISTINA LUND (Denmark) said", "Ana Lima (Chile) told the Council": in meeting coverage
        the state a speaker represents is written in brackets right after the name; its code when
        the brackets hold a state's name and nothing else, else None."""
        text = self.article_text
        countries = getattr(getattr(self._article, "resolver", None), "countries", None)
        if not text or countries is None or mention.form != "name":
            return None
        bracket = _BRACKETED.match(text, mention.end)
        if bracket is None:
            return None
        inside = bracket.group(1)
        found = countries.find_countries(inside)
        if len(found) != 1 or found[0][0] != 0 or found[0][1] != len(inside):
            return None
        return found[0][2]

    def _there(self, mention: Mention) -> ResolvedActor | None:
        """ "New Delhi rejected it, and officials there said …": unnamed officials "there" speak for
        the state the paragraph has just named."""
        if self._home is None or not mention.plural or mention.form == "name":
            return None
        if not _THERE.match(self._home.text, mention.end):
            return None
        self._home_used = True
        code = self._home.at(mention.start)
        return self.state(code) if code else None

    def titled(self, noun: str) -> ResolvedActor | None:
        """The latest person the article met under a title the describing noun stands for
        ("the diplomat"), when the resolver can tell."""
        titled = getattr(self._article, "titled", None)
        return titled(noun) if titled is not None else None

    def _person_after_long_title(self, mention: Mention, after_body: str | None) -> ResolvedActor | None:
        """ "Minister of the International Department of the Communist Party of China Song Tao", "Song
        Tao, head of the International Department of the CPC": the tagger's person's name before or
        after a title the resolver took whole for a body's name (no title list holds every party
        department): the person, with the state the title names. `after_body`: the name
        `_name_after_body` read after a body's name, if any."""
        tagged = _tagged_full_name(mention)
        # the tagger may mark only the name's end ("… Arab League Yusuf [Al Hamdan]")
        name = after_body if after_body and (tagged is None or after_body.endswith(tagged)) else tagged
        if name is None or mention.plural or mention.text == name:
            return None
        if mention.text.endswith(name):
            title = mention.text[: -len(name)]
        elif mention.text.startswith(name + ","):  # "Song Tao, head of the International Department of the CPC"
            title = mention.text[len(name) :]
        else:
            return None
        under = getattr(self._article, "person_under_title", None)
        title = title.strip(" ,")
        return under(name, title) if under is not None and title else None

    def _name_after_body(self, mention: Mention) -> str | None:
        """ "Secretary-General of the Arab League Ahmed Abou Gheit", tagged whole as one organisation:
        the capitalised words (two to four) after the name of a body the registry knows, which end the
        post "of" that body; None when no known body stands there."""
        words = mention.text.split()
        if mention.first or mention.plural or len(words) < 4:
            return None
        of = max((i for i, w in enumerate(words) if w.lower() == "of"), default=None)
        if of is None:
            return None
        titles = getattr(self._article, "titles", None)
        not_names = set(self.lex.speakers.institution_nouns)
        if titles is not None:
            not_names |= titles.title_words | titles.institution_heads
        countries = getattr(getattr(self._article, "resolver", None), "countries", None)
        rest = words[of + 1 :]
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        for k in range(1, len(rest) - 1):
            name = rest[k:]
            if len(name) > _NAME_AFTER_BODY_WORDS or not all(w[:1].isupper() and w.isalpha() for w in name):
                continue
            if any(w.lower() in not_names for w in name):
                continue  # "… of the European Union Council Policy Unit": a body's part, no one's name
            if countries is not None and countries.find_countries(" ".join(name)):
                continue  # "Head of the EU Delegation Niger", "… of the World Bank Pakistan Najy X": a place
            if rest[k - 1].endswith(("'s", "’s")):
                continue  # "the Foreign Ministry's Asian Affairs Department": the body's own part
            try:
                body = self._article.resolve(" ".join(rest[:k]))
            except Exception:  # a resolver bug must not lose the statement
                return None
            if body is not None and body.known and body.kind in ("international_organisation", "institution"):
                return " ".join(name)
        return None

    def _first_party_by_title(self, mention: Mention) -> ResolvedActor | None:
        """The first party of a joint mention named by a bare title ("the foreign minister and Ismail
        Ould Cheikh Ahmed"): the person the article met before under that title, else None."""
        first = mention.first
        if not first or first == mention.text:
            return None
        words = [w.strip(",.").lower() for w in first.split()]
        speakers = self.lex.speakers
        if len(words) < 2 or words[0] != "the" or words[-1] not in speakers.person_titles:
            return None
        if not all(w in speakers.person_titles or w in speakers.post_modifiers for w in words[1:]):
            return None
        titled = getattr(self._article, "titled", None)
        if titled is None or self._home is None:
            return None
        # of the state the article gives a bare post there ("the foreign minister" in a Jordanian
        # story is Jordan's, though the Egyptian one was named since)
        code = self._home.at(self._placed_at(mention), first)
        found = titled(words[-1], country=code) if code else None
        return found if found is not None and found.kind == "person" else None

    def _met(self, surname: str) -> ResolvedActor | None:
        """The person already met as a speaker under this surname, with a country: the latest met,
        unless the article introduced that one as another's relative ("Turkish President Recep Tayyip
        Erdogan", later "first lady Emine Erdogan", then "Erdogan said": the President). Two namesakes
        neither of whom is introduced so ("Bill Clinton", "Hillary Clinton"): the latest met."""
        namesakes = getattr(self._article, "namesakes", None)
        if namesakes is not None:
            people = [(a, names) for a, names in namesakes(surname) if a.country]
            last = _folded_words(surname)[-1:]
            if len(people) > 1 and all(_folded_words(a.name)[-1:] == last for a, _ in people):
                # (not a family name written first, "Kim" of "Kim Jong Un" and "Kim Yo Jong")
                others = [a for a, names in people if not self._introduced_as_relative(names)]
                if others and len(others) < len(people):
                    return others[0]
        met = getattr(self._article, "met", None)
        found = met(surname) if met is not None else None
        return found if found is not None and found.country else None

    def _never_written(self, person: ResolvedActor) -> bool:
        """A known person met only under a bare surname the registry lists ("Liu Jianchao and Peters"
        found St Vincent's Keisal Peters): their full name appears nowhere in the article, so the
        article's own introduction of that surname ("Foreign Minister Winston Peters") says better. Read
        on the given name: a person met by full name has it written."""
        text = self.article_text
        if not person.known or not text or len(person.name.split()) < 2:
            return False
        return re.search(r"\b" + re.escape(person.name.split()[0]) + r"\b", text) is None

    def _introduced_as_relative(self, names: frozenset[str]) -> bool:
        """A full name of the person (two words or more) follows a relative's word, three words at most
        before it ("first lady Emine Erdogan", "his wife, Chilean lawyer Ana X"; names.yaml `relatives`)."""
        text = self.article_text
        lexicon = getattr(self._article, "lexicon", None)
        if not text or lexicon is None or not lexicon.names.relatives:
            return False
        if self._normed_text is None:
            self._normed_text = f" {norm(text)} "
        normed = self._normed_text
        for name in (n for n in names if " " in n):
            for found in re.finditer(rf" {re.escape(name)} ", normed):
                before = normed[: found.start()].split()[-3:]  # "his wife, Chilean lawyer Ana X"
                if any(word in lexicon.names.relatives for word in before):
                    return True
        return False

    def _short_name(self, mention: Mention) -> str | None:
        """The one-word name of a mention that is only that name, or that name after honorifics
        and titles ("Sheikh Abdullah", "Prince Faisal"); None for anything longer."""
        if mention.form != "name" or (mention.name and not mention.text.endswith(mention.name)):
            return None
        words = mention.text.split()
        if len(words) > 1 and not (mention.person and mention.name):
            return None  # "The Commission" is no one's short name
        titles = getattr(getattr(self._article, "titles", None), "title_words", frozenset())
        determiners = getattr(getattr(self._article, "titles", None), "determiners", frozenset())
        honorifics = getattr(getattr(self._article, "titles", None), "honorifics", frozenset())
        while len(words) > 1 and (
            ((low := words[0].lower().strip(".")) in titles and low not in determiners)
            or words[0].lower().replace(".", "") in honorifics  # "H.H. Sheikh Abdullah"
        ):
            words = words[1:]
        return words[0] if len(words) == 1 else None

    def _tokens_spelled(self, word: str) -> list[int]:
        """Indices of the tokens written `word`, from one read of the article's token table
        (a dict of spellings; iterating the doc would build a Token object per token)."""
        if self._by_text is None:
            by_orth: dict[int, list[int]] = {}  # filed by the spelling's number first: one string look-up a spelling
            for i, orth in enumerate(self._doc.to_array("ORTH").tolist()):
                by_orth.setdefault(orth, []).append(i)
            strings = self._doc.vocab.strings
            self._by_text = {strings[orth]: at for orth, at in by_orth.items()}
        return self._by_text.get(word, [])

    def _introduction(self, mention: Mention, name: str | None = None) -> ResolvedActor | None:
        """The person as the article introduced them, for a bare name: "after Angolan Foreign
        Minister Téte António hosted …", then "António told reporters"; "Foreign Minister Cho
        Tae-yul arrived …", then "Cho said" (a surname written first). The article's own, fuller
        name beats a registry namesake, and its title gives the country the bare name lacks."""
        name = (name or mention.name or mention.text).strip()
        if self._doc is None or not name or len(name.split()) > 2:
            return None
        words = name.split()
        paired = self._respective(mention, words)
        if paired is not None:
            return paired
        hits = sorted(set(self._tokens_spelled(words[-1])) | set(self._tokens_spelled(words[0])), reverse=True)
        placeless = None  # an introduction that gives no country ("then Ana Lima came"): kept if no other does
        for i in hits:  # the nearest earlier introduction first
            tok = self._doc[i]
            if tok.idx >= mention.start or tok.pos_ != "PROPN":
                continue
            full = _full_name(tok)
            if full is None or len(full) <= len(words) or not _contains_name(full, words):
                continue
            head = max(full, key=lambda t: t.i)
            head = _described_by(head)
            start = full[0].i  # the run of proper nouns before the name (a title the parser split off)
            # (the sentence's first word too: "Cook Islands Prime Minister Mark Brown is hoping …")
            while start > 0 and self._doc[start - 1].pos_ == "PROPN" and not self._doc[start].is_sent_start:
                start -= 1
            phrases = (mention_from(head, self.lex, with_conj=False).text, self._doc[start : full[-1].i + 1].text)
            if len(phrases[1]) > len(phrases[0]):  # the run holds more of the title ("Cook Islands …")
                phrases = (phrases[1], phrases[0])
            end = full[-1].idx + len(full[-1])
            text = doc_text(self._doc)
            at = self._after_posted_place(text, self._doc[start].idx, end)
            if at > self._doc[start].idx:  # "Ambassador to Brazil Pierre Dumont": the place is no part of the name
                place = text[self._doc[start].idx : at]
                full = [t for t in full if t.idx >= at]
                if len(full) <= len(words):
                    continue
                phrases = tuple(p[len(place) :] if p.startswith(place) else p for p in phrases)
                # but the post is: "Norwegian Ambassador to China Ola Berg" is Norway's ambassador
                phrases = (*self._posted_title(text, self._doc[start].idx, end), *phrases)
            for phrase in phrases:
                found = self._person_bearing(phrase, words)
                if found is not None and not found.known and (led := self._led_group_country(head)):
                    found = replace(found, country=led)
                    if (remember := getattr(self._article, "remember", None)) is not None:
                        remember(found, phrase)  # a later bare name meets the group's delegate
                if found is not None:
                    if found.country is not None or found.known:
                        return found
                    placeless = placeless or found
                    break
        return self._introduction_in_text(mention, words) or placeless

    def _respective(self, mention: Mention, words: list[str]) -> ResolvedActor | None:
        """ "the foreign ministers of Kazakhstan and Russia Mukhtar Tileuberdi and Sergei Lavrov": two
        states and two names in the same order, each person the first or the second state's; not the
        state written next to the name ("Russia Mukhtar Tileuberdi"), nor the dateline's."""
        text = self.article_text
        if not text or self._article is None:
            return None
        if self._respective_pairs is None:  # read once per article; most articles have none
            self._respective_pairs = list(_RESPECTIVE.finditer(text))
        for m in (m for m in self._respective_pairs if m.end() <= mention.start):
            run, second = m.group("run").replace(",", " ").split(), m.group("y")
            state_a = self._resolve_alone(m.group("a"))
            if state_a is None or state_a.kind != "state":
                continue
            # the run is the second state's words, then the first name: the longest state first ("Saudi Arabia")
            for k in range(len(run) - 2, 0, -1):
                b, first = " ".join(run[:k]), " ".join(run[k:])
                state_b = self._resolve_alone(b)
                if state_b is None or state_b.kind != "state":
                    continue
                states = (state_a, state_b)
                for state, person in zip(states, (first, second), strict=True):
                    names = person.split()
                    if names[: len(words)] == words or names[-len(words) :] == words:
                        return self._person_bearing(f"{state.name}'s {person}", words)
                break
        return None

    def _leads_a_placed_group(self, mention: Mention) -> str | None:
        """The country of the group the person named by `mention` leads in its own sentence (see
        `_led_group_country`), else None."""
        if self._doc is None or mention.form != "name":
            return None
        span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return self._led_group_country(span.root) if span is not None and len(span) else None

    def _led_group_country(self, head: Token) -> str | None:
        """ "The Bolivian delegation, headed by deputy minister X,", "The Russian delegation was
        headed by X", "X, a minister of state, led the Saudi delegation": the country of the group
        the name leads, when the article gives the group one (the state a delegate serves, not the
        place the talks are held in). Read on the parse of the name's own sentence, for any group the
        resolver places; `joint.delegation_heads` reads the same relation the other way (a state's
        delegation → its head) in the raw text, since a delegation may be introduced in a paragraph
        that is never parsed. The two share the verbs of leading (speakers.leading_verbs)."""
        leading = self.lex.speakers.leading_verbs.keys()  # the lemmas: "head", "lead"
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in leading:  # "X led the Saudi delegation"
            led = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        else:
            by = head.head
            verb = by.head
            if head.dep_ != "pobj" or by.dep_ != "agent" or verb.lemma_.lower() not in leading:
                return None
            if verb.dep_ in ("acl", "relcl"):
                led = verb.head
            else:  # the group is the passive clause's subject
                led = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if led is None or led.pos_ not in ("NOUN", "PROPN"):
            return None
        # whose the group is: the words before its noun ("the Saudi delegation") and an "of"/"from" after
        # it ("a delegation from Ethiopia"); not where it went ("a delegation to Mogadishu")
        owners = [c for c in led.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i > led.i]
        end = max((c.right_edge.i for c in owners), default=led.i)
        own = led.doc[led.left_edge.i : end + 1].text
        try:
            group = self._article.resolve(own)
        except Exception:  # a resolver bug must not lose the statement
            return None
        return group.country if group is not None and group.kind != "person" else None

    def _introduction_in_text(self, mention: Mention, words: list[str]) -> ResolvedActor | None:
        """The same in paragraphs that were not parsed (no cue in them): read the capitalised run
        of words around an earlier occurrence of the name ("South Korean Foreign Minister Cho
        Tae-yul arrived …") from the text itself."""
        text = self._home.text if self._home is not None else None
        if not text:
            return None
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b")
        lexicon = getattr(self._article, "lexicon", None)
        particles = "|".join(sorted(lexicon.names.particles)) if lexicon is not None else "bin"
        abbreviations = lexicon.names.abbreviations if lexicon is not None else frozenset()
        # one line only: "**Middle East" or "- Published" on the line above is a heading, no part of the name
        before = re.compile(rf"([A-Z][\w'’.-]*|of|for|the|{particles})[^\S\n]+$")
        after = re.compile(rf"(?:[ -](?:(?:{particles}) )*[A-Z][\w'’.-]*)+")
        placeless = None
        for m in reversed(list(pattern.finditer(text, 0, mention.start))):
            lo, hi = m.start(), m.end()
            while True:  # capitalised words (and "of", particles, hyphenated parts) before the name
                prev = before.search(text[max(0, lo - 40) : lo])
                if prev is None or _ends_sentence(prev.group(1), abbreviations):
                    break  # "… in the Taiwan Strait. Lai said": the sentence before is no part of the name
                if prev.group(1).lower() in self.lex.speakers.sentence_openers and _opens_sentence(
                    text, lo - len(prev.group(0)), abbreviations
                ):
                    break  # "But Del Rosario was upbeat": a sentence's first word is no part of the name
                lo -= len(prev.group(0))
            nxt = after.match(text, hi)
            if nxt:
                words_after = re.split(r"(?<=\.)(?=[ -])", nxt.group(0))
                kept = ""
                for piece in words_after:  # "Ana Lima. Taiwan …": stop at the full stop
                    kept += piece
                    if _ends_sentence(piece.strip(" -"), abbreviations):
                        kept = kept[:-1]
                        break
                hi += len(kept)
            posted = lo
            lo = self._after_posted_place(text, lo, hi)  # "Ambassador to Brazil Pierre Dumont"
            if lo > m.start():
                continue  # the word looked for is the post's place ("to Brazil"), not the name
            titled = self._posted_title(text, posted, hi) if lo > posted else []
            phrase = self._without_trailing_state(text[lo:hi].strip())
            # "Ana Lima Reis, Chile's Minister of State, …": the description after the name
            described = _DESCRIPTION.match(text, hi)
            # "Nicholas Burns, who was nominated as US ambassador to China,": the post the clause gives
            description = self.lex.speakers.relative_post_rx.sub("", described.group(1)) if described else ""
            # "Kenya's Ambassador to Japan, Ana Lima Reis": the post written before the name, as an apposition
            # (an apposition ends where the name ends its phrase: "…, Ana Lima." not "…, Ana Lima said")
            closes = text[hi : hi + 1] in ("", ".", ",", ";", ")")
            titled_before = _TITLE_APPOSITION.search(text, max(0, lo - 140), lo) if closes else None
            before_title = titled_before.group("title") if titled_before else ""
            phrases = (
                titled
                + ([phrase + ", " + description] if description else [])
                + ([phrase + ", " + before_title] if before_title else [])
                + [phrase]
            )
            if phrase.split() == words and not described and not before_title:
                continue  # no fuller name here
            for option in phrases:
                found = self._person_bearing(option, words)
                if found is not None:
                    if found.country is not None or found.known:
                        return found
                    placeless = placeless or found
        return placeless

    def _without_trailing_state(self, phrase: str) -> str:
        """ "told Anthony Albanese China stands ready …": a state's name after a person's name of two
        words or more is the next clause's subject, not a last name ("Anatole France" keeps its two)."""
        places = getattr(self._article, "places", None)
        words = phrase.split()
        while places is not None and len(words) > 2 and places.state(norm(words[-1])) is not None:
            words.pop()
        return " ".join(words) if len(words) < len(phrase.split()) else phrase

    def _after_posted_place(self, text: str, lo: int, name_end: int) -> int:
        """Where a name's introduction starts once the place of a post, written between the
        post's link word and the name, is left out ("Ambassador to South Africa Ilya Petrov" is
        "Ilya Petrov", not "South Africa Ilya Petrov"); `lo` unchanged otherwise."""
        reader = getattr(self._article, "reader", None)
        if reader is None or lo <= 0:
            return lo
        link = text[max(0, lo - 40) : lo].split()  # the link word and up to two words of the place before
        words = list(re.finditer(r"\S+", text[lo:name_end]))
        cut = reader.posted_place(link[-1:], [w.group(0) for w in words]) if link and words else 0
        return lo + words[cut].start() if cut else lo

    def _posted_title(self, text: str, lo: int, name_end: int) -> list[str]:
        """The whole introduction of a name written after a post and its place ("Norwegian
        Ambassador to China Ola Berg", `lo` at "China"): the capitalised title words before the
        post's link word, up to the name's end; [] when no title stands there."""
        head = text[max(0, lo - 80) : lo]
        link = re.search(r"\s(\w+)\s+$", head)
        if link is None:
            return []
        at = lo - len(head) + link.start(1)
        title = _TITLE_BEFORE.search(text[max(0, at - 80) : at])
        if title is None:
            return []
        return [text[at - len(title.group(0)) : name_end].strip()]

    def _person_bearing(self, phrase: str, words: list[str]) -> ResolvedActor | None:
        """The person `phrase` resolves to, if their name holds every one of `words`."""
        self._bearing = phrase  # the home is read for the bare name, with how it was introduced
        try:
            found = self._article.resolve(phrase)
        except Exception:  # a resolver bug must not lose the statement
            return None
        finally:
            self._bearing = None
        # accents folded and hyphens read as spaces on both sides: "Erdogan" is a word of the registry's
        # "Recep Tayyip Erdoğan", "Oyarzun-Vidal" of "Tomas Oyarzun-Vidal"
        if (
            found is not None
            and found.kind == "person"
            and set(_folded_words(" ".join(words))) <= set(_folded_words(found.name))
        ):
            return found
        return None


def _without_posting(found: re.Match[str], title: list[str]) -> str:
    """A title's introduction without the place its holder is posted to ("Special Representative for
    Afghanistan, Ambassador X" is Pakistan's envoy, not Afghanistan's), which the home then places."""
    place = found.group(1)
    if not place.strip() or place.split()[0].lower() not in ("for", "to"):
        return found.group(0)
    return " ".join(title) + ", " + found.group(2)


# "In Khartoum, …": a sentence that opens on a place.
_PLACE_OPENER = re.compile(r"\s*In ([A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}),")

# The capitalised words of a title right before a post's link word ("Norwegian Ambassador" of
# "Norwegian Ambassador to China"), not across a sentence's end.
_TITLE_BEFORE = re.compile(r"(?<![.!?]\s)(?<!\w)(?:[A-Z][\w'’.-]*\s+){1,4}$")  # "U.S. Ambassador": dots inside a word

# "RCMP", "the NSC": a body named by its acronym alone.
_BARE_ACRONYM = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}")

# Two to four capitalised words: a person's name after a title ("… to the Pacific, Qian Bo,").
_NAME_RUN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?=[,.;:\s])"

# "ANA LIMA (Denmark)": a short bracket right after a speaker's name.
_BRACKETED = re.compile(r"\s*\(([^()\n]{2,40})\)")

# "officials there": the word right after a mention that points back to the place just named.
_THERE = re.compile(r"\s+there\b")

# A description set off by commas right after a name: ", Chile's Minister of State," (a short one).
# "… drew comment from Antigua and Barbuda's Permanent Representative to the OAS, Ronald Sanders": a post
# in capitals, of a state written as an owner, then a comma and the name (the search ends at the name)
_TITLE_APPOSITION = re.compile(
    r"(?<![\w’'])(?P<title>(?:[A-Z][\w.-]*\s+(?:and\s+)?){0,3}[A-Z][\w.-]*[’']s\s+"
    r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w.-]*|of|the|to|for|and|\([A-Z]{2,8}\)))*),\s+$"
)
_DESCRIPTION = re.compile(r",\s+((?:the |an? )?[A-Za-z][^,.;:()\"“”«»\n]{2,90}?)(?=[,.;])")


# "the foreign ministers of Kazakhstan and Russia(,) Mukhtar Tileuberdi and Sergei Lavrov": plural posts of
# two states, then two names (the second state's words and the first name are one capitalised run)
_RESPECTIVE = re.compile(
    r"\b(?:ministers|presidents|leaders|premiers|heads of state|heads of government|heads of diplomacy|"
    r"ambassadors|envoys|spokespersons|chiefs|counterparts) of (?:the )?(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
    r",? and (?:the )?(?P<run>[A-Z][\w'’-]*(?:,? (?:(?:bin|bint|ibn|al|el|de|del|da|di|van|von|der) )*[A-Z][\w'’.-]*){2,7})"
    r",? and (?P<y>[A-Z][\w'’.-]*(?: (?:(?:bin|bint|ibn|al|el|de|del|da|di|van|von|der) )*[A-Z][\w'’.-]*){1,4})"
)


def _described_by(name: Token) -> Token:
    """The title noun a name stands in apposition to ("the envoy, Ana Lima"), also where the parser
    hangs the name on the place closing the title ("Japan's special envoy to the Arctic, Kenji Mori":
    on "Pacific"); else the name itself."""
    if name.dep_ != "appos" or name.head.i > name.i:
        return name
    up = name.head
    while (
        up.pos_ == "PROPN" and up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.pos_ in ("NOUN", "PROPN")
    ):
        up = up.head.head
    return up if up.pos_ == "NOUN" else name


def _ends_sentence(word: str, abbreviations: frozenset[str]) -> bool:
    """A capitalised word with a full stop that closes a sentence ("Strait."), not an initial or
    an abbreviation ("J.", "U.S.", "Jr.", "Dr.")."""
    if not word.endswith("."):
        return False
    bare = word.rstrip(".")
    return "." not in bare and len(bare) > 1 and bare.lower() not in abbreviations


def _full_name(tok):
    """The person's name around `tok`: its PERSON entity, else its run of proper nouns (with
    hyphenated parts: "Cho Tae-yul"); None when `tok` is in no name."""
    doc = tok.doc
    if tok.ent_type_ == "PERSON":
        lo = tok.i
        while doc[lo].ent_iob_ == "I" and lo > 0:
            lo -= 1
        hi = tok.i
        while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
            hi += 1
        return [t for t in doc[lo : hi + 1] if not t.is_punct and t.tag_ != "POS"]  # "Ramaphosa’s office"
    lo = hi = tok.i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
        lo -= 1
    while hi + 1 < len(doc) and (doc[hi + 1].pos_ == "PROPN" or (doc[hi + 1].text == "-" and not doc[hi].whitespace_)):
        hi += 1
    toks = [t for t in doc[lo : hi + 1] if not t.is_punct]
    return toks if len(toks) > 1 else None


def _contains_name(full, words: list[str]) -> bool:
    """The bare name opens or closes the full one ("Natano" in "Kausea Natano", "Cho" in "Cho
    Tae-yul")."""
    texts = [t.text for t in full]
    n = len(words)
    return texts[:n] == words or texts[-n:] == words


_NAME_AFTER_BODY_WORDS = 4  # at most this many words of a person's name after a body's name


def _tagged_full_name(mention: Mention) -> str | None:
    """The full name (two words or more) the tagger marks as a person's inside a one-party mention;
    None for a pair ("Safadi and Saudi Foreign Minister Adel Al Jubeir": the first party speaks)."""
    name = mention.name
    if not mention.person or mention.first or not name or len(name.split()) < 2:
        return None
    return name


def _another_persons_name(found: ResolvedActor, mention: Mention) -> bool:
    """A known person found for a phrase that names someone else: the phrase holds the tagger's
    full name of a person ("… Communist Party of China Song Tao") and no word of the known person's
    name, so the title, not the name, was matched."""
    if found.kind != "person" or _tagged_full_name(mention) is None:
        return False
    known = _folded_words(found.name)  # "Safadi and Saudi Foreign Minister Adel Al Jubeir" names Safadi too
    return not any(_same_word(word, other) for word in _folded_words(mention.text) for other in known)


def _fold(word: str) -> str:
    return _without_accents(word).casefold()


def _folded_words(name: str) -> list[str]:
    """A name's words, hyphens as spaces, accents and case folded: how two spellings are compared."""
    return [_fold(w) for w in re.split(r"[\s-]+", name.strip()) if w]


def _same_word(written: str, word: str) -> bool:
    """One word of a name as the article writes it: the same, or a letter apart ("Sergei"/"Sergey")."""
    return _same_folded(_fold(written), _fold(word))


def _same_folded(a: str, b: str) -> bool:
    """`_same_word` for words already folded: `_article_spelling` folds the article's words once,
    not once for every known name it looks for (folding was most of its time). Words of four letters
    or more that open alike may be two letters apart ("Taher"/"Taha", "Jomart"/"Zhomart" is not)."""
    if a == b:
        return True
    edits = Levenshtein.distance(a, b, score_cutoff=2)  # letters inserted, dropped or changed
    return (len(b) >= 2 and edits <= 1) or (min(len(a), len(b)) >= 4 and a[:2] == b[:2] and edits <= 2)


# The words of a text that can be parts of a name (letters, apostrophes inside: "O'Neill"), with
# their offsets; a possessive ending is no part of the word.
_NAME_UNIT = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _opens_sentence(text: str, at: int, abbreviations: frozenset[str]) -> bool:
    """The word at `at` is the first of its sentence: the text's start, a line's, or after a sentence's end."""
    before = text[max(0, at - 40) : at].rstrip(" ")  # the word before is all it takes, not the text so far
    if not before or before.endswith("\n"):
        return True
    last = before.split()[-1].rstrip("”\"’")
    return last[-1:] in "!?" or _ends_sentence(last, abbreviations)


def _name_units(text: str) -> list[tuple[str, int, int, bool]]:
    """The text's words with offsets, each marked as joined to the word before it by one space or
    hyphen (a name runs on) or not (a comma, a full stop, a line break: a name ends there)."""
    out: list[tuple[str, int, int, bool]] = []
    prev_end = -2
    for m in _NAME_UNIT.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        joined = start - prev_end == 1 and text[start - 1] in " -\u00a0"
        prev_end = end
        # only a word ending in "'s" has a possessive to drop (most do not: no regex for them)
        bare = without_possessive(word) if word.endswith(("'s", "’s")) else word
        if bare and bare != word:
            word, end = bare, end - 2
            prev_end = -2  # "Zelensky's office": nothing runs on after a possessive
        out.append((word, start, end, joined))
    return out


def _name_run(units: list[tuple[str, int, int, bool]], i: int, parts: list[str], particles: frozenset[str]):
    """The lengths of the article's forms of the name `parts` that start at word i (see
    `ActorLookup._article_spelling`)."""

    def fits(word: str) -> bool:  # a name word as written: capitalised, not in capitals ("NEBENZIA")
        return (word[:1].isupper() and not (len(word) > 1 and word.isupper())) or word.lower() in particles

    def run_on(j: int) -> bool:  # word j follows word j-1 inside one name
        return j < len(units) and units[j][3]

    if not fits(units[i][0]):
        return
    # the same words, each as written, perhaps one more name word inside
    for extra in (0, 1):
        n = len(parts) + extra
        if i + n > len(units) or not all(run_on(j) for j in range(i + 1, i + n)):
            continue
        words = [u[0] for u in units[i : i + n]]
        if not all(fits(w) for w in words):
            continue
        if extra == 0:
            ok = all(_same_word(w, p) for w, p in zip(words, parts, strict=True))
        else:
            ok = any(
                all(_same_word(w, p) for w, p in zip(words[:k] + words[k + 1 :], parts, strict=True))
                and len(words[k]) > 1
                and words[k].lower() not in particles
                for k in range(1, n - 1)
            )
        if ok and not (i + n < len(units) and run_on(i + n) and fits(units[i + n][0])):
            yield n


def _variant_spelling(written: str, name: str) -> bool:
    """`written` is `name` spelt another way: the same words, each the same or one letter apart
    (hyphens and accents aside), at least one of them different."""
    ws, ns = _folded_words(written), _folded_words(name)
    if len(ws) < 2 or len(ws) != len(ns) or ws == ns:
        return False
    if not all(w[:1].isalpha() for w in ws) or not written[:1].isupper():
        return False
    return all(_same_word(a, b) for a, b in zip(ws, ns, strict=True))
