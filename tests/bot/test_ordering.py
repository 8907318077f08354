from __future__ import annotations

import asyncio

from telegram import CallbackQuery, Chat, Message, Update, User

from bot.ordering import PerChatOrderedProcessor


def _update(update_id: int, chat_id: int, text: str = "x") -> Update:
    chat = Chat(chat_id, "private")
    return Update(update_id, message=Message(update_id, date=None, chat=chat, text=text))  # type: ignore[arg-type]


def _press(update_id: int, chat_id: int, data: str) -> Update:
    chat = Chat(chat_id, "private")
    message = Message(update_id, date=None, chat=chat, text="preview")  # type: ignore[arg-type]
    user = User(chat_id, "Admin", is_bot=False)
    query = CallbackQuery(str(update_id), user, "chat", message=message, data=data)
    return Update(update_id, callback_query=query)


async def test_one_chat_in_order_other_chats_alongside() -> None:
    processor = PerChatOrderedProcessor(8)
    events: list[str] = []

    async def work(name: str, delay: float) -> None:
        events.append(f"start {name}")
        await asyncio.sleep(delay)
        events.append(f"end {name}")

    await asyncio.gather(
        processor.process_update(_update(1, 10), work("a1", 0.05)),
        processor.process_update(_update(2, 10), work("a2", 0.0)),
        processor.process_update(_update(3, 20), work("b1", 0.0)),
    )
    assert events.index("end a1") < events.index("start a2")  # same chat: in order
    assert events.index("end b1") < events.index("end a1")  # other chat: did not wait
    assert processor._locks == {}  # idle chats are forgotten


async def test_a_chat_with_a_backlog_does_not_hold_the_shared_slots() -> None:
    """Twenty slow updates from one chat wait for their chat's turn, not on the shared slots,
    so another chat is served at once even with only two slots."""
    processor = PerChatOrderedProcessor(2)
    release = asyncio.Event()
    started: list[str] = []

    async def slow(name: str) -> None:
        started.append(name)
        await release.wait()

    async def quick() -> None:
        started.append("other chat")

    backlog = [
        asyncio.create_task(processor.process_update(_update(i, 10), slow(f"a{i}")))
        for i in range(20)
    ]
    await asyncio.sleep(0.01)
    async with asyncio.timeout(1.0):
        await processor.process_update(_update(100, 20), quick())
    assert started == ["a0", "other chat"]
    release.set()
    await asyncio.gather(*backlog)
    assert processor._locks == {}


async def test_a_stop_to_a_broadcast_does_not_wait_behind_the_admins_own_request() -> None:
    processor = PerChatOrderedProcessor(8)
    release = asyncio.Event()
    events: list[str] = []

    async def slow_link() -> None:
        events.append("link")
        await release.wait()

    async def note(name: str) -> None:
        events.append(name)

    link = asyncio.create_task(processor.process_update(_update(1, 10), slow_link()))
    await asyncio.sleep(0.01)
    async with asyncio.timeout(1.0):
        await processor.process_update(_update(2, 10, "/broadcast_cancel"), note("cancel"))
        await processor.process_update(_press(3, 10, "bc:cancel:7"), note("cancel press"))
    waiting = [
        asyncio.create_task(processor.process_update(_update(4, 10, "/stats"), note("stats"))),
        asyncio.create_task(processor.process_update(_press(5, 10, "bc:send:7"), note("send"))),
    ]
    await asyncio.sleep(0.05)
    assert events == ["link", "cancel", "cancel press"]  # the rest keep their order
    release.set()
    await asyncio.gather(link, *waiting)
    assert events[3:] == ["stats", "send"]
