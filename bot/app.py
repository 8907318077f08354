"""The Application: one place that wires settings, storage, services, handlers and jobs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults

import handlers
from bot import messages
from bot.delivery import DeliveryWorker
from bot.engine import EngineLimits, EnginePool
from bot.feeds import FeedPoller
from bot.leadership import Leadership
from bot.ordering import PerChatOrderedProcessor
from bot.pacing import SiftRateLimiter
from bot.sender import BulkSender
from bot.services import Services
from bot.settings import Settings
from handlers.summaries import answer_waiting_pastes
from storage import Storage, database_from_url
from storage.leadership import lease_for
from storage.pace import SendTickets
from summarizer.fetch import new_client

log = logging.getLogger(__name__)

DIGEST_JOB = "send-due-digests"
# Updates in progress at once. Waiting for a fetch or an engine worker is cheap, and those are
# bounded where they are spent (Services.fetches, EngineLimits.max_waiting), so this is high
# enough that a crowd of summaries never keeps a /start waiting for a slot.
CONCURRENT_UPDATES = 256
DIGEST_INTERVAL = 60.0
FEEDS_JOB = "poll-due-feeds"
FEEDS_INTERVAL = 60.0
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,  # only to say that edits are not read
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
]
# How every message is sent, interactive or bulk: HTML, no link previews.
DEFAULTS = Defaults(
    parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
)


def build_application(settings: Settings) -> Application:
    if not settings.token:
        raise ValueError("build_application needs a token")
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .defaults(DEFAULTS)
        .rate_limiter(SiftRateLimiter(settings.messages_per_second))
        .concurrent_updates(PerChatOrderedProcessor(CONCURRENT_UPDATES))
        .post_init(_start_services)
        .post_stop(_stop_background)
        .post_shutdown(_stop_services)
    )
    if settings.bot_api_base_url:
        base = settings.bot_api_base_url.rstrip("/")
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    application = builder.build()
    application.bot_data["settings"] = settings
    handlers.register(application)
    return application


async def _start_services(application: Application) -> None:
    settings: Settings = application.bot_data["settings"]
    db = await database_from_url(settings.database_url).open()
    engine = EnginePool(
        EngineLimits(
            workers=settings.engine_workers,
            deadline=settings.engine_deadline_seconds,
            memory_bytes=settings.engine_memory_mb * 1024 * 1024,
        )
    )
    services = Services(
        storage=Storage.over(db),
        settings=settings,
        http=new_client(),
        engine=await engine.start(),
    )
    application.bot_data["services"] = services
    await services.storage.subscriptions.index_unfiled()
    await application.bot.set_my_commands([BotCommand(n, d) for n, d in messages.COMMANDS])
    limiter = application.bot.rate_limiter
    assert isinstance(limiter, SiftRateLimiter)
    sender = BulkSender(
        settings.token or "", limiter, DEFAULTS, base_url=settings.bot_api_base_url
    )
    application.bot_data["bulk_sender"] = sender
    if db.dialect == "postgresql" and settings.messages_per_second:
        # Instances share one Telegram budget; one process alone is held by its own pacer.
        limiter.shared = SendTickets(db, max(2, int(settings.messages_per_second)))
    lease = lease_for(settings.database_url)
    services.worker = DeliveryWorker(
        services.storage,
        sender,
        services.render_outbox,
        may_claim=lease.still_held,
        prepare=services.prepare_outbox,
    )
    application.bot_data["background"] = []
    lease.on_signal(services.heard)
    services.leadership = Leadership(
        lease, on_gain=lambda: _lead(application), on_loss=lambda: _follow(application)
    )
    await services.leadership.start()
    job_queue = application.job_queue
    assert job_queue is not None, "install python-telegram-bot[job-queue]"
    job_queue.run_repeating(_digest_job, DIGEST_INTERVAL, first=5.0, name=DIGEST_JOB)
    job_queue.run_repeating(_feeds_job, FEEDS_INTERVAL, first=10.0, name=FEEDS_JOB)


async def _lead(application: Application) -> None:
    """This instance became the leader (at start, or taking over from one that died): send
    what the outbox holds, rows a dead leader left in flight included, and report progress."""
    services: Services = application.bot_data["services"]
    assert services.worker is not None
    services.worker.start()
    background: list[asyncio.Task[None]] = application.bot_data["background"]
    for broadcast in await services.storage.broadcasts.sending():
        log.info("reporting the progress of broadcast %s from this instance", broadcast.id)
        background.append(
            asyncio.create_task(services.report_progress(application.bot, broadcast.id))
        )


async def _follow(application: Application) -> None:
    """This instance no longer leads: stop sending (claimed rows stay in the outbox)."""
    services: Services = application.bot_data["services"]
    background: list[asyncio.Task[None]] = application.bot_data["background"]
    for task in background:
        task.cancel()
    background.clear()
    if services.worker is not None:
        await services.worker.stop()


async def _stop_background(application: Application) -> None:
    """Before the bot's connection closes: answer the pastes still waiting for parts (their
    jobs are gone with the job queue), give up leading (the outbox keeps its rows)."""
    try:
        await answer_waiting_pastes(application)
    finally:
        services: Services | None = application.bot_data.get("services")
        if services is not None and services.leadership is not None:
            await services.leadership.stop()
        sender: BulkSender | None = application.bot_data.get("bulk_sender")
        if sender is not None:
            await sender.close()


async def _stop_services(application: Application) -> None:
    services: Services | None = application.bot_data.get("services")
    if services is None:
        return
    if services.http is not None:
        await services.http.aclose()
    if services.engine is not None:
        await services.engine.close()
    await services.storage.db.close()


async def _digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    services: Services = context.bot_data["services"]
    if not services.is_leader:
        return
    await services.send_due_digests()
    await services.run_scheduled_digests()


async def _feeds_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    services: Services = context.bot_data["services"]
    if not services.is_leader:
        return
    await FeedPoller(services).poll_due()


def run(settings: Settings) -> None:
    """Long polling, or with WEBHOOK_URL set, a webhook: the mode is the operator's choice."""
    application = build_application(settings)
    if settings.webhook_url:
        host, port = settings.webhook_listen
        log.info("webhook mode: listening on %s:%s for %s", host, port, settings.webhook_url)
        application.run_webhook(**webhook_options(settings))
    else:
        application.run_polling(allowed_updates=ALLOWED_UPDATES)


def webhook_options(settings: Settings) -> dict[str, Any]:
    """ptb's own webhook server, for ``run_webhook`` and ``Updater.start_webhook``.

    Every instance behind a load balancer calls setWebhook with these same values at start,
    which Telegram treats as no change; pending updates are never dropped (they may be another
    instance's, or a restart's backlog), and stopping leaves the webhook set for the others.
    Requests without the secret header are refused with 403 by ptb before they are parsed.
    """
    assert settings.webhook_url and settings.webhook_secret, "webhook mode needs both"
    host, port = settings.webhook_listen
    return {
        "listen": host,
        "port": port,
        "url_path": urlsplit(settings.webhook_url).path or "/",
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret,
        "allowed_updates": ALLOWED_UPDATES,
    }


@contextlib.asynccontextmanager
async def running(settings: Settings, *, poll_timeout: int = 1) -> AsyncIterator[Application]:
    """Start the Application as ``run`` would (polling or webhook, from the settings), and stop
    it cleanly on exit.

    For the terminal chat and the end-to-end tests, which need the event loop themselves.
    """
    application = build_application(settings)
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    updater = application.updater
    assert updater is not None
    if settings.webhook_url:
        await updater.start_webhook(**webhook_options(settings))
    else:
        await updater.start_polling(
            poll_interval=0.0, timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES
        )
    await application.start()
    try:
        yield application
    finally:
        await updater.stop()
        await application.stop()
        assert application.post_stop is not None
        await application.post_stop(application)
        assert application.post_shutdown is not None
        await application.post_shutdown(application)
        await application.shutdown()
