from __future__ import annotations

from bot.ratelimit import SlidingWindowLimiter


def test_limit_per_user_in_a_sliding_window() -> None:
    now = [0.0]
    limiter = SlidingWindowLimiter(2, 60.0, clock=lambda: now[0])
    assert [limiter.allow(1), limiter.allow(1), limiter.allow(1)] == [True, True, False]
    assert limiter.allow(2)  # other users are not affected
    now[0] = 59.9
    assert not limiter.allow(1)
    now[0] = 60.0
    assert limiter.allow(1)


def test_each_link_of_a_message_counts() -> None:
    limiter = SlidingWindowLimiter(4, 60.0, clock=lambda: 0.0)
    assert limiter.allow(1, cost=3)
    assert not limiter.allow(1, cost=3)  # refused whole, and nothing counted
    assert limiter.allow(1)
    assert not limiter.allow(1)
    assert SlidingWindowLimiter(2, 60.0, clock=lambda: 0.0).allow(1, cost=3)
