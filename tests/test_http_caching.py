"""What users feel beyond the server's time: compression, ETags and 304s, fingerprinted static files."""

import re

import pytest


@pytest.mark.parametrize("path", ["/api/statements", "/", "/api/actors"])
def test_a_list_or_page_seen_before_is_a_304(seeded, client, path):
    first = client.get(path)
    etag = first.headers["etag"]
    assert first.status_code == 200 and etag.startswith('W/"')
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert again.headers["content-security-policy"]  # the security headers stay
    other = client.get(path, headers={"If-None-Match": 'W/"something-else"'})
    assert other.status_code == 200 and other.content == first.content


def test_the_tag_changes_with_the_content(seeded, client):
    one = client.get("/api/statements", params={"limit": 1}).headers["etag"]
    two = client.get("/api/statements", params={"limit": 2}).headers["etag"]
    assert one != two


def test_streamed_exports_carry_no_tag(seeded, client):
    response = client.get("/api/statements.csv")
    assert response.status_code == 200 and "etag" not in response.headers


def test_compressed_when_the_client_accepts_it(seeded, client):
    plain = client.get("/api/statements", headers={"Accept-Encoding": "identity"})
    packed = client.get("/api/statements", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    # httpx decodes it for us: the same JSON, in fewer bytes on the wire
    assert packed.json() == plain.json()
    assert int(packed.headers["content-length"]) < len(plain.content)
    raw = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert raw.headers["content-encoding"] == "gzip" and b"<html" in raw.content.lower()


def test_static_files_have_fingerprinted_names_cached_for_a_year(seeded, client):
    page = client.get("/").text
    names = re.findall(r'(?:href|src)="(/static/[^"]+)"', page)
    assert {re.sub(r"\.[0-9a-f]{10}\.", ".", n) for n in names} >= {"/static/app.css", "/static/app.js"}
    for name in names:
        assert re.search(r"\.[0-9a-f]{10}\.\w+$", name), name
        response = client.get(name)
        assert response.status_code == 200
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    css = next(n for n in names if n.endswith(".css"))
    assert client.get(css).content == client.get("/static/app.css").content
    assert client.get("/static/app.css").headers["cache-control"] == "no-cache"
    stale = re.sub(r"\.[0-9a-f]{10}\.", ".0123456789.", css)
    assert client.get(stale).status_code == 404
