"""The engine in worker processes, each job under a hard deadline.

Summarizing is CPU-bound Python. In the bot's own process (even in a thread) it holds the GIL,
so one stranger's pathological paste would make every other user wait; and a thread cannot be
stopped. Here each job runs in a worker process of its own: the event loop only waits on a
socket, all cores are used, and a job that overruns its deadline is killed with its process,
which is replaced, while the user is told the article is too complex. Workers are forked from
a fork server that loaded the engine once (``bot.engine_preload``), so nobody pays the engine's
import time, neither at start nor when a killed worker is replaced. As with any
``multiprocessing`` start method but fork, a script that starts a pool must keep its work under
``if __name__ == "__main__":`` (``python -m bot`` and the benchmarks do).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import multiprocessing
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import summarizer.errors as engine_errors
from bot import engine_worker, messages
from bot.engine_worker import HEADER, frame
from summarizer import SummarizerError, Summary

log = logging.getLogger(__name__)

_READY_TIMEOUT = 60.0
_EXIT_TIMEOUT = 2.0
_REAP_TIMEOUT = 30.0
# One fork server per bot process, started with the first worker; it imports the engine once.
_FORK_SERVER = multiprocessing.get_context("forkserver")
_FORK_SERVER.set_forkserver_preload(["bot.engine_preload"])


class TooComplex(SummarizerError):
    """A job overran its deadline (or crashed its worker): the article is beyond what Sift
    summarizes in time, whatever the reason, and the user can still paste a shorter part."""

    user_message = messages.TOO_COMPLEX


class EngineUnavailable(SummarizerError):
    user_message = messages.SOMETHING_WENT_WRONG


class EngineBusy(SummarizerError):
    """More jobs are waiting than the workers can start soon: saying so at once is kinder than
    an answer a minute late, and the waiting texts do not pile up in memory."""

    user_message = messages.ENGINE_BUSY


@dataclass(frozen=True, slots=True)
class EngineLimits:
    workers: int = 2
    deadline: float = 5.0
    memory_bytes: int = 768 * 1024 * 1024
    max_waiting: int = 64


class _Worker:
    """One process and its socket; used by one job at a time."""

    def __init__(
        self,
        process: multiprocessing.process.BaseProcess,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        self.process = process
        self._reader = reader
        self._writer = writer

    @classmethod
    async def start(cls, limits: EngineLimits) -> _Worker:
        ours, theirs = socket.socketpair()
        process = _FORK_SERVER.Process(
            target=engine_worker.serve, args=(theirs, limits.memory_bytes), daemon=True
        )
        # the first start waits for the fork server to load the engine: off the loop, and
        # shielded, so that a cancelled start still ends the process it may have started
        starting = asyncio.ensure_future(asyncio.to_thread(process.start))
        try:
            async with asyncio.timeout(_READY_TIMEOUT):
                await asyncio.shield(starting)
        except BaseException:
            starting.add_done_callback(lambda _: _end_in_background(process, ours, theirs))
            raise
        theirs.close()
        try:
            reader, writer = await asyncio.open_unix_connection(sock=ours, limit=2**26)
        except BaseException:
            _end_in_background(process, ours)
            raise
        worker = cls(process, reader, writer)
        try:
            async with asyncio.timeout(_READY_TIMEOUT):
                await worker.receive()
        except BaseException:
            worker.discard()
            raise
        return worker

    @property
    def alive(self) -> bool:
        try:
            return self.process.exitcode is None
        except ValueError:  # released after it was discarded
            return False

    async def send(self, message: dict[str, Any]) -> None:
        self._writer.write(frame(message))
        await self._writer.drain()

    async def receive(self) -> dict[str, Any]:
        (size,) = HEADER.unpack(await self._reader.readexactly(HEADER.size))
        answer: dict[str, Any] = json.loads(await self._reader.readexactly(size))
        return answer

    async def wait(self, timeout: float | None = None) -> None:
        """Until the process has exited (or ``timeout`` seconds), without blocking the loop."""
        await asyncio.to_thread(self.process.join, timeout)

    async def close(self) -> None:
        """The end of the jobs ends the worker's loop once it has answered the job it may be
        running (the answer can still be read); a worker that does not go is killed."""
        with contextlib.suppress(OSError, RuntimeError):
            self._writer.write_eof()
        try:
            await self.wait(_EXIT_TIMEOUT)
        finally:
            self.discard()

    def discard(self) -> None:
        """Kill the process at once; it is reaped and released in the background, so that
        neither a cancelled caller nor a closing pool leaves its pipes open."""
        self._writer.close()
        _end_in_background(self.process)


def _end_in_background(
    process: multiprocessing.process.BaseProcess, *sockets: socket.socket
) -> None:
    for channel in sockets:
        channel.close()
    threading.Thread(target=_end, args=(process,), name="engine-reaper", daemon=True).start()


def _end(process: multiprocessing.process.BaseProcess) -> None:
    """Kill, reap and release a worker process (blocking: run in a thread). A process that
    never started, or that was released already, has nothing to end."""
    with contextlib.suppress(ValueError, AttributeError, AssertionError):
        process.kill()
        process.join(_REAP_TIMEOUT)
        process.close()


class EnginePool:
    """``await pool.summarize_text(text)`` runs the engine in a worker, within the deadline.

    Jobs wait for a free worker in arrival order; each job holds one worker, so no user can
    hold more than the jobs they have in flight (one, with per-chat ordering).
    """

    def __init__(self, limits: EngineLimits | None = None) -> None:
        self.limits = limits or EngineLimits()
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._spawning: set[asyncio.Task[None]] = set()
        self._closed = False
        self._waiting = 0
        self.killed = 0

    async def start(self) -> EnginePool:
        await asyncio.gather(*(self._spawn() for _ in range(self.limits.workers)))
        return self

    async def close(self) -> None:
        self._closed = True
        for task in self._spawning:
            task.cancel()
        # (a cancelled start still ends the process it started: see _Worker.start)
        await asyncio.gather(*self._spawning, return_exceptions=True)
        await asyncio.gather(*(w.close() for w in self._all), return_exceptions=True)
        self._all.clear()

    async def summarize_text(self, text: str, *, max_sentences: int | None = None) -> Summary:
        return await self._run({"op": "text", "text": text, "max_sentences": max_sentences})

    async def summarize_page(
        self, text: str, *, url: str, is_html: bool, max_sentences: int | None = None
    ) -> Summary:
        return await self._run(
            {
                "op": "page",
                "text": text,
                "url": url,
                "is_html": is_html,
                "max_sentences": max_sentences,
            }
        )

    @property
    def busy(self) -> int:
        return len(self._all) - self._idle.qsize()

    async def _run(self, job: dict[str, Any]) -> Summary:
        if self._closed:
            raise EngineUnavailable("the engine pool is closed")
        if self._idle.empty() and self._waiting >= self.limits.max_waiting:
            raise EngineBusy(f"{self._waiting} jobs already waiting for a worker")
        self._waiting += 1
        try:
            worker = await self._idle.get()
            while not worker.alive:  # died while idle: not this job's fault
                self._replace(worker)
                worker = await self._idle.get()
        finally:
            self._waiting -= 1
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.limits.deadline):
                await worker.send(job)
                answer = await worker.receive()
        except TimeoutError:
            self._replace(worker)
            raise TooComplex(
                f"job overran the {self.limits.deadline} s deadline; worker killed"
            ) from None
        except (asyncio.IncompleteReadError, ConnectionError, OSError) as error:
            self._replace(worker)
            raise TooComplex(f"the worker died during the job: {error!r}") from None
        except BaseException:
            # Cancelled while the worker was busy: its answer would reach the next job.
            self._replace(worker)
            raise
        self._idle.put_nowait(worker)
        log.debug("engine job took %.0f ms", (time.monotonic() - started) * 1000)
        return _result(answer)

    def _replace(self, worker: _Worker) -> None:
        """Kill the worker and start another in the background: the caller does not wait."""
        self.killed += 1
        self._all.discard(worker)
        worker.discard()  # now, not in the task: a pool closing may cancel that before it runs
        if self._closed:
            return
        task = asyncio.create_task(self._spawn())
        self._spawning.add(task)
        task.add_done_callback(self._spawning.discard)

    async def _spawn(self) -> None:
        while True:
            try:
                worker = await _Worker.start(self.limits)
                break
            except Exception:
                log.exception("could not start an engine worker; retrying in 1 s")
                await asyncio.sleep(1.0)
                if self._closed:
                    return
        if self._closed:
            await worker.close()
            return
        self._all.add(worker)
        self._idle.put_nowait(worker)


def _error_types() -> Iterator[type[SummarizerError]]:
    for value in vars(engine_errors).values():
        if isinstance(value, type) and issubclass(value, SummarizerError):
            yield value


_ERRORS = {cls.__name__: cls for cls in _error_types()}


def _result(answer: dict[str, Any]) -> Summary:
    if "summary" in answer:
        return Summary.from_dict(answer["summary"])
    error_type = _ERRORS.get(str(answer.get("error")), SummarizerError)
    raise error_type(str(answer.get("detail", "")), user_message=answer.get("user_message"))
