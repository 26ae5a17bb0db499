"""Fetching pages and feeds over HTTP(S) with httpx: timeouts, a size cap, an overall deadline,
redirects followed one checked hop at a time, only to public addresses (see `safe_fetch`), clear errors."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpcore
import httpx

from app.pipeline.ingest.safe_fetch import FetchPolicy, GuardedTransport, Refused, check_url

USER_AGENT = "StatementTracker/0.1 (+https://github.com/statement-tracker)"

# What httpcore raises, unmapped, from under `GuardedTransport` (httpx's own transport maps them).
_HTTPCORE_ERRORS = (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol)


class FetchError(Exception):
    """Why a fetch failed, in words; `status` and `retry_after` (seconds) when the server answered."""

    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.retry_after = status, retry_after


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    status: int = 200  # 304 (empty content) when a conditional GET found the resource unchanged
    etag: str | None = None
    last_modified: str | None = None


MAX_RETRY_AFTER = 86_400.0
"""A server may ask us to wait, but not for years: a day at most, so a typo or a hostile header cannot
park a source (and every source on its host) forever, nor overflow a date."""


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """`Retry-After` as seconds from now (at most MAX_RETRY_AFTER): delta-seconds or an HTTP date; None if
    absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return min(MAX_RETRY_AFTER, max(0.0, when.timestamp() - (time.time() if now is None else now)))


def fetch(
    url: str,
    max_bytes: int,
    timeout: float = 20.0,
    policy: FetchPolicy | None = None,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """GET `url`, refusing bodies over `max_bytes`; raises `FetchError` with a readable reason.

    `headers` go with every hop (`If-None-Match`, `If-Modified-Since` for a conditional GET: a 304
    comes back as a `Fetched` with status 304 and no content).

    `timeout` bounds each connect, read and write; `policy.deadline` the whole fetch, redirects
    included. Each redirect hop is checked like the first URL (`policy.max_redirects` at most)."""
    policy = policy or FetchPolicy()
    deadline = time.monotonic() + policy.deadline
    try:
        current = httpx.URL(url.strip())
        with httpx.Client(
            transport=GuardedTransport(policy, deadline),
            trust_env=False,  # no proxy from the environment: it would resolve hosts out of our sight
            follow_redirects=False,
            timeout=timeout,
            headers={"User-Agent": USER_AGENT},
        ) as client:
            for _hop in range(policy.max_redirects + 1):
                check_url(current)
                with client.stream("GET", current, headers=headers) as response:
                    if response.next_request is not None:  # a redirect with a Location
                        current = response.next_request.url
                        continue
                    return _body(response, current, max_bytes, deadline)
            raise FetchError(f"too many redirects (more than {policy.max_redirects})")
    except Refused as exc:
        raise FetchError(str(exc)) from None
    except (httpx.TimeoutException, httpcore.TimeoutException):
        if time.monotonic() >= deadline - 0.05:
            raise FetchError(
                f"gave up after {policy.deadline:g} s, the deadline for one fetch (TRACKER_FETCH_DEADLINE)"
            ) from None
        raise FetchError(f"timed out after {timeout:.0f} s") from None
    except httpx.InvalidURL as exc:
        raise FetchError(f"not a valid URL: {exc}") from None
    except (httpx.HTTPError, *_HTTPCORE_ERRORS) as exc:
        raise FetchError(f"cannot fetch: {exc or type(exc).__name__}") from None


def _body(response: httpx.Response, url: httpx.URL, max_bytes: int, deadline: float) -> Fetched:
    if response.status_code >= 400:
        raise FetchError(
            f"HTTP {response.status_code} {response.reason_phrase}",
            status=response.status_code,
            retry_after=retry_after_seconds(response.headers.get("retry-after")),
        )
    etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
    if response.status_code == 304:
        return Fetched(str(url), b"", response.headers.get("content-type", ""), 304, etag, modified)
    if response.is_redirect:
        raise FetchError(f"HTTP {response.status_code} redirect without a usable Location")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"the page is larger than {max_bytes} bytes")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the page is larger than {max_bytes} bytes")
        if time.monotonic() > deadline:
            raise httpcore.ReadTimeout("deadline")
        chunks.append(chunk)
    content_type = response.headers.get("content-type", "")
    return Fetched(str(url), b"".join(chunks), content_type, response.status_code, etag, modified)
