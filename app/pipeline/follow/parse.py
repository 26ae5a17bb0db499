"""A polled document → the article links it lists: RSS and Atom (feedparser) or a (news) sitemap.

Sitemaps are read with lxml with entities and network access off (a hostile sitemap cannot make
the parser read files or URLs); a sitemap index is reported as such, since its children are
sitemaps to add as sources, not articles.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.pipeline.ingest.feeds import feed_entries

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
# No more links than this from one document: a feed listing millions of URLs is refused, not queued.
MAX_LINKS = 5000


@dataclass(frozen=True)
class Link:
    url: str
    title: str | None


class NotAFeed(ValueError):
    """The document is neither an RSS/Atom feed nor a sitemap (the message says what it is)."""


def _sitemap_root(content: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        return None
    return root if root.tag in (f"{{{SITEMAP_NS}}}urlset", f"{{{SITEMAP_NS}}}sitemapindex") else None


def sitemap_links(root) -> list[Link]:
    if root.tag == f"{{{SITEMAP_NS}}}sitemapindex":
        raise NotAFeed("a sitemap index: add its news sitemaps as sources, one by one")
    links = []
    for url in root.iter(f"{{{SITEMAP_NS}}}url"):
        loc = (url.findtext(f"{{{SITEMAP_NS}}}loc") or "").strip()
        title = url.findtext(f"{{{NEWS_NS}}}news/{{{NEWS_NS}}}title")
        if loc.startswith(("http://", "https://")):
            links.append(Link(loc, title.strip() if title else None))
    return links


def document_kind(content: bytes) -> str:
    """ "sitemap" or "feed" for what a source URL answered."""
    return "sitemap" if _sitemap_root(content.lstrip()) is not None else "feed"


def links_in(content: bytes) -> list[Link]:
    """The article links of a feed or sitemap, in its order, each once; `NotAFeed` if it is neither."""
    root = _sitemap_root(content.lstrip())
    if root is not None:
        links = sitemap_links(root)
    else:
        try:
            links = [Link(e.url, e.title) for e in feed_entries(content)]
        except ValueError as exc:
            raise NotAFeed(str(exc).replace("not an RSS or Atom feed", "neither a feed nor a sitemap")) from None
    seen: set[str] = set()
    unique = [link for link in links if not (link.url in seen or seen.add(link.url))]
    if len(unique) > MAX_LINKS:
        raise NotAFeed(f"lists {len(unique)} links, more than the {MAX_LINKS} one poll takes")
    return unique
