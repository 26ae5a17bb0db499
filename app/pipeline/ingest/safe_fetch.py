"""What a fetch may connect to, checked at the moment it connects (no server-side request forgery).

A URL given to the API or the command line, a feed, and every link the feed lists, may point
inside: at the machine itself (`127.0.0.1`, `127.1`, `2130706433`, `localhost`, `[::1]`,
`0.0.0.0`), at the local network, at a cloud metadata address (`169.254.169.254`), or redirect
there. The check therefore sits in the network backend httpx's connection pool uses to open
sockets, not in front of the URL:

* `connect_tcp` resolves the host once (getaddrinfo, in a thread bounded by the deadline), refuses
  it if ANY address it resolves to is loopback, private, link-local, multicast, reserved,
  unspecified or otherwise not public (IPv4 inside IPv6 - mapped, 6to4, Teredo, NAT64 - judged by
  the IPv4 address it carries), and then connects to exactly the addresses it checked. A second
  DNS answer (rebinding between check and connect) is never asked for. TLS still verifies the
  certificate against the URL's host name, and the Host header is the URL's, because only the
  socket's destination is pinned; httpcore does the rest as usual.
* Every connection is checked, so every redirect hop is too; `web.fetch` follows redirects itself
  (a hop limit, http(s) only, no credentials in a URL).
* Every socket operation's timeout is cut to what remains of the fetch's overall deadline, so a
  server that trickles a byte at a time (in the headers or the body) cannot hold a fetch longer
  than the deadline.
* The transport never reads proxy settings from the environment (a proxy would resolve the host
  itself, out of our sight).

`TRACKER_FETCH_ALLOW` (host names and CIDRs) opens the door for those who need an internal source.
"""

from __future__ import annotations

import functools
import ipaddress
import math
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

if TYPE_CHECKING:
    from app.config import Settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
ALLOW_SETTING = "TRACKER_FETCH_ALLOW"


class Refused(Exception):
    """The URL, or the address its host resolves to, may not be fetched."""


class DeadlineExceeded(httpcore.TimeoutException):
    """The fetch's overall deadline has passed."""


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]  # the client's address
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_kind(ip: IPAddress | str) -> str | None:
    """What kind of internal address `ip` is ("loopback", "private", ...), or None for a public one."""
    ip = ipaddress.ip_address(ip)
    inner = _embedded_ipv4(ip)
    if inner is not None:
        kind = address_kind(inner)
        if kind is not None or ip.ipv4_mapped is not None:  # a mapped address IS its IPv4 address
            return kind
    for kind, test in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("non-public", not ip.is_global),
    ):
        if test:
            return kind
    return None


@dataclass(frozen=True)
class FetchPolicy:
    """Where fetches may go and how long one may take. `FetchPolicy()` is the strict default."""

    allow_hosts: frozenset[str] = frozenset()
    allow_networks: tuple[IPNetwork, ...] = ()
    deadline: float = 30.0
    max_redirects: int = 5

    @classmethod
    def parse(cls, allow: str | Iterable[str] = "", **kwargs: Any) -> FetchPolicy:
        """A policy from an allow-list: host names, IP addresses and CIDRs (comma-separated if a string)."""
        entries = allow.replace(",", " ").split() if isinstance(allow, str) else list(allow)
        hosts, networks = set(), []
        for entry in entries:
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                hosts.add(entry.lower().rstrip("."))
        return cls(allow_hosts=frozenset(hosts), allow_networks=tuple(networks), **kwargs)

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls.parse(settings.fetch_allow, deadline=settings.fetch_deadline)

    def refusal(self, host: str, ip: IPAddress) -> str | None:
        """Why `host`, resolved to `ip`, may not be connected to; None if it may."""
        if host.lower().rstrip(".") in self.allow_hosts:
            return None
        forms = [ip] + [x for x in (_embedded_ipv4(ip),) if x is not None]
        if any(x in net for x in forms for net in self.allow_networks if net.version == x.version):
            return None
        kind = address_kind(ip)
        if kind is None:
            return None
        where = host if _literal(host) == ip else f"{host} is {ip}"
        article = "an" if kind[0] in "aeiou" else "a"
        return f"url points to {article} {kind} address ({where}); set {ALLOW_SETTING} to allow it"


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def check_url(url: httpx.URL) -> None:
    """Refuse what no fetch may ask for, whatever its host resolves to."""
    if url.scheme not in ("http", "https"):
        raise Refused(f"only http and https URLs are fetched, not {url.scheme or 'this'}: ({str(url)[:80]})")
    if url.userinfo:
        raise Refused("url carries a user name or password (user:pass@); URLs with credentials are refused")
    if not url.host:
        raise Refused("url has no host")


def _remaining(deadline: float) -> float:
    return deadline - time.monotonic()


def _clamp(timeout: float | None, deadline: float) -> float:
    """The timeout for one socket operation: the caller's, cut to what is left of the deadline."""
    left = _remaining(deadline)
    if left <= 0:
        raise DeadlineExceeded("the fetch deadline has passed")
    return min(math.inf if timeout is None else timeout, left)


def _resolve(host: str, port: int, timeout: float) -> list[IPAddress]:
    """The addresses `host` resolves to (a literal is itself), in getaddrinfo's order."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    answer: dict[str, Any] = {}

    def lookup() -> None:
        try:
            answer["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            answer["error"] = exc

    # getaddrinfo cannot be interrupted; a daemon thread lets the deadline win over a slow resolver.
    worker = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise DeadlineExceeded(f"resolving {host} took too long")
    if "error" in answer:
        raise httpcore.ConnectError(f"cannot resolve {host}: {answer['error']}")
    addresses: list[IPAddress] = []
    for *_, sockaddr in answer["infos"]:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise httpcore.ConnectError(f"cannot resolve {host}")
    return addresses


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner, self._deadline = inner, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, self._deadline))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, self._deadline))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None):
        # server_hostname is the URL's host: the certificate is checked against the name, not the IP.
        inner = self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, self._deadline))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Opens TCP connections only to addresses the policy allows, to the very addresses it checked."""

    def __init__(self, policy: FetchPolicy, deadline: float) -> None:
        self.policy, self.deadline = policy, deadline
        self._sockets = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = _resolve(host, port, _clamp(timeout, self.deadline))
        for ip in addresses:  # all of them first: a name with one internal address is refused
            reason = self.policy.refusal(host, ip)
            if reason:
                raise Refused(reason)
        failure: Exception | None = None
        for ip in addresses:
            try:  # an IP literal: the socket connects to it, no second lookup
                stream = self._sockets.connect_tcp(
                    str(ip), port, _clamp(timeout, self.deadline), local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            return _DeadlineStream(stream, self.deadline)
        assert failure is not None
        raise failure

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise Refused("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, max(0.0, _remaining(self.deadline))))


class _Body(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One TLS context per process: building one reads the whole CA bundle (~70 ms here, three
    quarters of fetching a local page); a context is safe to share between connections and threads."""
    return httpx.create_ssl_context()


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool whose sockets `GuardedBackend` opens.

    Built from public httpx and httpcore API only. httpcore errors pass through unmapped
    (`web.fetch` catches both families)."""

    def __init__(self, policy: FetchPolicy, deadline: float) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(),
            max_connections=4,
            network_backend=GuardedBackend(policy, deadline),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._pool.handle_request(
            httpcore.Request(
                method=request.method,
                url=httpcore.URL(
                    scheme=request.url.raw_scheme,
                    host=request.url.raw_host,
                    port=request.url.port,
                    target=request.url.raw_path,
                ),
                headers=request.headers.raw,
                content=request.stream,
                extensions=request.extensions,
            )
        )
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),  # type: ignore[arg-type]
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()
