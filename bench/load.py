"""Drive a served app with a realistic mix of browsing and API calls; print throughput, latency and memory.

    .venv/bin/python bench/load.py --database-url sqlite:///./big.db [--seconds 60] [--workers 2] [--clients 16]

Starts `tracker serve` on a free loopback port with the given workers, sends
requests from `--clients` concurrent clients for a bounded time (loopback only),
then stops the server. Memory is the summed RSS of the server's processes,
sampled every second; the budget is stated with --memory-budget-mb.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    """RSS of a process and its children, from /proc (Linux)."""
    total, pids = 0, [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


async def discover(client: httpx.AsyncClient) -> dict[str, list[str]]:
    actors = (await client.get("/api/actors", params={"limit": 100})).json()["items"]
    countries = (await client.get("/api/countries")).json()["items"]
    return {
        "actors": [a["slug"] for a in actors if a["statement_count"]] or ["russia"],
        "countries": [c["code"] for c in countries[:30]] or ["RU"],
    }


def pick_request(rng: random.Random, seen: dict[str, list[str]]) -> tuple[str, dict]:
    """About 60 % browsing, 40 % API, with the filters people use most."""
    actor, country = rng.choice(seen["actors"]), rng.choice(seen["countries"])
    choices = [
        ("/", {}),
        ("/", {"country": country}),
        ("/", {"actor": actor}),
        ("/", {"q": "ceasefire"}),
        (f"/actors/{actor}", {}),
        (f"/countries/{country}", {}),
        ("/api/statements", {}),
        ("/api/statements", {"actor": actor, "limit": 100}),
        ("/api/statements", {"country": country, "since": "2023-01-01"}),
        ("/api/statements/facets", {"country": country}),
    ]
    return rng.choice(choices)


def route_of(path: str, params: dict) -> str:
    """The request's kind for the breakdown: the route with its filter names, not their values."""
    for prefix in ("/actors/", "/countries/"):
        if path.startswith(prefix):
            path = prefix + "{id}"
    return path + ("?" + "&".join(sorted(k for k in params if k != "limit")) if params else "")


async def client_loop(client, rng, seen, deadline, latencies, errors) -> None:
    while time.monotonic() < deadline:
        path, params = pick_request(rng, seen)
        t0 = time.perf_counter()
        try:
            response = await client.get(path, params=params)
            ok = response.status_code < 500
        except httpx.HTTPError:
            ok = False
        latencies.append((route_of(path, params), (time.perf_counter() - t0) * 1000))
        errors.append(not ok)


async def run(base: str, seconds: float, clients: int, server_pid: int, budget: float) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        seen = await discover(client)
        latencies: list[float] = []
        errors: list[bool] = []
        memory: list[float] = []
        deadline = time.monotonic() + seconds

        async def sample() -> None:
            while time.monotonic() < deadline:
                memory.append(rss_mb(server_pid))
                await asyncio.sleep(1)

        await asyncio.gather(
            sample(),
            *(client_loop(client, random.Random(i), seen, deadline, latencies, errors) for i in range(clients)),
        )

    def p95(values: list[float]) -> float:
        values = sorted(values)
        return values[max(0, int(len(values) * 0.95) - 1)] if values else 0

    every = [ms for _, ms in latencies]
    print(
        f"{len(every)} requests in {seconds:.0f} s from {clients} clients: {len(every) / seconds:.1f} req/s, "
        f"p50 {statistics.median(every):.1f} ms, p95 {p95(every):.1f} ms, errors {sum(errors)}"
    )
    for route in sorted({r for r, _ in latencies}):
        times = [ms for r, ms in latencies if r == route]
        print(f"  {route:<40} {len(times):>5}  p50 {statistics.median(times):7.1f}  p95 {p95(times):7.1f}")
    peak = max(memory) if memory else 0
    print(f"server memory: peak {peak:.0f} MB (budget {budget:.0f} MB: {'within' if peak <= budget else 'OVER'})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--memory-budget-mb", type=float, default=600)
    args = parser.parse_args()
    port = free_port()
    env = {**os.environ, "DATABASE_URL": args.database_url}
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/tracker"),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                if httpx.get(base + "/api/articles?limit=1", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            sys.exit("the server did not start")
        asyncio.run(run(base, args.seconds, args.clients, server.pid, args.memory_budget_mb))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
