from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update

from bot.ordering import PerChatOrderedProcessor


def _update(update_id: int, chat_id: int) -> Update:
    chat = Chat(chat_id, "private")
    return Update(update_id, message=Message(update_id, date=None, chat=chat, text="x"))  # type: ignore[arg-type]


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
