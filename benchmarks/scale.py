"""Several bot instances on one PostgreSQL: summary throughput, and a broadcast that survives
the leader's death.

Run: python -m benchmarks.scale [--instances 1 2 3] [--pastes 200] [--users 10000]

Every instance is the real ``python -m bot`` process in webhook mode; the local Bot API server
spreads updates over them round-robin, as a load balancer would, and in the broadcast
enforces Telegram's 30 messages a second (429 beyond). Each instance is pinned to one core
(``taskset``) with one engine worker, so "n instances" means n machines' worth of CPU: on this
2-core machine the third instance shares a core. The baseline in the same run is today's
default: one process, SQLite, long polling, an engine worker per core and no pinning.

1. Burst: 200 users paste 200 different texts of ~1,500 words (runs of consecutive CNN/DM
   articles) at the same moment; summaries per second and each user's wait for the summary
   (p50 / p95). Past 64 waiting jobs an instance tells a user it is busy; told so, a user pastes
   again 2 s later, so every user ends with a summary and "told busy" counts the refusals.
   Every answer is a message, so at Telegram's free 30 a second every set-up answers at that
   cap, ~28 a second, whatever its CPU; the burst therefore runs at the paid tier's cap
   (``--burst-cap``, 1000), where CPU is what limits.
2. Broadcast: 2 instances, ``--users`` recipients, an admin's /broadcast; when half is sent,
   the leader is killed (SIGKILL). Sends per second, 429s, the gap before the new leader sends
   (takeover), recipients who got nothing (lost) or more than one copy (duplicated); meanwhile
   a new user's /start every two seconds, answered by either instance under the same budget.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import asyncpg

from benchmarks.common import ROOT, SHARED, print_table
from bot import messages
from bot.local_api import LocalBotAPI, SentMessage
from storage import Storage, database_from_url
from storage.leadership import LEASE_APPLICATION
from tests.postgres import Cluster, find_bindir

ARTICLES = SHARED / "summarization" / "cnndm-test-subset.jsonl"
SECRET = "scale-benchmark"
ADMIN = 1
FIRST_PASTER = 100_000
FIRST_RECIPIENT = 1_000_000
FIRST_PROBE = 5_000_000
MARKER = "Scale benchmark broadcast"
RETRY_AFTER = 2.0  # a user told "busy" pastes again this much later
PROBE_EVERY = 2.0  # a new user's /start, answered from the same budget as the broadcast


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _articles(count: int, words: int) -> list[str]:
    """``count`` distinct pastes of about ``words`` words: paste i is the real articles from
    the i-th on, as many as make up the words (a paste's cost is its CPU, and long pastes are
    where several instances pay off; no two pastes are the same text, so none is cached)."""
    with ARTICLES.open(encoding="utf-8") as lines:
        rows = [json.loads(line)["article"] for line in lines if line.strip()]
    texts: list[str] = []
    for first in range(len(rows)):
        parts: list[str] = []
        for article in rows[first:]:
            parts.append(article)
            if sum(len(part.split()) for part in parts) >= words:
                texts.append("\n\n".join(parts))
                break
        if len(texts) == count:
            return texts
    raise SystemExit(f"only {len(texts)} pastes of {words} words, asked for {count}")


def _start(
    api: LocalBotAPI, workdir: Path, env: dict[str, str], cpu: int | None
) -> subprocess.Popen[bytes]:
    base = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": api.token,
        "BOT_API_BASE_URL": f"http://127.0.0.1:{api.port}",
        "ADMIN_IDS": str(ADMIN),
        "LOG_LEVEL": "WARNING",
        **env,
    }
    command = [sys.executable, "-m", "bot"]
    if cpu is not None:
        command = ["taskset", "-c", str(cpu), *command]
    workdir.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(command, cwd=workdir, env=base)


def _instance_env(database_url: str, port: int, **extra: str) -> dict[str, str]:
    return {
        **extra,
        "DATABASE_URL": database_url,
        "WEBHOOK_URL": f"http://127.0.0.1:{port}/sift",
        "WEBHOOK_LISTEN": f"127.0.0.1:{port}",
        "WEBHOOK_SECRET": SECRET,
        "ENGINE_WORKERS": "1",
    }


@contextlib.contextmanager
def _instances(
    api: LocalBotAPI, database_url: str, ports: list[int], workdir: Path, **extra: str
) -> Iterator[list[subprocess.Popen[bytes]]]:
    cpus = os.cpu_count() or 1
    started = [
        _start(api, workdir / f"i{n}", _instance_env(database_url, port, **extra), n % cpus)
        for n, port in enumerate(ports)
    ]
    try:
        _wait_ready(api, len(started))
        yield started
    finally:
        for instance in started:
            if instance.poll() is None:
                instance.send_signal(signal.SIGINT)
        for instance in started:
            try:
                instance.wait(timeout=30)
            except subprocess.TimeoutExpired:
                instance.kill()


def _wait_ready(api: LocalBotAPI, count: int) -> None:
    """Each instance has answered a /start (round-robin reaches every one of them)."""
    for n in range(count * 2):
        user = 900 + n
        api.send_text(user, "/start")
        api.wait_for_messages(user, 1, timeout=120)


def _summarized(
    api: LocalBotAPI, texts: dict[int, str], sent_at: float
) -> tuple[dict[int, float], int]:
    """Each user's wait for a summary, and how many times users were told to try again.

    Users behave as people do: told that Sift is busy (an instance's engine queue is full) or
    that they send too much, they paste the same text again ``RETRY_AFTER`` seconds later.
    """
    deadline = time.monotonic() + 600
    seen = dict.fromkeys(texts, 0)
    retry_at: dict[int, float] = {}
    waits: dict[int, float] = {}
    refusals = 0
    while len(waits) < len(texts):
        if time.monotonic() > deadline:
            raise SystemExit(f"only {len(waits)} of {len(texts)} pastes summarized in 10 minutes")
        by_chat: dict[int, list[SentMessage]] = defaultdict(list)
        for message in api.messages():  # one pass: the server's lock is held while it copies
            if message.chat_id in seen:
                by_chat[message.chat_id].append(message)
        for user, got in by_chat.items():
            for message in got[seen[user] :]:
                if message.text in (messages.ENGINE_BUSY, messages.RATE_LIMITED):
                    refusals += 1
                    retry_at[user] = time.monotonic() + RETRY_AFTER
                elif user not in waits:
                    waits[user] = message.sent_at - sent_at
            seen[user] = len(got)
        now = time.monotonic()
        for user, due in list(retry_at.items()):
            if due <= now:
                del retry_at[user]
                if user not in waits:
                    api.send_text(user, texts[user])
        time.sleep(0.1)
    return waits, refusals


def _burst(api: LocalBotAPI, texts: list[str], first_user: int) -> list[object]:
    by_user = {first_user + n: text for n, text in enumerate(texts)}
    sent_at = time.monotonic()
    for user, text in by_user.items():
        api.send_text(user, text)
    got, refusals = _summarized(api, by_user, sent_at)
    waits = list(got.values())
    quantiles = statistics.quantiles(waits, n=20)
    return [
        f"{len(texts) / max(waits):.1f}",
        f"{statistics.median(waits):.1f}",
        f"{quantiles[18]:.1f}",
        refusals,
    ]


def burst_rows(
    cluster: Cluster, counts: list[int], texts: list[str], workdir: Path, cap: int
) -> list[list[object]]:
    # Each set-up starts with an empty database, so the same texts are new to each.
    rows: list[list[object]] = []
    with LocalBotAPI() as api:
        database = workdir / "baseline" / "sift.db"
        process = _start(
            api,
            workdir / "baseline",
            {"DATABASE_PATH": str(database), "MESSAGES_PER_SECOND": str(cap)},
            None,
        )
        try:
            _wait_ready(api, 1)
            rows.append(
                [
                    "1 process, SQLite, polling, a worker per core (before)",
                    "all",
                    *_burst(api, texts, FIRST_PASTER),
                ]
            )
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=30)
    base: float | None = None
    for count in counts:
        url = cluster.new_database()
        ports = [_free_port() for _ in range(count)]
        targets = [f"http://127.0.0.1:{port}/sift" for port in ports]
        with (
            LocalBotAPI(webhook_targets=targets) as api,
            _instances(api, url, ports, workdir / f"burst{count}", MESSAGES_PER_SECOND=str(cap)),
        ):
            figures = _burst(api, texts, FIRST_PASTER + 10_000 * count)
        per_second = float(str(figures[0]))
        base = base or per_second
        cores = min(count, os.cpu_count() or 1)
        rows.append(
            [
                f"{count} instance{'s' * (count > 1)}, PostgreSQL, webhook",
                f"{cores}",
                *figures[:1],
                f"{per_second / base:.2f}×",
                *figures[1:],
            ]
        )
    rows[0].insert(3, "")
    return rows


async def _add_recipients(url: str, users: int) -> None:
    async with database_from_url(url) as db:
        await Storage.over(db).users.seen_many(
            [(FIRST_RECIPIENT + n, f"R{n}") for n in range(users)]
        )


async def _leader_pid(url: str) -> int | None:
    connection = await asyncpg.connect(url)
    try:
        name = await connection.fetchval(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE $1",
            f"{LEASE_APPLICATION}%",
        )
    finally:
        await connection.close()
    return int(str(name).removeprefix(LEASE_APPLICATION)) if name else None


def _broadcast_messages(api: LocalBotAPI, users: int) -> list[list[SentMessage]]:
    """Each recipient's copies, from one pass over the server's messages (asking chat by chat
    would hold the server's lock for seconds at 10,000 chats, and slow the bot it measures)."""
    got: dict[int, list[SentMessage]] = defaultdict(list)
    for message in api.messages():
        if message.chat_id >= FIRST_RECIPIENT and MARKER in message.text:
            got[message.chat_id].append(message)
    return [got.get(FIRST_RECIPIENT + n, []) for n in range(users)]


def broadcast_row(cluster: Cluster, users: int, workdir: Path) -> tuple[list[object], list[str]]:
    url = cluster.new_database()
    asyncio.run(_add_recipients(url, users))
    ports = [_free_port() for _ in range(2)]
    targets = [f"http://127.0.0.1:{port}/sift" for port in ports]
    notes: list[str] = []
    with LocalBotAPI(webhook_targets=targets, max_messages_per_second=30) as api:
        for n in range(users):
            api.add_user(FIRST_RECIPIENT + n)
        with _instances(api, url, ports, workdir / "broadcast") as running:
            api.send_text(ADMIN, f"/broadcast {MARKER}")
            preview = api.wait_for_messages(ADMIN, 1, timeout=60)[-1]
            send = next(data for label, data in preview.buttons if "Send" in label)
            api.press(ADMIN, preview.message_id, send)
            probes: list[float] = []
            probe = FIRST_PROBE
            killed_at: float | None = None
            last_count, quiet_since = -1, time.monotonic()
            while True:
                count = api.message_count()  # cheap: the recipients served, give or take a few
                if killed_at is None and count >= users // 2:
                    pid = asyncio.run(_leader_pid(url))
                    victim = next(i for i in running if i.pid == pid)
                    victim.send_signal(signal.SIGKILL)
                    killed_at = time.monotonic()
                    notes.append(f"killed the leader (pid {pid}) after {count} messages")
                done = count >= users and all(_broadcast_messages(api, users))
                if done or time.monotonic() - quiet_since > 30:
                    break
                if count != last_count:
                    last_count, quiet_since = count, time.monotonic()
                asked = time.monotonic()
                api.send_text(probe, "/start")
                with contextlib.suppress(TimeoutError):
                    api.wait_for_messages(probe, 1, timeout=10)
                    probes.append(time.monotonic() - asked)
                probe += 1
                time.sleep(max(0.0, PROBE_EVERY - (time.monotonic() - asked)))
        got = _broadcast_messages(api, users)
        rejected = api.rejected_429
    times = sorted(m.sent_at for messages in got for m in messages)
    lost = sum(1 for messages in got if not messages)
    duplicated = sum(len(messages) - 1 for messages in got if len(messages) > 1)
    takeover = (
        min((t for t in times if t > killed_at), default=float("nan")) - killed_at
        if killed_at is not None
        else float("nan")
    )
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    quantiles = statistics.quantiles(probes, n=20) if len(probes) > 1 else [float("nan")] * 19
    row: list[object] = [
        users,
        f"{rate:.1f}",
        rejected,
        f"{takeover:.1f}",
        lost,
        duplicated,
        f"{statistics.median(probes):.2f} / {quantiles[18]:.2f}" if probes else "-",
    ]
    return row, notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--instances", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--pastes", type=int, default=200)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=1500, help="words per paste in the burst")
    parser.add_argument("--skip-burst", action="store_true")
    parser.add_argument(
        "--burst-cap",
        type=int,
        default=1000,
        help="MESSAGES_PER_SECOND in the burst (1000: paid broadcasts; at 30 every set-up "
        "answers at Telegram's cap, ~28 a second, whatever its CPU)",
    )
    parser.add_argument("--skip-broadcast", action="store_true")
    args = parser.parse_args()
    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("no PostgreSQL binaries found (apt-get install postgresql)")
    with tempfile.TemporaryDirectory(prefix="sift-scale-") as folder:
        workdir = Path(folder)
        cluster = Cluster(bindir).start()
        try:
            if not args.skip_burst:
                print(
                    f"Burst: {args.pastes} users paste ~{args.words} words each, at once "
                    f"(MESSAGES_PER_SECOND={args.burst_cap})"
                )
                print_table(
                    [
                        "set-up",
                        "cores",
                        "summaries/s",
                        "vs 1 instance",
                        "p50 wait s",
                        "p95 wait s",
                        "told busy",
                    ],
                    burst_rows(
                        cluster,
                        args.instances,
                        _articles(args.pastes, args.words),
                        workdir,
                        args.burst_cap,
                    ),
                )
            if not args.skip_broadcast:
                print(f"\nBroadcast to {args.users} users, 2 instances, leader killed halfway")
                row, notes = broadcast_row(cluster, args.users, workdir)
                print_table(
                    ["users", "sent/s", "429s", "takeover s", "lost", "duplicated",
                     "/start p50 / p95 s"],
                    [row],
                )  # fmt: skip
                for note in notes:
                    print(f"  {note}")
        finally:
            cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
