"""The dateline that opens a text: "MOSCOW, Sept 13 (Reuters) – ", "Madrid, May 18, IRNA – ",
"MOSCOW, December 5. /TASS/. ", "ISLAMABAD: ", "NEW DELHI" on a line of its own.

One reader for every caller. The pieces a dateline is made of (places, dates, agencies, ends) are
data in the language pack (furniture.yaml `dateline`), and so are the forms that join them; each
caller names the form it trusts:

- `capitals`: a place in capitals, anywhere a paragraph opens; the parser would read it as a
  subject (segments.py), and its date dates the article (published.py).
- `opening`: a place in ordinary capitals ("Addis Abeba – The Union …"), only in the article's
  opening words: inside a text "Hamas – the group – said" is too common.
- `home`: the place that says where the speakers are (home.py): looser, up to a colon too
  ("ISLAMABAD: ") and with the country after the city ("BELÉM, Brazil").
- `line`: a line of its own in capitals, under the headline or byline ("NEW DELHI").
- `before_dash`: a whole text in capitals, before a dash that ends it and so opens no quotation
  ("OSTRAVA, MORAVIA REG. – …", quotes.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.lang.extract_schema import ExtractLexicon


@dataclass(frozen=True)
class Dateline:
    """A dateline read at the start of a text."""

    end: int  # characters of the text it takes, its dash and the space after it included
    place: str  # "MOSCOW", "Addis Abeba", "BELÉM, Brazil"
    date: str | None  # ", Sept 13" as written (with its comma), else None
    agency: str | None  # " (Reuters)", ". /TASS/.", ", IRNA" as written, else None

    @property
    def undated(self) -> bool:
        """Neither a date nor an agency: "EU — the bloc …" may be a sentence, not a dateline."""
        return not self.date and not self.agency


def read_dateline(text: str, lex: ExtractLexicon, form: str = "capitals") -> Dateline | None:
    """The dateline that opens `text` in the pack's `form` (see the module's docstring), else None
    (also when the pack has no such form)."""
    rx = lex.furniture.dateline.forms_rx.get(form)
    m = rx.match(text) if rx is not None else None
    if m is None:
        return None
    groups = m.groupdict()
    return Dateline(m.end(), m.group("place"), groups.get("date"), groups.get("agency"))
