"""HTML pages, URLs over real loopback HTTP, feeds, globs and stdin."""

import http.server
import io
import threading
from functools import partial

import pytest

from app.pipeline.ingest import ArticleDraft, IngestError, read_feed, read_inputs, read_url
from app.pipeline.ingest.safe_fetch import FetchPolicy

LOOPBACK = FetchPolicy.parse("127.0.0.1")  # the test site is on loopback, refused by default

PAGE = """<!doctype html><html><head><title>Envoy urges calm - Example Herald</title>
<link rel="canonical" href="https://herald.example/world/envoy-urges-calm">
<meta property="og:site_name" content="Example Herald">
<meta property="article:published_time" content="2024-02-06T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Envoy urges calm</h1>
<p>The special envoy said on Monday that both delegations had agreed to meet again within a fortnight.</p>
<figure><img src="p.jpg"><figcaption>The envoy in Geneva. Photo: Example Agency</figcaption></figure>
<p>“Nobody gains from another round of fighting,” the envoy told reporters after the session ended late.</p>
</article><section class="comments">Leave a comment. Your email address will not be published.</section>
</body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>
<item><title>Envoy urges calm</title><link>{base}/envoy.html</link></item>
<item><title>Gone</title><link>{base}/missing.html</link></item>
</channel></rss>"""


@pytest.fixture
def site(tmp_path):
    (tmp_path / "envoy.html").write_text(PAGE, encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (tmp_path / "feed.xml").write_text(FEED.format(base=base), encoding="utf-8")
    yield base, tmp_path
    server.shutdown()


def _check_page(draft):
    assert isinstance(draft, ArticleDraft), draft
    assert draft.title == "Envoy urges calm" and draft.source == "Example Herald"
    assert draft.url == "https://herald.example/world/envoy-urges-calm"
    assert str(draft.published) == "2024-02-06"
    assert "both delegations had agreed" in draft.text and "Nobody gains" in draft.text
    for furniture in ("Photo: Example Agency", "Leave a comment", "Home"):
        assert furniture not in draft.text


def test_html_file(site):
    _, folder = site
    (draft,) = read_inputs([str(folder / "envoy.html")])
    _check_page(draft)


def test_url_and_http_errors(site):
    base, _ = site
    _check_page(read_url(f"{base}/envoy.html", policy=LOOPBACK))
    missing = read_url(f"{base}/missing.html", policy=LOOPBACK)
    assert isinstance(missing, IngestError) and "404" in missing.message
    unreachable = read_url("http://127.0.0.1:9/nothing", policy=LOOPBACK)
    assert isinstance(unreachable, IngestError) and unreachable.where.endswith("/nothing")
    too_big = read_url(f"{base}/envoy.html", max_bytes=100, policy=LOOPBACK)
    assert isinstance(too_big, IngestError) and "larger than" in too_big.message


def test_feed_file_fetches_each_entry(site):
    _, folder = site
    good, bad = read_feed(str(folder / "feed.xml"), policy=LOOPBACK)
    _check_page(good)
    assert isinstance(bad, IngestError) and "404" in bad.message
    (not_feed,) = read_feed(str(folder / "envoy.html"))
    assert isinstance(not_feed, IngestError)


def test_globs_and_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("First body.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second body.", encoding="utf-8")
    drafts = list(read_inputs([str(tmp_path / "*.txt")]))
    assert [d.text for d in drafts] == ["First body.", "Second body."]
    (nothing,) = read_inputs([str(tmp_path / "*.md")])
    assert isinstance(nothing, IngestError) and "matches no file" in nothing.message
    items = list(read_inputs(["-"], stdin=io.StringIO('{"text": "From stdin."}\n{oops\n')))
    assert items[0].text == "From stdin." and items[1].where == "<stdin>:2"


def test_oversized_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.seek(50_000_000)
        handle.write(b"x")
    (error,) = read_inputs([str(big)])
    assert isinstance(error, IngestError) and "limit" in error.message


def test_a_feed_entry_gives_its_date_to_a_page_without_one(site):
    base, folder = site
    undated = PAGE.replace('<meta property="article:published_time" content="2024-02-06T08:00:00Z">', "")
    (folder / "undated.html").write_text(undated.replace("envoy-urges-calm", "envoy-undated"), encoding="utf-8")
    (folder / "dated-feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>'
        f"<item><link>{base}/undated.html</link><pubDate>Tue, 13 Sep 2022 08:00:00 GMT</pubDate></item>"
        f"<item><link>{base}/envoy.html</link><pubDate>Tue, 13 Sep 2022 08:00:00 GMT</pubDate></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    from_feed, own = read_feed(str(folder / "dated-feed.xml"), policy=LOOPBACK)
    assert str(from_feed.published) == "2022-09-13" and from_feed.where.endswith("/undated.html")
    assert str(own.published) == "2024-02-06"  # the page's own date wins
