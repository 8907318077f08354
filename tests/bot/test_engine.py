"""The engine pool: real worker processes, real articles, real deadlines."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine import EngineBusy, EngineLimits, EnginePool, TooComplex
from summarizer import NotAnArticle

SEED = Path(__file__).parents[1] / "data" / "pow-claims-pasted.txt"


@pytest.fixture
async def pool() -> AsyncIterator[EnginePool]:
    engine = await EnginePool(EngineLimits(workers=2, deadline=10.0)).start()
    yield engine
    await engine.close()


async def test_a_pasted_article_is_summarized_in_a_worker(pool: EnginePool) -> None:
    summary = await pool.summarize_text(SEED.read_text())
    assert 3 <= len(summary.summary) <= 5
    assert any("Miroshnik" in (s.source or "") for s in summary.claims)


async def test_a_fetched_page_is_summarized_in_a_worker(pool: EnginePool) -> None:
    html = (Path(__file__).parents[1] / "data" / "pages" / "article.html").read_text()
    summary = await pool.summarize_page(html, url="https://example.com/a", is_html=True)
    assert summary.url == "https://example.com/a"
    assert summary.summary


async def test_engine_errors_arrive_typed_with_the_users_message(pool: EnginePool) -> None:
    with pytest.raises(NotAnArticle) as raised:
        await pool.summarize_text("Too short. Two sentences only.")
    assert raised.value.user_message == NotAnArticle.user_message


async def test_an_overrun_job_is_killed_and_the_next_job_still_runs() -> None:
    engine = await EnginePool(EngineLimits(workers=1, deadline=0.02)).start()
    try:
        first_pid = next(iter(engine._all)).process.pid
        with pytest.raises(TooComplex):
            await engine.summarize_text(SEED.read_text() * 20)
        assert engine.killed == 1
        engine.limits = EngineLimits(workers=1, deadline=10.0)
        summary = await engine.summarize_text(SEED.read_text())
        assert summary.summary
        assert next(iter(engine._all)).process.pid != first_pid
    finally:
        await engine.close()


async def test_a_worker_that_died_while_idle_is_replaced_without_failing_a_job(
    pool: EnginePool,
) -> None:
    for worker in list(pool._all):
        assert worker.process.pid is not None
        os.kill(worker.process.pid, signal.SIGKILL)
        await worker.wait()
    summary = await pool.summarize_text(SEED.read_text())
    assert summary.summary


async def test_the_event_loop_keeps_ticking_while_workers_summarize(pool: EnginePool) -> None:
    """The engine's CPU time is spent in other processes, so the loop's lag stays small."""
    lags: list[float] = []

    async def ticker() -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append(time.perf_counter() - before - 0.01)

    task = asyncio.create_task(ticker())
    article = SEED.read_text() * 6
    await asyncio.gather(*(pool.summarize_text(article) for _ in range(6)))
    task.cancel()
    assert lags and max(lags) < 0.5


async def test_when_too_many_jobs_wait_the_next_one_is_told_sift_is_busy() -> None:
    engine = await EnginePool(EngineLimits(workers=1, deadline=30.0, max_waiting=1)).start()
    try:
        article = SEED.read_text()
        running = asyncio.create_task(engine.summarize_text(article * 20))
        waiting = asyncio.create_task(engine.summarize_text(article))
        for _ in range(3):  # both start: one takes the worker, the other waits for it
            await asyncio.sleep(0)
        assert engine._waiting == 1
        with pytest.raises(EngineBusy) as raised:
            await engine.summarize_text(article)
        assert "try again in a minute" in raised.value.user_message
        assert (await running).summary and (await waiting).summary
    finally:
        await engine.close()


def _descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


async def _settled_descriptors(expected: int) -> int:
    """Killed workers are reaped in the background: wait (bounded) until they are."""
    for _ in range(100):
        if _descriptors() <= expected:
            break
        await asyncio.sleep(0.05)
    return _descriptors()


async def test_closing_pools_mid_replacement_or_mid_start_leaves_nothing_behind() -> None:
    await (await EnginePool(EngineLimits(workers=1)).start()).close()  # the fork server runs
    await asyncio.sleep(0.2)
    before = _descriptors()
    for _ in range(5):
        engine = await EnginePool(EngineLimits(workers=1, deadline=0.001)).start()
        with pytest.raises(TooComplex):
            await engine.summarize_text(SEED.read_text() * 20)
        await engine.close()  # while the killed worker's replacement starts
    for _ in range(5):
        starting = asyncio.create_task(EnginePool(EngineLimits(workers=2)).start())
        await asyncio.sleep(0.005)
        starting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await starting
    assert await _settled_descriptors(before) <= before
    assert not multiprocessing.active_children()


async def test_a_job_running_when_the_pool_closes_still_gets_its_answer() -> None:
    engine = await EnginePool(EngineLimits(workers=1, deadline=30.0)).start()
    job = asyncio.create_task(engine.summarize_text(SEED.read_text() * 10))
    while not engine.busy:
        await asyncio.sleep(0.005)
    await asyncio.sleep(0.01)  # the job has been written to the worker
    await engine.close()
    summary = await job
    assert summary.summary
