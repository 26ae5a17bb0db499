"""A news site on 127.0.0.1 for the follow tests and bench/follow.py: a feed of N generated
articles, their pages, a news sitemap, and sources that fail, are slow or ask us to wait.

Real HTTP (http.server in a thread), with ETag and Last-Modified so a second poll is a 304, and a
count of requests per path so a test can see that each article page was fetched once.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MINISTERS = [
    ("Foreign Minister", "Sergey Lavrov", "Moscow"),
    ("Secretary of State", "Antony Blinken", "Washington"),
    ("Foreign Minister", "Wang Yi", "Beijing"),
    ("Foreign Secretary", "David Lammy", "London"),
    ("Foreign Minister", "Annalena Baerbock", "Berlin"),
]
TOPICS = ["the ceasefire", "grain exports", "the border talks", "sanctions relief", "the prisoner exchange"]
PUBLISHED = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC)


def article_text(i: int) -> tuple[str, str]:
    """The headline and paragraphs of article `i`: two statements, different for every i."""
    title, name, capital = MINISTERS[i % len(MINISTERS)]
    topic = TOPICS[(i // len(MINISTERS)) % len(TOPICS)]
    headline = f"{name} on {topic}, report {i}"
    paragraphs = [
        f"{title} {name} said on Tuesday that {capital} was ready to discuss {topic} in round {i} of the talks.",
        f'"We will not accept conditions set in advance, and meeting {i} must be held in good faith," {name} told reporters.',
        f"Officials said the delegations would meet again after consultations in {capital}. Diplomats expect "
        f"further contacts on {topic} in the coming weeks, and observers noted that the tone of meeting {i} "
        "was calmer than before.",
    ]
    return headline, "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def article_page(i: int) -> bytes:
    headline, body = article_text(i)
    published = (PUBLISHED + dt.timedelta(hours=i)).date().isoformat()
    return (
        f"<!DOCTYPE html><html><head><title>{escape(headline)}</title>"
        f'<meta name="date" content="{published}"></head><body><nav>Home | World</nav>'
        f"<article><h1>{escape(headline)}</h1>{body}</article><footer>(c) Test News</footer></body></html>"
    ).encode()


def rss(base: str, items: range) -> bytes:
    entries = "".join(
        f"<item><title>{escape(article_text(i)[0])}</title><link>{base}/a/{i}.html</link>"
        f"<pubDate>{format_datetime(PUBLISHED + dt.timedelta(hours=i))}</pubDate></item>"
        for i in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test News</title><link>{base}/</link>'
        f"<description>generated</description>{entries}</channel></rss>"
    ).encode()


def news_sitemap(base: str, items: range) -> bytes:
    urls = "".join(
        f"<url><loc>{base}/a/{i}.html</loc><news:news><news:title>{escape(article_text(i)[0])}</news:title>"
        "</news:news></url>"
        for i in items
    )
    return (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
    ).encode()


class FeedSite:
    """`/feed.xml` (articles 0..n-1), `/sitemap.xml` (n..n+k-1), `/a/<i>.html`, `/broken.xml` (500),
    `/slow.xml` (answers after `slow` seconds), `/busy.xml` (429 with Retry-After)."""

    def __init__(self, articles: int = 300, sitemap_articles: int = 0, slow: float = 5.0, page_delay: float = 0.0):
        self.articles, self.sitemap_articles, self.slow, self.page_delay = articles, sitemap_articles, slow, page_delay
        self.requests: Counter[str] = Counter()
        self.statuses: Counter[tuple[str, int]] = Counter()
        self.lock = threading.Lock()
        self.etag = '"v1"'
        self.modified = format_datetime(PUBLISHED, usegmt=True)
        self.base = ""
        # /slow.xml answers after `slow` seconds, or as soon as this many article pages were fetched
        self.slow_until_pages: int | None = None
        self.pages_fetched_while_slow = threading.Event()

    def handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def send(self, status: int, body: bytes = b"", ctype: str = "text/html", headers=None) -> None:
                with site.lock:
                    site.statuses[(self.path, status)] += 1
                self.send_response(status)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def feed(self, body: bytes, ctype: str) -> None:
                if self.headers.get("If-None-Match") == site.etag or (
                    self.headers.get("If-Modified-Since") == site.modified and not self.headers.get("If-None-Match")
                ):
                    return self.send(304, headers={"ETag": site.etag})
                self.send(200, body, ctype, {"ETag": site.etag, "Last-Modified": site.modified})

            def do_GET(self) -> None:
                with site.lock:
                    site.requests[self.path] += 1
                path = self.path
                if path == "/feed.xml":
                    return self.feed(rss(site.base, range(site.articles)), "application/rss+xml")
                if path == "/sitemap.xml":
                    items = range(site.articles, site.articles + site.sitemap_articles)
                    return self.feed(news_sitemap(site.base, items), "application/xml")
                if path == "/broken.xml":
                    return self.send(500, b"oops", "text/plain")
                if path == "/busy.xml":
                    return self.send(429, b"slow down", "text/plain", {"Retry-After": "120"})
                if path == "/slow.xml":
                    if site.slow_until_pages is None:
                        time.sleep(site.slow)
                    else:
                        site.pages_fetched_while_slow.wait(site.slow)
                    return self.feed(rss(site.base, range(0)), "application/rss+xml")
                if path.startswith("/a/") and path.endswith(".html") and path[3:-5].isdigit():
                    if site.slow_until_pages is not None and len(site.article_fetches()) >= site.slow_until_pages:
                        site.pages_fetched_while_slow.set()
                    if site.page_delay:
                        time.sleep(site.page_delay)
                    return self.send(200, article_page(int(path[3:-5])))
                self.send(404, b"not found", "text/plain")

        return Handler

    def article_fetches(self) -> Counter[str]:
        with self.lock:
            return Counter({p: n for p, n in self.requests.items() if p.startswith("/a/")})


@contextmanager
def serve_site(site: FeedSite, port: int) -> Iterator[FeedSite]:
    server = ThreadingHTTPServer(("127.0.0.1", port), site.handler())
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
