"""Title and institution phrases → role codes and institution types.

Why regexes over normalised text: the phrases are few and formulaic
("foreign minister", "top diplomat", "head of diplomacy", "Secretary of
State", "Ministry of Foreign Affairs and International Cooperation"), and
the resolver removes the country words first, so what is left is matched
whole ("defence ministry", "officials") or searched ("spokesperson").
All methods take text already passed through `normalize.norm`.  The words and
patterns come from the language pack (`LANG/resolve/titles.yaml`,
`institutions.yaml`, `roles.yaml`, `mentions.yaml`); this module only says
how they are applied.
"""

from __future__ import annotations

import re

from app.lang.resolve_schema import ResolveLexicon


class TitleReader:
    """The pack's title words and patterns, compiled once."""

    def __init__(self, lexicon: ResolveLexicon):
        words, titles, roles, inst = lexicon.mentions, lexicon.titles, lexicon.roles, lexicon.institutions
        self.pronouns = words.pronouns
        self.determiners = words.determiners
        self.indefinite = words.indefinite
        self.title_words = titles.title_words
        self.honorifics = titles.honorifics
        self.generic_only = titles.generic_only
        self.collective = titles.collective
        self.qualifiers = titles.qualifiers
        self.person_heads = titles.person_heads
        self.home_blockers = titles.home_blockers
        self.home_markers = titles.home_markers
        self.portfolio_heads = titles.portfolio_heads
        self.regnal_titles = titles.regnal_titles
        self.given_name_honorifics = titles.given_name_honorifics
        self.given_name_offices = titles.given_name_offices
        self.home_offices = titles.home_offices
        self.home_office_names = titles.home_office_names
        self.state_media = re.compile(titles.state_media)
        self.state_service = titles.state_service
        self.domestic_groups = titles.domestic_groups
        self.org_heads = titles.org_heads
        self.unaffiliated = re.compile(titles.unaffiliated)
        self.international_post = re.compile(titles.international_post) if titles.international_post else None
        envoy = titles.secretary_generals_envoy
        self.secretary_generals_envoy = re.compile(envoy) if envoy else None
        self.post_topic_links = titles.post_topic_links
        self.posted_titles = titles.posted_titles
        self.posted_links = titles.posted_links
        self.local_post_words = titles.local_post_words
        self.portfolio_links = titles.portfolio_links
        self.portfolio_joiners = titles.portfolio_joiners
        self.leader_government_words = titles.leader_government_words
        self.other_state = re.compile(titles.other_state)
        self.served = re.compile(titles.served) if titles.served else None
        self.institution_heads = titles.institution_heads
        self.state_pattern_heads = titles.state_pattern_heads
        self.post_fields = titles.post_fields
        self.name_prefix_words = titles.name_prefix_words
        self.portfolio_endings = tuple(sorted(titles.portfolio_endings))
        self.spokes_words = titles.spokes_words
        self.title_stopwords = titles.title_stopwords
        self.trailing_posts = titles.trailing_posts
        self._singular = titles.singular
        self.state_delegates = titles.state_delegates
        self.media_suffix = re.compile(titles.media_suffix)
        self.media_prefix = re.compile(titles.media_prefix)
        self.media_descriptor = re.compile(titles.media_descriptor, re.I)
        self.media_named_suffix = re.compile(titles.media_named_suffix)
        self.institution_patterns = tuple((kind, re.compile(rf"^(?:{body})$")) for kind, body in inst.bodies.items())
        self.generic_bodies = re.compile(inst.generic_bodies)
        self._fm_context = re.compile(rf"\b(?:{inst.bodies['foreign_ministry']})\b")
        self._pres_context = re.compile(inst.presidency_context)
        self._roles = roles
        self._block = re.compile(roles.blocked)
        self._spokes = re.compile(roles.spokesperson)
        self._fm_title = re.compile(roles.foreign_minister)
        self._sec_state = re.compile(roles.secretary_of_state)
        self._foreign_sec = re.compile(roles.foreign_secretary)
        self._dm_title = re.compile(roles.defence_minister)
        self._hog = re.compile(roles.head_of_government)
        self._hos = re.compile(roles.head_of_state)
        self._leader = re.compile(roles.leader)
        self._ministry_head = re.compile(roles.ministry_head)
        self._chancellor = re.compile(roles.chancellor)
        self._high_rep = re.compile(roles.high_representative)
        self._org_roles = {
            org: tuple((post.code, re.compile(post.pattern)) for post in posts)
            for org, posts in roles.organisations.items()
        }

    def serves_no_state(self, words: set[str]) -> bool:
        """A title or body with a blocker word ("court", "commission") and no word marking a
        state's own body ("national", "speaker"): it belongs to no state the article gives."""
        return bool(words & self.home_blockers) and not words & self.home_markers

    def outside_portfolio(self, tokens: list[str]) -> list[str]:
        """The title's words before a minister's portfolio: "minister of foreign affairs and
        international trade" -> "minister"; the portfolio says what the post deals with (a blocker
        there, "international", "european", is no organisation the post serves)."""
        for i, tok in enumerate(tokens[:-1]):
            if tok in self.portfolio_heads and tokens[i + 1] in ("of", "for"):
                return tokens[: i + 1]
        return tokens

    def serves_home(self, words: set[str]) -> bool:
        """A title with no country of its own that serves a state ("a top minister", "the
        parliament speaker"): the article's state, when it gives one."""
        return bool(words & (self.state_service | self.home_markers)) and not self.serves_no_state(words)

    def institution_kind(self, rest: str) -> str | None:
        """What institution a country-less remainder names: "defence ministry" ->
        "defence_ministry", "officials" -> "state"; None when it names none."""
        rest = rest.strip()
        if not rest:
            return None
        for kind, pattern in self.institution_patterns:
            if pattern.match(rest):
                return kind
        return None

    def blocked(self, text: str) -> bool:
        """Deputy, former, vice... titles never stand for the office holder."""
        return bool(self._block.search(text))

    def org_role(self, org_slug: str, rest: str) -> str | None:
        """The international post a remainder names for that organisation."""
        rest = rest.strip()
        if self._high_rep.search(rest):
            return "eu_high_representative"
        for code, pattern in self._org_roles.get(org_slug, ()):
            if pattern.match(rest):
                return code
        return None

    def state_role(self, text: str, country: str | None, context: str | None = None) -> str | None:
        """Role code a national title names ("foreign minister" -> foreign_minister).

        `context` is the institution type met in the mention ("foreign_ministry"
        for "Foreign Ministry spokesperson", "presidency" for "Kremlin
        spokesman"); `country` the ISO code, which settles "Secretary of State"
        (US only) and "Foreign Secretary" (the UK's minister, India's top civil
        servant)."""
        roles = self._roles
        if not text or self.blocked(text):
            return None
        if self._spokes.search(text):
            if context == "foreign_ministry" or self._fm_context.search(text):
                return "foreign_ministry_spokesperson"
            if context == "presidency" or self._pres_context.search(text):
                return "presidential_spokesperson"
            return None
        if self._fm_title.search(text):
            return "foreign_minister"
        if self._sec_state.search(text):
            return "foreign_minister" if country in (None, roles.secretary_of_state_country) else None
        if self._foreign_sec.search(text):
            return "foreign_minister" if country in (None, roles.foreign_secretary_country) else None
        if self._dm_title.search(text):
            return "defence_minister"
        if context == "foreign_ministry" and self._ministry_head.search(text):
            return "foreign_minister"
        if context == "defence_ministry" and self._ministry_head.search(text):
            return "defence_minister"
        if self._hog.search(text):
            if self._chancellor.search(text) and country is not None and country not in roles.chancellor_countries:
                return None
            return "head_of_government"
        if self._hos.search(text):
            return "head_of_state"
        if self._leader.search(text) and context is None:
            return "head_of_government" if country in roles.parliamentary else "head_of_state"
        return None

    def names_spokesperson(self, text: str) -> bool:
        """The title is a spokesperson's ("foreign ministry spokesman", "press secretary")."""
        return bool(self._spokes.search(text))

    def default_country(self, text: str) -> str | None:
        """The country a title implies on its own ("Secretary of State": US)."""
        if self._sec_state.search(text) and not self.blocked(text):
            return self._roles.secretary_of_state_country
        if self._foreign_sec.search(text) and not self.blocked(text):
            return self._roles.foreign_secretary_country
        return None

    def singular(self, text: str) -> str:
        """Plural heads → singular, so "defence ministers of Russia and Armenia"
        reads like "defence minister of Russia"."""
        return " ".join(self._singular.get(t, t) for t in text.split())
