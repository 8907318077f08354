"""The engine in worker processes, each job under a hard deadline.

Summarizing is CPU-bound Python. In the bot's own process (even in a thread) it holds the GIL,
so one stranger's pathological paste would make every other user wait; and a thread cannot be
stopped. Here each job runs in a worker process of its own: the event loop only waits on a
pipe, all cores are used, and a job that overruns its deadline is killed with its process,
which is replaced, while the user is told the article is too complex. Workers are started
ahead of need so nobody pays the engine's import time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import summarizer.errors as engine_errors
from bot import messages
from bot.engine_worker import HEADER, MEMORY_LIMIT_ENV, frame
from summarizer import SummarizerError, Summary

log = logging.getLogger(__name__)

_READY_TIMEOUT = 60.0
_WARM_UP_TEXT = " ".join(
    ["Officials said the warm-up text is long enough to be an article for the engine."] * 8
)


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
    """One process and its pipes; used by one job at a time."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls, limits: EngineLimits) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.engine_worker",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env=_worker_env(limits),
            limit=2**26,
        )
        worker = cls(process)
        async with asyncio.timeout(_READY_TIMEOUT):
            await worker.receive()
        return worker

    async def send(self, message: dict[str, Any]) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(frame(message))
        await stdin.drain()

    async def receive(self) -> dict[str, Any]:
        stdout = self.process.stdout
        assert stdout is not None
        (size,) = HEADER.unpack(await stdout.readexactly(HEADER.size))
        answer: dict[str, Any] = json.loads(await stdout.readexactly(size))
        return answer

    async def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()
        with contextlib.suppress(Exception):
            await self.process.wait()

    async def close(self) -> None:
        """Closing stdin ends the worker's loop; a worker that does not go is killed."""
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            async with asyncio.timeout(2.0):
                await self.process.wait()
        except TimeoutError:
            await self.kill()


def _worker_env(limits: EngineLimits) -> dict[str, str]:
    return {**os.environ, MEMORY_LIMIT_ENV: str(limits.memory_bytes)}


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
            while worker.process.returncode is not None:  # died while idle: not this job's fault
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

        async def replace() -> None:
            await worker.kill()
            if not self._closed:
                await self._spawn()

        task = asyncio.create_task(replace())
        self._spawning.add(task)
        task.add_done_callback(self._spawning.discard)

    async def _spawn(self) -> None:
        while True:
            try:
                worker = await _Worker.start(self.limits)
                await worker.send({"op": "text", "text": _WARM_UP_TEXT})
                await worker.receive()
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
