"""The country an article gives a speaker who names none ("the Foreign Office said",
"Environment Minister Ana Costa", "spokesperson Li Wen").

Why: news name a ministry or an official's country once and then drop it, and a
dateline or the paragraph says where we are: "Hanoi chose its words with care. In
April, foreign ministry spokesperson X said …" is Vietnam's spokesperson, and
"ISLAMABAD — The Foreign Office said" is Pakistan's, not the UK's. The evidence,
nearest first: a country named earlier in the speaker's paragraph, the dateline's
place, a national outlet's own state for a body or a government post it names bare
("Finance Minister X" in an Israeli paper), then the country the article names most.
Country words inside people's names ("Jordan Bardella") are not places. What the
article says of the speaker comes before all of these (actors.py: "the Russian
delegation was headed by X", "Norwegian Ambassador to China X").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon
from app.pipeline.resolve.cities import city_state
from app.pipeline.resolve.countries import all_codes, demonyms_of, names_of
from app.pipeline.resolve.normalize import fold

from .context import Countries
from .dateline import read_dateline
from .reported import summoned_envoy
from .segments import Paragraph
from .sentences import doc_ents

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Doc


_NP_LINKS = ("compound", "amod", "poss", "nmod", "det", "case")


def _token(doc: Doc | None, start: int):
    if doc is None:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _inside_a_name(tok, end: int) -> bool:
    """The place word is part of a longer person's name ("Jordan Bardella", "Ana Lima"; the small
    model also tags "Sri Lanka" a person, but there the name is the place itself)."""
    if tok.ent_type_ != "PERSON":
        return False
    last = tok
    while last.i + 1 < len(tok.doc) and tok.doc[last.i + 1].ent_iob_ == "I":
        last = tok.doc[last.i + 1]
    return last.idx + len(last.text) > end or tok.ent_iob_ == "I"


def _name_words(doc: Doc | None) -> frozenset[str]:
    """The surnames of the people the article names in full ("Ana Lima": "Lima"), which a later bare
    mention ("Lima said") uses as the person's name, never as a place. Only the last word: the model
    may take a title's state into the name ("Kosovo Prime Minister Albin Kurti")."""
    if doc is None:
        return frozenset()
    return frozenset(
        e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) >= 2 and e[-1].text[:1].isupper()
    )


def _subject_like(tok) -> bool:
    """ "Pakistan's Foreign Office summoned …", "Hanoi has chosen …": the country heads or
    qualifies the subject of its clause (the speaking side, not the one spoken to)."""
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # "Even Iran, which the U.S. believes is pursuing …, criticized the launch": the subject of a
            # relative clause only describes another party; the sentence's own subject acts
            return tok.head.dep_ not in ("relcl", "acl")
        if tok.dep_ not in _NP_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _patient(tok, lex: ExtractLexicon) -> bool:
    """ "The Myanmar ambassador was summoned by the foreign ministry": the country qualifies an envoy
    whom the passive says was summoned (verb_frames passive_agent place_verbs and place_subjects):
    the side acted on, which never places the body that summoned. Other passives keep their subject
    as the speaking side ("Iran's condolences were conveyed by the foreign ministry")."""
    for _ in range(4):
        if tok.dep_ == "nsubjpass":
            return summoned_envoy(tok, lex)
        if tok.dep_ not in _NP_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def outlet_state(
    source: str | None,
    url: str | None,
    countries: Countries | None,
    lex: ExtractLexicon,
    registered: str | None = None,
    wire: bool = False,
    institution: str | None = None,
) -> str | None:
    """The state of a national outlet: its home in the actor registry (`registered`: "Arab News" is
    Saudi, though its name holds no place), else the one place its name holds ("Taipei Times", "The
    Kyiv Independent"), else its web domain's country code ("www.example.com.ar"), except domains any
    site may take (`home_vanity_domains`), else the one state a generic domain's name holds
    ("nationthailand.com"), unless the source is a wire the registry knows (`wire`: "AFP" on
    france24.com). A mission's site takes the state its address names, never its host's ("chinese-embassy.org.uk"
    is China's); a publisher named after a state's office (`institution`: "Downing Street Says") takes
    that state where neither its name nor its address's country code says otherwise. None for an outlet
    that names no place (a wire service)."""
    if countries is None:
        return None
    if registered and (code := countries.country_code(registered)):
        return code
    # Only a hint: a source or URL that is not text (a draft built past validation) gives none,
    # so the article still reaches the store, which judges it.
    source = source if isinstance(source, str) else None
    url = url if isinstance(url, str) else None
    if source:
        named = {c for _, _, c in countries.find_countries(source)}
        if len(named) == 1:
            return named.pop()
        if named:
            return None
    host = _host(url)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if tld in lex.speakers.home_government_domains:  # "whitehouse.gov": a government's own site
        return countries.country_code(lex.speakers.home_government_domains[tld])
    # a mission's own site: the state its address names ("chinese-embassy.org.uk"), unless the address is
    # under its government's own domain, whose country code is the state's ("indonesia.embassy.gov.au")
    parts = _address_words(host)
    governments = lex.speakers.home_government_labels - lex.speakers.home_mission_labels
    if parts & lex.speakers.home_mission_labels and not parts & governments:
        named = {c for _, _, c in countries.find_countries(" ".join(p.capitalize() for p in sorted(parts)))}
        return named.pop() if len(named) == 1 else institution
    if len(tld) != 2 or not tld.isalpha() or tld in lex.speakers.home_vanity_domains:
        return None if wire else (institution or _state_in_host(host, lex.speakers.home_host_words))
    return countries.country_code("GB" if tld == "uk" else tld.upper())


@lru_cache(maxsize=1)
def _glued_state_names() -> dict[str, str]:
    """Every state name and demonym of five letters or more, written as a web address writes it
    ("thailand", "southafrica", "kenyan") → its code, where it is one state's."""
    glued: dict[str, set[str]] = {}
    for code in all_codes():
        for name in names_of(code) + demonyms_of(code):
            key = re.sub(r"[^a-z]", "", fold(name).lower())
            if len(key) >= 5:
                glued.setdefault(key, set()).add(code)
    return {key: codes.pop() for key, codes in glued.items() if len(codes) == 1}  # "dominican": two states


def _state_in_host(host: str, media_words: frozenset[str] = frozenset()) -> str | None:
    """ "www.nationthailand.com", "www.japantimes.com": the state a generic domain's own name is made of,
    with words of a news outlet's name (`media_words`: "nation", "times") and nothing else ("The
    Nation" is a Thai, a Kenyan and a Pakistani paper; its address says which). Only the name the
    domain was registered under counts (no subdomain), and only one state word in it: "chinausfocus",
    "georgiarecorder"'s "recorder" or "santafenewmexican" place nothing. None when it is not so made."""
    labels = host.split(".")
    if len(labels) < 2:
        return None
    name = labels[-2].replace("-", "")
    states = _glued_state_names()

    def split(rest: str, found: str | None) -> str | None:
        """The one state of `rest` read as media words and one state word; "" for media words only."""
        if not rest:
            return found if found is not None else ""
        for cut in range(len(rest), 2, -1):
            head = rest[:cut]
            if head in media_words:
                code = split(rest[cut:], found)
                if code:
                    return code
            elif found is None and head in states:
                code = split(rest[cut:], states[head])
                if code:
                    return code
        return None

    return split(name, None) or None


def _address_words(host: str) -> set[str]:
    """The words of a host name's labels before its top-level domain, a label cut at its hyphens too
    ("frankfurt.china-consulate.org": frankfurt, china, consulate)."""
    return {part for label in host.split(".")[:-1] for part in label.split("-")}


def _host(url: str | None) -> str:
    """The host name of a web address, lower case ("" for none or for what is not text)."""
    if not isinstance(url, str):
        return ""
    return re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split(":")[0]


def government_site(url: str | None, lex: ExtractLexicon) -> bool:
    """A government's own web site ("pm.gc.ca", "www.gov.uk", "www.whitehouse.gov"): what it
    publishes is its state's voice, which need not name the state."""
    host = _host(url)
    labels = _address_words(host)  # the top-level domain alone says nothing ("example.gov" excepted below)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    words = lex.speakers.home_government_labels
    return bool(labels & words) or tld in lex.speakers.home_government_domains


def _place_state(place: str, countries: Countries, lex: ExtractLexicon) -> str | None:
    """The state a dateline's place names: the last country or capital in it ("BELÉM, Brazil"), else
    the state of the major city it is ("JOHANNESBURG"), except where diplomacy meets ("GENEVA")."""
    codes = [c for _, _, c in countries.find_countries(place)]
    if codes:
        return codes[-1]
    city = place.split(",")[0].strip()
    if city.lower() in lex.speakers.home_hub_cities:
        return None
    return city_state(city)


_OWNER_WORD = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}['’]s\b")


def _owner_word(text: str, pos: int) -> bool:
    """The state at `pos` is named as an owner ("India's minister"), not as a place."""
    return _OWNER_WORD.match(text, pos) is not None


class HomeCountry:
    """Country evidence of one article, looked up by character position."""

    def __init__(
        self,
        text: str,
        paras: list[Paragraph],
        countries: Countries | None,
        lex: ExtractLexicon,
        doc: Doc | None = None,
        quoted: list[tuple[int, int]] | None = None,
        outlet: str | None = None,
        government: bool = False,
    ):
        # What speakers said, in quotation marks: a country named there is what they spoke about,
        # and a dateline says better where they are ("SEOUL — … “North Korea appears to …,”
        # ministry spokesperson X told reporters" is Seoul's spokesperson).
        self._quoted = sorted(quoted or [])
        self._quote_starts = [q[0] for q in self._quoted]
        self._paras = [p for p in paras if not p.furniture] or paras
        self._all_paras = paras  # a dateline line of its own is read as furniture ("NEW DELHI" under the byline)
        self._para_starts = [p.start for p in self._paras]
        self.dateline: str | None = None
        self.outlet = outlet  # the state of the national outlet that published the article (outlet_state)
        self._government = government  # the outlet is that state's government (government_site)
        self.main: str | None = None
        self._headings: list[tuple[int, str]] = []  # a roundup's section headings ("Jordan"), by position
        self._pos: list[int] = []
        self._codes: list[str] = []
        self._subject: list[bool] = []
        self._main_sure = False
        self._speaker_pos: list[int] = []  # speakers placed by their own words, by position
        self._speaker_codes: list[str] = []
        self._ends: list[int] = []
        self._patients: list[bool] = []  # the country qualifies the subject of a passive act done to it
        self.text = text  # the article as written (the parse blanks paragraphs without a cue)
        self._inputs = (countries, lex, doc)
        self._built = False

    def _build(self) -> None:
        """Read the article's country evidence, once, when a speaker first needs it."""
        self._built = True
        countries, lex, doc = self._inputs
        text = self.text
        if countries is None:
            return
        names = _name_words(doc)
        for s, e, c in countries.find_countries(text):
            tok = _token(doc, s)
            if tok is not None and _inside_a_name(tok, e):
                continue  # "Jordan Bardella"
            if text[s:e] in names:
                continue  # "Ana Lima" met earlier, then "Lima said": her surname, not Peru's capital
            self._pos.append(s)
            self._ends.append(e)
            self._codes.append(c)
            patient = tok is not None and _patient(tok, lex)
            self._subject.append(tok is not None and _subject_like(tok) and not patient)
            self._patients.append(patient)
        self.dateline = self._dateline(countries, lex)
        self._headings = self._section_headings(countries)
        if self.outlet not in self._codes and not self._government:
            self.outlet = None  # an outlet's state counts only in an article that names it, or its government's own
        weights: Counter[str] = Counter()
        for code, subj in zip(self._codes, self._subject, strict=True):
            weights[code] += 2 if subj else 1  # the side that acts counts more than the one acted on
        counts = weights.most_common(2)
        if (
            counts
            and counts[0][1] >= lex.speakers.home_min_mentions
            and (len(counts) == 1 or counts[0][1] > counts[1][1])
        ):
            self.main = counts[0][0]
        lead_end = self._paras[1].end if len(self._paras) > 1 else (self._paras[0].end if self._paras else 0)
        asked = [(p.start, p.end) for p in self._paras[:2] if self._asks(p.text)]
        lead = next(
            (
                c
                for p, c, subj in zip(self._pos, self._codes, self._subject, strict=True)
                if subj and p < lead_end and not any(a <= p < b for a, b in asked)
            ),
            None,
        )
        self.main = lead or self.main  # the side the opening sentences are about
        # A main country read from the opening, or named far more than any other, beats the
        # paragraph before a speaker; a close count does not (a story told from two sides).
        self._main_sure = self.main is not None and (
            lead is not None or len(counts) == 1 or counts[0][1] >= 1.5 * counts[1][1]
        )

    def _section_headings(self, countries: Countries) -> list[tuple[int, str]]:
        """A reactions roundup's headings: lines that are only a state's name ("Saudi Arabia", "UAE",
        "Jordan") over the paragraphs of that state's reaction. Two or more make a roundup; one such
        line alone says nothing of the paragraphs after it."""
        found = []
        for p in self._all_paras:
            line = p.text.strip()
            if not line or len(line.split()) > 4 or line[-1:] in ".:;,!?" or not line[:1].isupper():
                continue
            code = countries.country_code(line)
            if code is not None:
                found.append((p.start, code))
        return found if len({c for _, c in found}) >= 2 else []

    def _heading_above(self, pos: int) -> str | None:
        """The state of the roundup heading the speaker's section, if the article has such headings."""
        i = bisect_right([s for s, _ in self._headings], pos) - 1
        return self._headings[i][1] if i >= 0 else None

    def _asks(self, text: str) -> bool:
        """A transcript's question ("Q: Special Envoy X proposed that Iran …"): the country it names
        is what a reporter asks about, not the side the briefing speaks for."""
        words = self._inputs[1].transcripts
        m = words.label_rx.match(text)
        return m is not None and words.label_of(m)[0].lower() in words.question_labels

    def _dateline(self, countries: Countries, lex: ExtractLexicon) -> str | None:
        """The one state the article's dateline names: its opening words up to a dash or a colon in the
        story's first paragraphs (dateline form `home`), or a line of its own in capitals (`line`)."""
        body = self._paras[2].start if len(self._paras) > 2 else len(self.text)
        for p in self._all_paras:
            if p.start > body:
                break  # the first three paragraphs of the story, and any lines before them
            opened = read_dateline(p.text, lex, "home") if not p.furniture or p in self._paras else None
            opened = opened or read_dateline(p.text, lex, "line")  # "NEW DELHI" under the byline
            if opened is None:
                continue
            place = " ".join(w if not w.isupper() else w.title() for w in opened.place.split(" "))
            place = "/".join(w.title() if w.isupper() else w for w in place.split("/"))
            found = [code for part in place.split("/") if (code := _place_state(part, countries, lex))]
            if len(set(found)) == 1:
                return found[0]  # "BELÉM, Brazil": the country after the city; "TOKYO/BEIJING" names no one place
        return None

    def _said_before(self, pos: int):
        """A test for positions inside what the speaker at `pos` reports before naming itself:
        "North Korea fired two missiles, the military said" (the country is what was said)."""
        doc = self._inputs[2]
        tok = _token(doc, pos)
        if tok is None:
            return lambda _p: False
        while tok.dep_ in _NP_LINKS and tok.head.i != tok.i:
            tok = tok.head  # from the mention's first word up to its head
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        said = (
            [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i] if verb is not None else []
        )
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in said]
        return lambda p: any(a <= p < b for a, b in spans)

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def _acted_on(self, start: int) -> bool:
        """The country word follows "against", "with"…: the sentence acts on it; or it qualifies the
        speaker's counterpart ("his Jordanian counterpart", "Jordan's counterpart"): the other side."""
        speakers = self._inputs[1].speakers
        words = self.text[max(0, start - 20) : start].split()
        if words and words[-1].lower() in speakers.home_target_words:
            return True
        after = re.findall(r"[\w'’]+", self.text[start : start + 40].lower())[1:3]
        return any(w in speakers.home_other_side_nouns for w in after)

    def named_before(self, pos: int) -> list[str]:
        """The codes of the countries the article names before character `pos`, nearest last."""
        if not self._built:
            self._build()
        return self._codes[: bisect_left(self._pos, pos)]

    def named_between(self, lo: int, hi: int) -> list[str]:
        """The codes of the countries the article names from character `lo` to `hi`, in their order."""
        if not self._built:
            self._build()
        return self._codes[bisect_left(self._pos, lo) : bisect_left(self._pos, hi)]

    def where(self) -> str | None:
        """The article's own place: its dateline's state, else its national outlet's."""
        if not self._built:
            self._build()
        return self.dateline or self.outlet

    def own_outlet(self) -> str | None:
        """The publishing outlet's state, when the article names it (else None)."""
        if not self._built:
            self._build()
        return self.outlet

    def government_site(self) -> str | None:
        """The state whose government's own site published the article ("whitehouse.gov"), else None:
        its briefers speak for it though the text never names it."""
        if not self._built:
            self._build()
        return self.outlet if self._government else None

    def owner(self, pos: int, phrase: str) -> str | None:
        if not self._built:
            self._build()
        return self._owner(pos, phrase)

    def _owner(self, pos: int, phrase: str) -> str | None:
        """ "Pakistan's Foreign Office summoned …" then "The Foreign Office said": the country
        written right before the same body's name earlier in the article."""
        words = phrase.split()
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        if not words or len(words) > 5:
            return None
        tail = re.compile(r"(?:['’]s?)?\s+" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)
        for k in range(bisect_left(self._pos, pos) - 1, -1, -1):
            if tail.match(self.text, self._ends[k]):
                return self._codes[k]
        return None

    def _titled_before(self, pos: int, phrase: str | None, posts: set[str]) -> str | None:
        """ "Chile's trade minister arrived …", then "Trade Minister X said" in a Lima paper: the
        state the article wrote before the same title (the whole title before the name), which says
        better than the outlet whose post a bare title is."""
        words = (phrase or "").split()
        last = max((i for i, w in enumerate(words) if w.lower() in posts), default=None)
        if last is None or last > 2:
            return None
        return self._owner(pos, " ".join(words[: last + 1]))

    def note_speaker(self, pos: int, code: str) -> None:
        """A speaker at `pos` was placed in `code` by its own words ("Japanese Prime Minister X")."""
        i = bisect_right(self._speaker_pos, pos)
        self._speaker_pos.insert(i, pos)
        self._speaker_codes.insert(i, code)

    def _last_speaker(self, start: int, pos: int) -> str | None:
        """The country of the last speaker placed between `start` and `pos`: "Prime Minister X
        pledged support. ¶ Y, head of the fishermen's federation, said …" is X's side."""
        i = bisect_left(self._speaker_pos, pos) - 1
        return self._speaker_codes[i] if i >= 0 and self._speaker_pos[i] >= start else None

    def _opposition(self, pos: int) -> str | None:
        """The state of an opposition speaker: the country written right before "opposition"
        earlier in the article ("Venezuelan opposition figures"), else the national outlet's own
        state or the dateline's (a paper's bare "the Opposition" is its own country's, and so is
        one in a story filed from a capital), else the last speaker placed by their own title
        before it (the government it answers)."""
        words = self._inputs[1].speakers.home_opposition_words
        tail = re.compile(r"(?:['’]s?)?\s+(?:\w+\s+)?(?:" + "|".join(map(re.escape, sorted(words))) + r")\b", re.I)
        for k in range(bisect_left(self._pos, pos) - 1, -1, -1):
            if tail.match(self.text, self._ends[k]):
                return self._codes[k]
        if self.outlet or self.dateline:
            return self.outlet or self.dateline
        i = bisect_left(self._speaker_pos, pos) - 1
        return self._speaker_codes[i] if i >= 0 else None

    def at(self, pos: int, phrase: str | None = None, body: bool = False, described: str | None = None) -> str | None:
        """The country for a speaker mentioned at character `pos` (as `phrase`, when given; `body`:
        a ministry or office rather than a person; `described`: how the article introduced the
        speaker, for a bare surname: "opposition leader X")."""
        if not self._built:
            self._build()
        if phrase and (code := self._owner(pos, phrase)):
            return code
        if self._headings and (code := self._heading_above(pos)):
            return code  # "Jordan" ¶ "The ministry's spokesperson, X, voiced the Kingdom's condemnation"
        speakers = self._inputs[1].speakers
        said = set(re.findall(r"\w+", f"{phrase or ''} {described or ''}".lower()))
        if speakers.home_opposition_words & said and (code := self._opposition(pos)):
            return code
        # a government's own post ("Finance Minister X") is placed by a national outlet as a body is
        posts = speakers.home_outlet_posts & said
        post = bool(posts)
        n = bisect_right(self._para_starts, pos) - 1
        if n >= 0:
            para = self._paras[n]
            lo = bisect_left(self._pos, para.start)
            hi = bisect_left(self._pos, pos)
            if self.dateline or self.outlet:
                said = self._said_before(pos)
                ks = [
                    k
                    for k in range(lo, hi)
                    if not (self._in_quote(self._pos[k]) or said(self._pos[k]) or self._acted_on(self._pos[k]))
                ]
            else:
                ks = list(range(lo, hi))
            if (body or post) and self.outlet and any(self._codes[k] == self.outlet for k in ks):
                # a national outlet's bare "Government Spokesman" in a sentence that names its state among
                # others ("Hours after Somalia severed relations with Kenya, Government Spokesman X …")
                return self.outlet
            for k in reversed(ks):
                if self._subject[k]:
                    return self._codes[k]
            if ks and not (
                body
                and (self.dateline or self.outlet)
                and (_owner_word(self.text, self._pos[ks[-1]]) or self._patients[ks[-1]])
            ):
                # a bare "Foreign Office" is the dateline's or the outlet's, not that of a state whose
                # people the sentence names in passing ("In response to India's minister …, the
                # Foreign Office …"); a place named there ("In Naypyitaw, …") still places it
                return self._codes[ks[-1]]
        if self.dateline:
            return self.dateline
        if post and (code := self._titled_before(pos, phrase, posts)):
            return code
        if (body or post) and self.outlet:
            # a national outlet's bare "Ministry of National Defense", "Finance Minister X" are its own state's
            return self.outlet
        if n >= 0 and (code := self._last_speaker(self._paras[max(0, n - 1)].start, pos)):
            return code
        if self._main_sure:
            return self.main
        if n >= 1:  # the paragraph before: "… the chief of the Army of X, went further. ¶ Yet the
            # government held back. Executive Secretary Y said …" (no dateline to say otherwise)
            prev = self._paras[n - 1]
            lo, hi = bisect_left(self._pos, prev.start), bisect_left(self._pos, prev.end)
            if hi > lo:
                return self._codes[hi - 1]
        if self.main is None and n >= 0:
            # nothing else to go by (a one-sentence report): the country the speaker's own
            # paragraph names after it ("President X ordered a curfew in Kigali")
            para = self._paras[n]
            lo, hi = bisect_left(self._pos, pos), bisect_left(self._pos, para.end)
            subject = next((self._codes[k] for k in range(lo, hi) if self._subject[k]), None)
            placed = (k for k in range(lo, hi) if not self._acted_on(self._pos[k]))
            return subject or next((self._codes[k] for k in placed), None)
        return self.main
