"""One engine worker process: jobs in and results out on a socket, one at a time.

Started by ``bot.engine.EnginePool``, forked from a fork server that imported and warmed up the
engine once (``bot.engine_preload``), so a new worker is ready in milliseconds rather than the
second and a half an import takes: a worker killed for an overrun job is replaced at once, and
its memory pages are shared with the fork server until written. The engine is CPU-bound
Python, so in the bot's own process it would hold the GIL and every other user would wait; a
process of its own can use another core and can be killed when a job overruns its deadline.
Messages are length-prefixed JSON (never pickle: the bytes come from text strangers sent).

BLAS threads are pinned to one before numpy loads: the pool already uses one process per core,
and LexRank's small matrices only lose time to thread start-up.
"""

from __future__ import annotations

import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import contextlib  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import socket  # noqa: E402
import struct  # noqa: E402
from typing import Any, BinaryIO  # noqa: E402

from summarizer import (  # noqa: E402
    SummarizerError,
    TooLarge,
    summarize_page,
    summarize_text,
)

HEADER = struct.Struct(">I")
WORKER_NICENESS = 10
# A job that runs every stage of the engine once, so that a process that ran it is warm.
WARM_UP_JOB: dict[str, Any] = {
    "op": "text",
    "text": " ".join(
        ["Officials said the warm-up text is long enough to be an article for the engine."] * 8
    ),
}


def read_message(stream: BinaryIO) -> dict[str, Any] | None:
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    body = stream.read(size)
    if len(body) < size:
        return None
    message: dict[str, Any] = json.loads(body)
    return message


def frame(message: dict[str, Any]) -> bytes:
    """One message as it travels the pipe, either way: its length, then its JSON."""
    body = json.dumps(message, ensure_ascii=False).encode()
    return HEADER.pack(len(body)) + body


def write_message(stream: BinaryIO, message: dict[str, Any]) -> None:
    stream.write(frame(message))
    stream.flush()


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    """Every outcome is an answer: a summary, or the error a user should read."""
    try:
        if job["op"] == "text":
            summary = summarize_text(job["text"], max_sentences=job.get("max_sentences"))
        else:
            summary = summarize_page(
                job["text"],
                url=job["url"],
                is_html=bool(job["is_html"]),
                max_sentences=job.get("max_sentences"),
            )
    except SummarizerError as error:
        return _error(error)
    except MemoryError:
        return _error(TooLarge("the engine ran out of its memory allowance"))
    return {"summary": summary.to_dict()}


def _error(error: SummarizerError) -> dict[str, Any]:
    return {
        "error": type(error).__name__,
        "detail": str(error),
        "user_message": error.user_message,
    }


def _limit_memory(limit: int) -> None:
    """An address-space cap turns a runaway allocation into MemoryError instead of swapping
    the machine (the deadline alone would let a job grab gigabytes within seconds)."""
    if limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def serve(channel: socket.socket, memory_bytes: int) -> None:
    """The worker's life: say it is ready, then answer each job until the pool closes the
    channel (or kills the process)."""
    # Below the bot's own priority: when the cores are busy summarizing, the event loop that
    # answers everyone else still gets the CPU first.
    os.nice(WORKER_NICENESS)
    _limit_memory(memory_bytes)
    # a pool that closed, or gave up on a job, has closed its end: nothing is left to answer
    with (
        contextlib.suppress(BrokenPipeError, ConnectionResetError),
        channel,
        channel.makefile("rb") as jobs,
        channel.makefile("wb") as results,
    ):
        write_message(results, {"ready": True})
        while (job := read_message(jobs)) is not None:
            write_message(results, run_job(job))
