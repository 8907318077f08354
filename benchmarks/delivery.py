"""Delivery at Telegram's limits, against the project's local Bot API server on 127.0.0.1.

Run: python -m benchmarks.delivery [--quick]
1. unthrottled: messages/second of Sift's own pipeline (outbox → worker → HTTP → recorded) and
   CPU per message, next to raw python-telegram-bot sends with no outbox (the ceiling);
2. at the default cap: the achieved rate over 60 s against a server that enforces 30/s, the
   number of 429s, the same run with a CPU-burning process on every core (a loaded machine:
   late timers, a lagging event loop, a server thread that waits for a core), and a run with
   injected 429s and 403s;
3. crash: kill -9 the worker at a random point of a 10,000-chat broadcast (once the server has
   seen between 10% and 60% of it, so that every kill lands mid-send), restart it, and count
   lost and duplicated deliveries against the rows that were in flight.
The server runs in its own process, so it does not share Sift's interpreter lock.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from benchmarks.common import ROOT, print_table
from bot.app import DEFAULTS
from bot.delivery import DeliveryWorker
from bot.local_api import LocalBotAPI
from bot.pacing import SiftRateLimiter
from bot.sender import BulkSender
from bot.services import Services
from bot.settings import Settings
from storage import SQLiteDatabase, Storage

CHATS = 10_000
FAST_BATCH = 64  # rows claimed at once in unthrottled runs (outcomes recorded every 32)
ADMIN = 1
TOKEN = "123456:BENCHMARK"


# -- the server, in its own process -------------------------------------------------------------


def _serve(conn: Connection, cap: float | None) -> None:
    api = LocalBotAPI(TOKEN, max_messages_per_second=cap).start()
    conn.send(api.port)
    while True:
        command, argument = conn.recv()
        if command == "users":
            for chat in argument:
                api.add_user(chat)
            conn.send(True)
        elif command == "counts":
            counts = Counter(message.chat_id for message in api.messages())
            conn.send((dict(counts), api.rejected_429))
        elif command == "sent":  # cheap enough to poll: no sorting, no copies of messages
            conn.send(len(api.calls("sendMessage")))
        elif command == "fail":
            api.fail_next("sendMessage", **argument)
            conn.send(True)
        elif command == "block":
            for chat in argument:
                api.block_silently(chat)
            conn.send(True)
        elif command == "stop":
            api.stop()
            conn.send(True)
            return


class Server:
    def __init__(self, cap: float | None) -> None:
        self._conn, child = multiprocessing.Pipe()
        self._process = multiprocessing.Process(target=_serve, args=(child, cap), daemon=True)
        self._process.start()
        self.port: int = self._conn.recv()

    def call(self, command: str, argument: Any = None) -> Any:
        self._conn.send((command, argument))
        return self._conn.recv()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.call("stop")
        self._process.join(5)


# -- helpers ------------------------------------------------------------------------------------


def make_bot(base_url: str, rate: float | None) -> ExtBot[Any]:
    request = HTTPXRequest(connection_pool_size=128, read_timeout=30, pool_timeout=30)
    return ExtBot(
        TOKEN,
        base_url=f"{base_url}/bot",
        request=request,
        rate_limiter=SiftRateLimiter(rate),
    )


async def prepared_database(path: Path, chats: int) -> None:
    async with SQLiteDatabase(path) as db:
        await Storage.over(db).users.seen_many([(c, f"user{c}") for c in range(1, chats + 1)])


async def start_broadcast(path: Path, text: str) -> tuple[int, float]:
    """The admin's "Send": every recipient row written in one INSERT … SELECT."""
    async with SQLiteDatabase(path) as db:
        storage = Storage.over(db)
        draft = await storage.broadcasts.create_draft(ADMIN, text)
        started = time.perf_counter()
        await storage.broadcasts.start(draft.id)
        return draft.id, time.perf_counter() - started


async def run_worker(
    path: Path,
    base_url: str,
    rate: float | None,
    *,
    until_empty: bool = True,
    seconds: float = 0,
    batch_size: int = 32,
) -> tuple[int, float, float]:
    """Drain the outbox (or run for ``seconds``): (sent, wall seconds, CPU seconds)."""
    sender = BulkSender(TOKEN, SiftRateLimiter(rate), DEFAULTS, base_url=base_url, pool_size=8)
    async with SQLiteDatabase(path) as db:
        storage = Storage.over(db)
        services = Services(storage, Settings())
        worker = DeliveryWorker(
            storage,
            sender,
            services.render_outbox,
            batch_size=batch_size,
            flush_every=batch_size // 2,
        )
        await storage.outbox.recover_in_flight()
        wall, cpu = time.perf_counter(), time.process_time()
        if until_empty:
            await worker.drain()
        else:
            worker.start()
            await asyncio.sleep(seconds)
            await worker.stop()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await sender.close()
    return worker.sent, wall, cpu


async def raw_sends(base_url: str, chats: int) -> tuple[int, float, float]:
    """The ceiling: the same sends with no outbox, no database, no pacing."""
    bot = make_bot(base_url, None)
    await bot.initialize()
    semaphore = asyncio.Semaphore(32)

    async def send(chat: int) -> None:
        async with semaphore:
            await bot.send_message(chat, "Raw hello")

    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(send(c) for c in range(1, chats + 1)))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await bot.shutdown()
    return chats, wall, cpu


# -- the three parts ----------------------------------------------------------------------------


def unthrottled(workdir: Path, chats: int) -> list[list[object]]:
    server = Server(cap=None)
    try:
        server.call("users", list(range(1, chats + 1)))
        raw = asyncio.run(raw_sends(server.base_url, chats))
        path = workdir / "unthrottled.db"
        asyncio.run(prepared_database(path, chats))
        _, enqueue = asyncio.run(start_broadcast(path, "Hello from Sift"))
        sent, wall, cpu = asyncio.run(
            run_worker(path, server.base_url, None, batch_size=FAST_BATCH)
        )
    finally:
        server.stop()
    return [
        ["raw ptb sends (no outbox)", raw[0], raw[0] / raw[1], 1e6 * raw[2] / raw[0], "-"],
        ["Sift outbox + worker", sent, sent / wall, 1e6 * cpu / sent, f"{enqueue * 1000:.0f} ms"],
    ]


def capped_broadcast(
    workdir: Path, chats: int, cap: float, *, seconds: float = 0, batch_size: int = 32
) -> tuple[int, float, int]:
    """A broadcast to ``chats`` users at MESSAGES_PER_SECOND=``cap`` against a server that
    enforces ``cap``, until done (or for ``seconds``): (sent, messages/s, 429s)."""
    server = Server(cap=cap)
    try:
        server.call("users", list(range(1, chats + 1)))
        path = workdir / f"capped-{cap:.0f}.db"
        asyncio.run(prepared_database(path, chats))
        asyncio.run(start_broadcast(path, f"Hello at {cap:.0f}/s"))
        sent, wall, _ = asyncio.run(
            run_worker(
                path,
                server.base_url,
                cap,
                until_empty=not seconds,
                seconds=seconds,
                batch_size=batch_size,
            )
        )
        _, rejected = server.call("counts")
    finally:
        server.stop()
    return sent, sent / wall, rejected


def through_faults(workdir: Path) -> list[object]:
    """300 chats at 30/s: 30 users have blocked the bot, and six sends get a 429."""
    server = Server(cap=30)
    try:
        faults = 300
        server.call("users", list(range(1, faults + 1)))
        blocked = list(range(1, faults + 1, 10))
        server.call("block", blocked)
        for chat in range(5, faults, 50):
            server.call("fail", {"chat_id": chat, "code": 429, "retry_after": 1})
        path = workdir / "faults.db"
        asyncio.run(prepared_database(path, faults))
        broadcast, _ = asyncio.run(start_broadcast(path, "Hello through faults"))
        sent, wall, _ = asyncio.run(run_worker(path, server.base_url, 30.0))
        counts, rejected = server.call("counts")
        progress = asyncio.run(_progress(path, broadcast))
    finally:
        server.stop()
    delivered = sum(1 for chat in range(1, faults + 1) if counts.get(chat) == 1)
    return [
        f"{faults} chats, {len(blocked)} blocked, 6×429",
        sent,
        sent / wall,
        rejected,
        f"{delivered} delivered once, {progress.get('blocked', 0)} marked blocked",
    ]


def _burn(seconds: float) -> None:
    """One core's worth of load, which ends by itself even if nobody stops it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        sum(range(1000))


def under_load(workdir: Path, chats: int, seconds: float) -> list[object]:
    """The 30/s run while a CPU-burning process runs on every core (bounded in time)."""
    cores = os.cpu_count() or 1
    burners = [
        multiprocessing.Process(target=_burn, args=(seconds + 15,), daemon=True)
        for _ in range(cores)
    ]
    for burner in burners:
        burner.start()
    try:
        result = capped_broadcast(workdir, chats, 30.0, seconds=seconds)
    finally:
        for burner in burners:
            burner.terminate()
            burner.join(5)
    return [f"{seconds:.0f} s at cap 30/s, {cores} cores burning", *result, "-"]


def at_the_cap(workdir: Path, chats: int, seconds: float) -> list[list[object]]:
    default = capped_broadcast(workdir, chats, 30.0, seconds=seconds)
    loaded = under_load(workdir, chats, seconds)
    paid = capped_broadcast(workdir, chats, 1000.0, batch_size=FAST_BATCH)
    return [
        [f"{seconds:.0f} s at cap 30/s", *default, "-"],
        loaded,
        through_faults(workdir),
        [f"{chats} chats at cap 1,000/s (paid)", *paid, "-"],
    ]


async def _progress(path: Path, broadcast: int) -> dict[str, int]:
    async with SQLiteDatabase(path) as db:
        return await Storage.over(db).broadcasts.progress(broadcast)


async def _in_flight(path: Path) -> int:
    async with SQLiteDatabase(path) as db:
        return (await Storage.over(db).outbox.counts()).get("sending", 0)


def crash(workdir: Path, chats: int, runs: int, rate: float) -> list[list[object]]:
    rows: list[list[object]] = []
    for run in range(1, runs + 1):
        server = Server(cap=None)
        try:
            server.call("users", list(range(1, chats + 1)))
            path = workdir / f"crash{run}.db"
            asyncio.run(prepared_database(path, chats))
            asyncio.run(start_broadcast(path, "Hello through a crash"))
            target = int(random.uniform(0.1, 0.6) * chats)
            spawned = time.perf_counter()
            worker = _spawn_worker(path, server.base_url, rate)
            seen = _wait_for_sends(server, worker, target)
            worker.send_signal(signal.SIGKILL)
            killed_after = time.perf_counter() - spawned
            worker.wait()
            in_flight = asyncio.run(_in_flight(path))
            before, _ = server.call("counts")
            restarted = _spawn_worker(path, server.base_url, rate)
            restarted.wait(timeout=600)
            counts, _ = server.call("counts")
        finally:
            server.stop()
        lost = sum(1 for chat in range(1, chats + 1) if counts.get(chat, 0) == 0)
        duplicated = sum(max(0, n - 1) for n in counts.values())
        rows.append(
            [
                run,
                f"{killed_after:.2f} s, {seen} seen",
                sum(before.values()),
                in_flight,
                lost,
                duplicated,
            ]
        )
    return rows


def _wait_for_sends(server: Server, worker: subprocess.Popen[bytes], target: int) -> int:
    """Poll the server until it has seen ``target`` sends, so the kill lands mid-broadcast
    however long the worker takes to start: the count it had seen when it said so."""
    deadline = time.monotonic() + 120
    while (seen := server.call("sent")) < target:
        if worker.poll() is not None:
            raise RuntimeError(f"the worker exited after {seen} sends, before the kill")
        if time.monotonic() > deadline:
            raise TimeoutError(f"the worker sent only {seen} of {target} in 120 s")
        time.sleep(0.005)
    return int(seen)


def _spawn_worker(path: Path, base_url: str, rate: float) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "benchmarks.delivery", "worker", str(path), base_url, str(rate)],
        env=env,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="smaller and shorter runs")
    args = parser.parse_args()
    if args.mode[:1] == ["worker"]:
        path, base_url, rate = args.mode[1], args.mode[2], float(args.mode[3])
        asyncio.run(run_worker(Path(path), base_url, rate, batch_size=FAST_BATCH))
        return
    chats = 2_000 if args.quick else CHATS
    seconds = 15.0 if args.quick else 60.0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        print(f"1. Unthrottled, {chats} chats (server in its own process)\n")
        print_table(
            ["pipeline", "messages", "messages/s", "CPU µs/message", "enqueue (INSERT…SELECT)"],
            unthrottled(workdir, chats),
        )
        print("\n2. At the cap the server enforces (30/s; 1,000/s for paid broadcasts)\n")
        print_table(
            ["run", "sent", "messages/s", "429s", "outcome"],
            at_the_cap(workdir, chats, seconds),
        )
        print(f"\n3. kill -9 during a {chats}-chat broadcast at 1,000/s, then restart\n")
        print_table(
            ["run", "killed after", "sent before kill", "in flight", "lost", "duplicated"],
            crash(workdir, chats, 3, 1000.0),
        )


if __name__ == "__main__":
    main()
