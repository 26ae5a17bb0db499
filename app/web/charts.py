"""Chart geometry for the server-drawn SVGs: counts in, positions out; `templates/charts/` draws them.

Legible at any width without JavaScript: the SVGs have no viewBox, so their text is drawn at
its CSS size (13 px) whatever the screen, while horizontal positions are percentages of the
width and stretch with it. Every chart has a data table twin (a `<details>` below it) with
every number, and shows its scale and values as text, never only on hover.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field

from app.models import STATEMENT_KINDS
from app.query.charts import DayCounts, Link, Links, Node
from app.web.formatting import KIND_LABELS, country_name

# -- numbers ---------------------------------------------------------------------------------------


def nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50 … at or above `value` (at least 1): the axis' top."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def compact(n: int) -> str:
    """A count short enough for a chart cell: 950, 1.2k, 12k."""
    if n < 1000:
        return str(n)
    if n < 10_000:
        return f"{n / 1000:.1f}k".replace(".0k", "k")
    return f"{round(n / 1000)}k"


def pct(value: float) -> str:
    return f"{value:.2f}%"


# -- statements over time, stacked by kind -----------------------------------------------------------

PLOT_TOP, PLOT_HEIGHT = 22, 150  # px: room above for the totals, then the bars
WEEKS_UP_TO_DAYS = 120  # a selection spanning more days is counted by month
MIN_SLOTS = 6


@dataclass(frozen=True)
class Segment:
    kind: str
    y: float
    height: float
    n: int


@dataclass(frozen=True)
class Column:
    label: str  # "Mar 2024" or "week of 4 Mar 2024"
    x: str  # percentages of the plot's width
    width: str
    center: str
    total: int
    top: float  # y of the column's top
    segments: list[Segment]
    show_total: bool


@dataclass(frozen=True)
class Tick:
    label: str
    x: str
    anchor: str


@dataclass(frozen=True)
class TimeChart:
    unit: str  # "week" or "month"
    columns: list[Column]
    y_ticks: list[tuple[int, float]]  # (value, y)
    x_ticks: list[Tick]
    kinds: list[tuple[str, str, int]]  # (kind, label, total) for the legend
    total: int
    sampled: bool
    size: int
    first_day: dt.date | None
    height: int = PLOT_TOP + PLOT_HEIGHT + 24
    baseline: int = PLOT_TOP + PLOT_HEIGHT


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _buckets(first: dt.date, last: dt.date, unit: str) -> list[dt.date]:
    days = []
    current = _monday(first) if unit == "week" else first.replace(day=1)
    while current <= last:
        days.append(current)
        if unit == "week":
            current += dt.timedelta(days=7)
        else:
            current = (current.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return days


def _bucket_label(start: dt.date, unit: str) -> str:
    return f"{start:%b %Y}" if unit == "month" else f"week of {start.day} {start:%b %Y}"


def _tick_label(start: dt.date, unit: str, previous: dt.date | None) -> str:
    """A date under the axis: a week's year only where it is new ("12 Sep 2022", "17 Oct"), so
    three fit a phone's width."""
    if unit == "month":
        return f"{start:%b %Y}"
    new_year = previous is None or previous.year != start.year
    return f"{start.day} {start:%b %Y}" if new_year else f"{start.day} {start:%b}"


# Totals written above columns at least this far apart (% of the width: 25 px on a phone).
LABEL_SPACING = 8.5


def _labelled(totals: list[int]) -> set[int]:
    """The columns whose total is written: the largest first, then each one far enough from
    those already written that two numbers never touch, whatever the screen's width."""
    slot = 100 / len(totals)
    chosen: list[int] = []
    for i in sorted(range(len(totals)), key=lambda i: (-totals[i], i)):
        if totals[i] and all(abs(i - j) * slot >= LABEL_SPACING for j in chosen):
            chosen.append(i)
    return set(chosen)


def time_chart(counts: DayCounts) -> TimeChart | None:
    """Columns per week (selections up to 120 days long) or month, each a stack of kinds."""
    if not counts.rows:
        return None
    first, last = counts.rows[0][0], counts.rows[-1][0]
    unit = "week" if (last - first).days <= WEEKS_UP_TO_DAYS else "month"
    starts = _buckets(first, last, unit)
    index = {start: i for i, start in enumerate(starts)}
    by_bucket: list[dict[str, int]] = [defaultdict(int) for _ in starts]
    for day, kind, n in counts.rows:
        by_bucket[index[_monday(day) if unit == "week" else day.replace(day=1)]][kind] += n
    totals = [sum(b.values()) for b in by_bucket]
    top = nice_ceiling(max(totals))
    scale = PLOT_HEIGHT / top
    slot = 100 / len(starts)
    # A bar no wider than with MIN_SLOTS columns, centred in its slot: one week is not a bar across the page.
    bar = min(slot, 100 / MIN_SLOTS) * 0.7
    labelled = _labelled(totals)
    columns = []
    for i, (start, bucket) in enumerate(zip(starts, by_bucket)):
        y, segments = float(PLOT_TOP + PLOT_HEIGHT), []
        for kind in STATEMENT_KINDS:
            if bucket.get(kind):
                height = bucket[kind] * scale
                y -= height
                segments.append(Segment(kind, round(y, 2), round(height, 2), bucket[kind]))
        columns.append(
            Column(
                label=_bucket_label(start, unit),
                x=pct(i * slot + (slot - bar) / 2),
                width=pct(bar),
                center=pct(i * slot + slot / 2),
                total=totals[i],
                top=round(y, 2),
                segments=segments,
                show_total=i in labelled,
            )
        )
    # The first, middle and last columns named (every one when there are three or fewer): three
    # names of up to 60 px fit a phone's width without touching.
    picks = sorted({0, (len(starts) - 1) // 2, len(starts) - 1})
    x_ticks = [
        Tick(_tick_label(starts[i], unit, None if n == 0 else starts[picks[n - 1]]), pct(i * slot + slot / 2), "middle")
        for n, i in enumerate(picks)
    ]
    if len(starts) > 1:  # the outer names flush with the plot's edges, so they never run off it
        x_ticks[0] = Tick(x_ticks[0].label, pct(0), "start")
        x_ticks[-1] = Tick(x_ticks[-1].label, pct(100), "end")
    kinds = [(k, KIND_LABELS[k], sum(b.get(k, 0) for b in by_bucket)) for k in STATEMENT_KINDS]
    return TimeChart(
        unit=unit,
        columns=columns,
        # A middle line only where it is a round number (not 2 of 5).
        y_ticks=[
            (v, round(PLOT_TOP + PLOT_HEIGHT - v * scale, 2)) for v in sorted({0, top // 2 if top % 2 == 0 else 0, top})
        ],
        x_ticks=x_ticks,
        kinds=[k for k in kinds if k[2]],
        total=sum(totals),
        sampled=counts.sampled,
        size=counts.size,
        first_day=first,
    )


# -- a ranked list as bars (whom an actor addresses most) ----------------------------------------------

ROW = 36


@dataclass(frozen=True)
class BarRow:
    label: str
    href: str
    n: int
    width: str
    y: int  # the row's top


@dataclass(frozen=True)
class BarList:
    rows: list[BarRow]
    height: int


def bar_list(items: list[tuple[str, str, int]]) -> BarList | None:
    """Rows of (label, link, count), longest bar for the largest count."""
    if not items:
        return None
    peak = max(n for _, _, n in items) or 1
    rows = [BarRow(label, href, n, pct(max(n / peak * 100, 0.5)), i * ROW) for i, (label, href, n) in enumerate(items)]
    return BarList(rows, len(rows) * ROW)


# -- who talks to whom: a circle of nodes --------------------------------------------------------------


@dataclass(frozen=True)
class PlacedNode:
    key: str
    label: str
    title: str
    href: str
    x: str
    y: str
    r: float
    tag: str  # written at the node on narrow screens, listed with the name below: a country's code, an actor's number
    tag_dy: int  # the tag centred above or below the node
    anchor: str  # the name beside the node, outwards, on wide screens
    dx: int
    dy: int
    total: int


@dataclass(frozen=True)
class Edge:
    a: PlacedNode
    b: PlacedNode
    ab: Link | None  # a → b
    ba: Link | None  # b → a
    total: int
    width: float
    contact: bool  # mostly contacts (talks, calls, meetings) rather than addressed statements
    label_x: str
    label_y: str
    labelled: bool


@dataclass(frozen=True)
class Network:
    nodes: list[PlacedNode]
    edges: list[Edge]
    links: list[Link]  # the busiest directed links, for the table
    more_links: int  # links left out of the table
    hidden: int  # nodes left out of the picture (they are in the table)
    sampled: bool
    size: int
    first_day: dt.date | None
    statements: int
    by: str


@dataclass(frozen=True)
class NodeNames:
    """How nodes are named and linked: countries by name, actors by their name."""

    labels: dict[str, str] = field(default_factory=dict)

    def short(self, node: Node) -> str:
        if node.is_country:
            return node.key
        return node.label if len(node.label) <= 16 else node.label[:15].rstrip() + "…"

    def full(self, node: Node) -> str:
        return country_name(node.key) if node.is_country else node.label

    @staticmethod
    def href(node: Node) -> str:
        return f"/countries/{node.key}" if node.is_country else f"/actors/{node.key}"


MAX_NODES = {"country": 14, "actor": 12}
LABELLED_EDGES = 12
TABLE_LINKS = 200


def network(data: Links, by: str) -> Network:
    """The busiest nodes on an ellipse (first at the top, clockwise by volume), lines between them.

    Deterministic: the same counts always draw the same picture. Self-addressed links (a
    country's actors addressing it) are in the table but drawn as no line.
    """
    names = NodeNames()
    volume: dict[str, int] = defaultdict(int)
    node_of: dict[str, Node] = {}
    for link in data.links:
        for node in (link.source, link.target):
            volume[node.key] += link.total
            node_of.setdefault(node.key, node)
    ranked = sorted(volume, key=lambda k: (-volume[k], k))
    # The nodes of the heaviest links, taken in order until the circle is full: the busiest
    # nodes alone can be addressees that never speak to one another, and a circle with no line.
    limit = MAX_NODES.get(by, 12)
    chosen: dict[str, None] = {}
    for link in data.links:
        if link.source.key == link.target.key:
            continue
        new = [k for k in (link.source.key, link.target.key) if k not in chosen]
        if len(chosen) + len(new) > limit:
            break
        chosen.update(dict.fromkeys(new))
    shown = sorted(chosen, key=lambda k: (-volume[k], k))
    peak = max(volume.values(), default=1)
    placed: dict[str, PlacedNode] = {}
    for i, key in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(shown), 1)
        cos, sin = math.cos(angle), math.sin(angle)
        node = node_of[key]
        r = round(4 + 10 * math.sqrt(volume[key] / peak), 1)
        placed[key] = PlacedNode(
            key=key,
            label=names.short(node),
            title=names.full(node),
            href=names.href(node),
            x=pct(50 + 30 * cos),
            y=pct(50 + 40 * sin),
            r=r,
            # On a phone a name beside a node at the side would run off the screen, and names
            # centred on their nodes collide: a short tag is centred above (upper half) or below.
            tag=node.key if node.is_country else str(sum(1 for k in shown[: i + 1] if not node_of[k].is_country)),
            tag_dy=round(-r - 6) if sin < -0.01 else round(r + 15),
            anchor="start" if cos > 0.3 else "end" if cos < -0.3 else "middle",
            dx=0 if abs(cos) <= 0.3 else round(r + 6) * (1 if cos > 0 else -1),
            dy=5 if abs(cos) > 0.3 else (round(-r - 6) if sin < 0 else round(r + 15)),
            total=volume[key],
        )
    pairs: dict[tuple[str, str], list[Link | None]] = {}
    for link in data.links:
        a, b = link.source.key, link.target.key
        if a == b or a not in placed or b not in placed:
            continue
        key = (a, b) if shown.index(a) < shown.index(b) else (b, a)
        pair = pairs.setdefault(key, [None, None])
        pair[0 if key[0] == a else 1] = link
    if not pairs:
        edges: list[Edge] = []
    else:
        top = max(sum(link.total for link in p if link) for p in pairs.values())
        ordered = sorted(pairs.items(), key=lambda item: -sum(link.total for link in item[1] if link))
        edges = []
        for rank, ((a, b), (ab, ba)) in enumerate(ordered):
            total = sum(link.total for link in (ab, ba) if link)
            contacts = sum(link.contacts for link in (ab, ba) if link)
            na, nb = placed[a], placed[b]
            edges.append(
                Edge(
                    a=na,
                    b=nb,
                    ab=ab,
                    ba=ba,
                    total=total,
                    width=round(1 + 7 * total / top, 1),
                    contact=contacts * 2 >= total,
                    label_x=pct((float(na.x[:-1]) + float(nb.x[:-1])) / 2),
                    label_y=pct((float(na.y[:-1]) + float(nb.y[:-1])) / 2),
                    labelled=rank < LABELLED_EDGES,
                )
            )
        edges.reverse()  # the thickest drawn last, on top
    return Network(
        nodes=list(placed.values()),
        edges=edges,
        links=data.links[:TABLE_LINKS],
        more_links=max(0, len(data.links) - TABLE_LINKS),
        hidden=len(ranked) - len(shown),
        sampled=data.sampled,
        size=data.size,
        first_day=data.first_day,
        statements=data.statements,
        by=by,
    )


# -- a country × country matrix ------------------------------------------------------------------------

MATRIX_COUNTRIES = 12
LABEL_COLUMN = 12.0  # % of the width for the row labels
HEADER, CELL = 28, 30  # px


@dataclass(frozen=True)
class Cell:
    n: int
    x: str
    center: str
    y: int
    width: str
    heat: int  # 0 (none) … 5 (the most)
    title: str


@dataclass(frozen=True)
class Matrix:
    codes: list[str]
    columns: list[tuple[str, str]]  # (code, center x)
    rows: list[tuple[str, int, list[Cell]]]  # (code, y, cells)
    height: int
    table: list[tuple[str, list[int]]]
    hidden: int
    sampled: bool
    size: int
    first_day: dt.date | None


def matrix(data: Links) -> Matrix | None:
    """Rows: the speakers' countries; columns: the countries addressed; the busiest `MATRIX_COUNTRIES`."""
    if not data.links:
        return None
    volume: dict[str, int] = defaultdict(int)
    counts: dict[tuple[str, str], int] = {}
    for link in data.links:
        volume[link.source.key] += link.total
        volume[link.target.key] += link.total
        counts[(link.source.key, link.target.key)] = link.total
    codes = sorted(volume, key=lambda c: (-volume[c], c))[:MATRIX_COUNTRIES]
    peak = max(counts.get((a, b), 0) for a in codes for b in codes) or 1
    step = (100 - LABEL_COLUMN) / len(codes)
    rows = []
    for i, source in enumerate(codes):
        y = HEADER + i * CELL
        cells = []
        for j, target in enumerate(codes):
            n = counts.get((source, target), 0)
            cells.append(
                Cell(
                    n=n,
                    x=pct(LABEL_COLUMN + j * step + step * 0.04),
                    center=pct(LABEL_COLUMN + j * step + step / 2),
                    y=y,
                    width=pct(step * 0.92),
                    heat=0 if n == 0 else 1 + min(4, int(4 * math.log1p(n) / math.log1p(peak))),
                    title=f"{country_name(source)} to {country_name(target)}: {n}",
                )
            )
        rows.append((source, y, cells))
    return Matrix(
        codes=codes,
        columns=[(c, pct(LABEL_COLUMN + j * step + step / 2)) for j, c in enumerate(codes)],
        rows=rows,
        height=HEADER + len(codes) * CELL + 4,
        table=[(s, [counts.get((s, t), 0) for t in codes]) for s in codes],
        hidden=len(volume) - len(codes),
        sampled=data.sampled,
        size=data.size,
        first_day=data.first_day,
    )


def register(env) -> None:
    """The template filters the chart macros use."""
    names = NodeNames()
    env.filters.update(compact=compact, node_name=names.full, node_href=NodeNames.href)
