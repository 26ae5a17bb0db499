"""Fetching pages and feeds over HTTP(S) with httpx: timeouts, a size cap, redirects, clear errors."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

USER_AGENT = "StatementTracker/0.1 (+https://github.com/statement-tracker)"


class FetchError(Exception):
    pass


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str


def fetch(url: str, max_bytes: int, timeout: float = 20.0) -> Fetched:
    """GET `url`, refusing bodies over `max_bytes`; raises `FetchError` with a readable reason."""
    try:
        with httpx.Client(
            follow_redirects=True, timeout=timeout, max_redirects=5, headers={"User-Agent": USER_AGENT}
        ) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(f"the page is larger than {max_bytes} bytes")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(f"the page is larger than {max_bytes} bytes")
                    chunks.append(chunk)
                return Fetched(str(response.url), b"".join(chunks), response.headers.get("content-type", ""))
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {timeout:.0f} s") from None
    except httpx.TooManyRedirects:
        raise FetchError("too many redirects") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot fetch: {exc}") from None
