"""Lower case as IGNORECASE reads it: the same letters as the flag, every character kept."""

from __future__ import annotations

import re
import string

from summarizer.casefold import lower_as_ignorecase

# (every character IGNORECASE matches to an ASCII letter, found by trying them all once)
_LOOK_ALIKES = "İıſ\u212a"


def test_every_character_ignorecase_reads_as_an_ascii_letter_lowers_to_it() -> None:
    for letter in string.ascii_lowercase:
        flagged = re.compile(letter, re.IGNORECASE)
        for char in string.ascii_letters + _LOOK_ALIKES + "éÉßẞ’":
            assert bool(flagged.fullmatch(char)) == (lower_as_ignorecase(char) == letter), char


def test_no_other_character_ignorecase_reads_as_an_ascii_letter() -> None:
    ascii_letters = re.compile(r"[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(128, 0x110000) if ascii_letters.fullmatch(chr(c))}
    assert found == set(_LOOK_ALIKES)


def test_positions_stay_where_they_were() -> None:
    text = "İstanbul's Kelvin ſign, ASCII and ünïcode"
    assert len(lower_as_ignorecase(text)) == len(text)
    assert lower_as_ignorecase(text).startswith("istanbul's kelvin sign")
