"""Texts the user reads: the age of an answer from storage."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.messages import age_in_words, is_fixed_offset, zone_label


@pytest.mark.parametrize(
    ("age", "words"),
    [
        (dt.timedelta(seconds=0), "just now"),
        (dt.timedelta(seconds=59), "just now"),
        (dt.timedelta(minutes=1, seconds=30), "1 minute ago"),
        (dt.timedelta(minutes=59), "59 minutes ago"),
        (dt.timedelta(hours=1, minutes=59), "1 hour ago"),
        (dt.timedelta(hours=23), "23 hours ago"),
        (dt.timedelta(days=1), "1 day ago"),
        (dt.timedelta(days=40, hours=3), "40 days ago"),
    ],
)
def test_an_age_is_said_to_the_unit_that_matters(age: dt.timedelta, words: str) -> None:
    assert age_in_words(age) == words


def test_a_clock_set_back_is_not_an_age_in_the_future() -> None:
    assert age_in_words(dt.timedelta(minutes=-3)) == "just now"


@pytest.mark.parametrize(
    ("zone", "label", "fixed"),
    [
        ("Etc/GMT-5", "UTC+5", True),  # tzdata counts the other way round
        ("Etc/GMT+10", "UTC-10", True),
        ("Etc/GMT+0", "UTC", False),
        ("EST", "EST", True),  # no summer time, though New York has one
        ("UTC", "UTC", False),
        ("Europe/Berlin", "Europe/Berlin", False),
    ],
)
def test_a_zone_is_named_as_a_user_means_it(zone: str, label: str, fixed: bool) -> None:
    assert zone_label(zone) == label and is_fixed_offset(zone) is fixed
