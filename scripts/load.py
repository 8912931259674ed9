"""Load test of a generated SDK: many concurrent calls through one client, on loopback.

Starts the relay test server (tests/servers/relay_app.py) with uvicorn in a subprocess on
127.0.0.1, then, in this process, with the committed SDK in generated/relay:

1. async: `--requests` calls of `client.jobs.retrieve` on one `relay.AsyncClient`, at most
   `--concurrency` in flight, repeated for `--rounds` rounds (new client each round);
2. threads: `--threads` threads sharing one `relay.Client`, `--per-thread` calls each.

It counts errors, and measures open file descriptors and sockets (/proc/self/fd) and
resident memory (/proc/self/status) before, during and after, so that leaked connections,
descriptors or memory show. Bounded by `--seconds` overall: a phase that would run past
it stops early (and the run fails). Exit status 0 only with no errors, no leaked
descriptor or socket, and memory that stops growing after the first round.

    scripts/load                                  # the defaults below
    scripts/load --requests 20000 --concurrency 1000
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "generated" / "relay")]

import httpx
import relay  # type: ignore[import-not-found]  # the committed SDK, from generated/relay

from tests.servers.relay_app import API_KEY

HOST = "127.0.0.1"  # loopback only
SERVER = """
import logging, sys, uvicorn
sys.path.insert(0, {root!r})
from tests.servers.relay_app import create_app
uvicorn.run(create_app(), host={host!r}, port={port}, log_level="error", access_log=False,
            lifespan="off", backlog=4096, timeout_keep_alive=30)
"""
# memory that grows by more than this between the first and the last round is a leak
MAX_GROWTH_MB = 16.0


def open_fds() -> tuple[int, int]:
    """Open file descriptors of this process, and how many of them are sockets."""
    fds = sockets = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            continue  # closed while listing (the listing's own fd)
        fds += 1
        sockets += target.startswith("socket:")
    return fds, sockets


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def snapshot() -> dict[str, float]:
    gc.collect()
    fds, sockets = open_fds()
    return {"fds": fds, "sockets": sockets, "rss_mb": rss_mb(), "threads": threading.active_count()}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def server() -> Iterator[str]:
    port = free_port()
    code = SERVER.format(root=str(ROOT), host=HOST, port=port)
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    url = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/public", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the load test server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors: Counter[str] = Counter()
        self.ok = 0
        self.lock = threading.Lock()
        self.peak_sockets = 0

    def record(self, started: float, error: BaseException | None) -> None:
        elapsed = time.perf_counter() - started
        with self.lock:
            self.latencies.append(elapsed)
            if error is None:
                self.ok += 1
            else:
                self.errors[f"{type(error).__module__}.{type(error).__name__}: {error}"[:160]] += 1

    def summary(self, seconds: float) -> str:
        done = len(self.latencies)
        if not done:
            return "no requests"
        ordered = sorted(self.latencies)
        p50 = statistics.median(ordered) * 1000
        p99 = ordered[min(done - 1, int(done * 0.99))] * 1000
        return (
            f"{done} calls in {seconds:.2f} s ({done / seconds:.0f}/s), {self.ok} ok, "
            f"{sum(self.errors.values())} errors; latency p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms; peak sockets {self.peak_sockets}"
        )


def watch_sockets(stats: Stats, stop: threading.Event) -> None:
    while not stop.wait(0.05):
        stats.peak_sockets = max(stats.peak_sockets, open_fds()[1])


@contextmanager
def watching(stats: Stats) -> Iterator[None]:
    stop = threading.Event()
    thread = threading.Thread(target=watch_sockets, args=(stats, stop), daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


async def async_round(url: str, requests: int, concurrency: int, until: float) -> Stats:
    stats = Stats()
    limit = asyncio.Semaphore(concurrency)

    async def one(client: Any, index: int) -> None:
        async with limit:
            if time.monotonic() > until:
                stats.errors["stopped: --seconds reached"] += 1
                return
            started = time.perf_counter()
            try:
                job = await client.jobs.retrieve(f"j{index}")
                assert job.id == f"j{index}", job
            except Exception as error:  # noqa: BLE001 - counted and reported
                stats.record(started, error)
            else:
                stats.record(started, None)

    async with relay.AsyncClient(base_url=url, api_key=API_KEY, max_retries=0) as client:
        await asyncio.gather(*(one(client, index) for index in range(requests)))
    return stats


def thread_round(url: str, threads: int, per_thread: int, until: float) -> Stats:
    stats = Stats()
    with relay.Client(base_url=url, api_key=API_KEY, max_retries=0) as client:

        def worker(number: int) -> None:
            for index in range(per_thread):
                if time.monotonic() > until:
                    stats.errors["stopped: --seconds reached"] += 1
                    return
                started = time.perf_counter()
                try:
                    job = client.jobs.retrieve(f"t{number}-{index}")
                    assert job.id == f"t{number}-{index}", job
                except Exception as error:  # noqa: BLE001 - counted and reported
                    stats.record(started, error)
                else:
                    stats.record(started, None)

        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(worker, range(threads)))
    return stats


def show(label: str, state: dict[str, float]) -> None:
    print(
        f"  {label:<28} fds {state['fds']:>4.0f}  sockets {state['sockets']:>4.0f}  "
        f"rss {state['rss_mb']:>6.1f} MB  threads {state['threads']:.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2500, help="async calls per round")
    parser.add_argument("--concurrency", type=int, default=500, help="async calls in flight")
    parser.add_argument("--rounds", type=int, default=2, help="async rounds (memory trend)")
    parser.add_argument("--threads", type=int, default=16, help="threads sharing one Client")
    parser.add_argument("--per-thread", type=int, default=200, help="sync calls per thread")
    parser.add_argument("--seconds", type=float, default=300.0, help="stop after this long")
    args = parser.parse_args(argv)
    until = time.monotonic() + args.seconds
    failures: list[str] = []

    with server() as url:
        print(f"sdkforge load test: relay SDK against {url} (uvicorn, separate process)")
        # warm up: imports, TypeAdapters and the SSL context are built once per process
        asyncio.run(async_round(url, 50, 10, until))
        thread_round(url, 2, 10, until)
        baseline = snapshot()
        show("baseline (after warm-up)", baseline)

        rounds = []
        for number in range(1, args.rounds + 1):
            stats = Stats()
            started = time.perf_counter()
            with watching(stats):
                result = asyncio.run(async_round(url, args.requests, args.concurrency, until))
            result.peak_sockets = stats.peak_sockets
            seconds = time.perf_counter() - started
            after = snapshot()
            rounds.append(after)
            print(f"async round {number}: {args.concurrency} in flight: {result.summary(seconds)}")
            show(f"after async round {number}", after)
            failures += [f"async: {n} x {e}" for e, n in result.errors.items()]

        stats = Stats()
        started = time.perf_counter()
        with watching(stats):
            result = thread_round(url, args.threads, args.per_thread, until)
        result.peak_sockets = stats.peak_sockets
        seconds = time.perf_counter() - started
        print(
            f"threads: {args.threads} x {args.per_thread} on one Client: {result.summary(seconds)}"
        )
        final = snapshot()
        show("after threads", final)
        failures += [f"threads: {n} x {e}" for e, n in result.errors.items()]

    if final["fds"] > baseline["fds"] or final["sockets"] > baseline["sockets"]:
        failures.append(
            f"leak: {final['fds'] - baseline['fds']:+.0f} fds, "
            f"{final['sockets'] - baseline['sockets']:+.0f} sockets after closing the clients"
        )
    growth = rounds[-1]["rss_mb"] - rounds[0]["rss_mb"] if rounds else 0.0
    print(
        f"memory: {baseline['rss_mb']:.1f} MB at baseline, {rounds[0]['rss_mb']:.1f} MB after "
        f"round 1, {rounds[-1]['rss_mb']:.1f} MB after round {len(rounds)} ({growth:+.1f} MB)"
    )
    if growth > MAX_GROWTH_MB:
        failures.append(f"memory grew {growth:.1f} MB from round 1 to round {len(rounds)}")
    if failures:
        print("FAILED:")
        for failure in failures:
            print(f"  {failure}")
        return 1
    print("ok: no errors, no leaked file descriptors or sockets, memory stable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
