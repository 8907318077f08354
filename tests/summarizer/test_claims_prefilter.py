"""The claim rules' prefilter: a gated pattern answers exactly as the pattern does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.claims import (
    _classify,
    _context,
    _patterns,
    _phrases,
    _quotes,
    _speakers,
    _statuses,
)
from summarizer.claims._prefilter import (
    _SPACES,
    GatedPattern,
    gated,
    match_starts,
    required_strings,
)

DATA = Path(__file__).parent.parent / "data" / "claims"

_MODULES = (_classify, _context, _patterns, _phrases, _quotes, _speakers, _statuses)
GATED = sorted(
    {
        (name, value)
        for module in _MODULES
        for name, value in vars(module).items()
        if isinstance(value, GatedPattern)
    },
    key=lambda item: item[0],
)


def _real_sentences() -> list[str]:
    """Every line of two real claims sets, context lines too: two houses' writing."""
    lines: list[str] = []
    for name in ("real-tune21.jsonl", "real-tune27.jsonl"):
        for row in (DATA / name).read_text(encoding="utf-8").splitlines():
            if row.strip():
                item = json.loads(row)
                lines += [*item["context"], item["text"]]
    return lines


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _hashes(match: re.Match[str]) -> str:
    return "#" * len(match.group())


def _same_answers(gate: GatedPattern, text: str) -> None:
    raw = gate.pattern
    assert _spans(gate.finditer(text)) == _spans(raw.finditer(text))
    assert _spans([gate.search(text)] if gate.search(text) else []) == _spans(
        [raw.search(text)] if raw.search(text) else []
    )
    assert gate.sub(_hashes, text) == raw.sub(_hashes, text)
    middle = len(text) // 2
    assert _spans(gate.finditer(text, 0, middle)) == _spans(raw.finditer(text, 0, middle))
    assert bool(gate.match(text, middle)) == bool(raw.match(text, middle))


def test_the_large_rules_are_gated() -> None:
    names = {name for name, _ in GATED}
    assert {"_SPEECH", "_ANONYMOUS", "_DISTANCING", "_UNVERIFIED", "_NOT_A_CLAIM"} <= names
    # (each found strings to look for: a gate that lets everything through saves nothing)
    assert all(required_strings(gate.pattern) for _, gate in GATED)


@pytest.mark.parametrize(("name", "gate"), GATED, ids=[name for name, _ in GATED])
def test_gated_rules_answer_as_their_patterns_on_real_sentences(
    name: str, gate: GatedPattern
) -> None:
    for text in _real_sentences():
        _same_answers(gate, text)


def test_the_costliest_rules_are_tried_only_where_a_match_may_start() -> None:
    names = {name for name, gate in GATED if match_starts(gate.pattern)}
    assert {"_SPEECH", "_SUBJECT_VERB", "_DISTANCING", "_ANONYMOUS", "_NOT_A_CLAIM"} <= names


def test_match_starts_of_small_patterns() -> None:
    starts = match_starts(re.compile(r"(?i)\b(?:said|says)\b|(?:is|was)\s+told"))
    assert starts is not None
    # (a run of spaces is read as its first: the start stops there)
    assert starts.pairs == {("", "said"), ("", "says"), ("", "is "), ("", "was ")}
    assert not starts.anywhere and not starts.at_start
    # (a lookbehind tells what stands before the start; "^" that it is the sentence's start)
    starts = match_starts(re.compile(r"(?<=,\s)\w+\s+(?:say|said)\b|^[A-Z]\w+"))
    assert starts is not None
    assert starts.pairs == {(", ", "")} and starts.at_start
    # an alternative that may start at any word: the strings it needs somewhere (and where it
    # starts when it has no words before them)
    starts = match_starts(re.compile(r"\bsaid|(?:\w+\s+){0,2}?sources"))
    assert starts is not None
    assert starts.pairs == {("", "said"), ("", "source")} and starts.anywhere == {"sources"}
    # nothing known, or a match that may be empty: no starts
    assert match_starts(re.compile(r"said|\w+")) is None
    assert match_starts(re.compile(r"(?:said)?")) is None


@pytest.mark.parametrize(
    "pattern",
    [r"(?<=,\s)\w*", r"(?<=,\s)said", r"^\w+|said", r"(?:\w+\s){0,2}?sources|told"],
)
def test_a_gate_tried_at_the_starts_answers_as_its_pattern_at_every_bound(pattern: str) -> None:
    """At the text's end, past it, and with a bound that cuts a match: as ``re`` answers."""
    gate = gated(re.compile(pattern))
    for text in ("a, b, ", "Police said, sources told", "x, said", ", "):
        for pos in range(len(text) + 2):
            for endpos in (len(text) + 5, len(text), len(text) - 1, pos):
                assert _spans(gate.finditer(text, pos, endpos)) == _spans(
                    gate.pattern.finditer(text, pos, endpos)
                )
                assert _spans(filter(None, [gate.search(text, pos, endpos)])) == _spans(
                    filter(None, [gate.pattern.search(text, pos, endpos)])
                )
        assert gate.sub(_hashes, text) == gate.pattern.sub(_hashes, text)


def test_required_strings_of_small_patterns() -> None:
    assert required_strings(re.compile(r"(?i)\b(?:said|says)\b")) == {"said", "says"}
    # (an optional letter and an alternation multiply out; a lookahead must hold too)
    assert required_strings(re.compile(r"claims?(?=\s+that)")) == {"claim", "claims"}
    assert required_strings(re.compile(r"(?:[a-z]+\s+)?(?:told|tells)")) == {"told", "tells"}
    # nothing fixed every match needs: no gate
    assert required_strings(re.compile(r"said|\w+")) is None
    assert required_strings(re.compile(r"(?:said)?\w")) is None
    # (what a negative lookahead names need not be there)
    assert required_strings(re.compile(r"(?!never)\w+")) is None


def test_spaces_are_read_as_one_space() -> None:
    """A gate reads any run of spaces, tabs or line breaks as one space, so "\\s+" is a
    string it can look for, and words joined by it one string."""
    pattern = re.compile(r"(?i)could\s+not\s+be\s+verified")
    assert required_strings(pattern) == {"could not be ver"}  # (its start: enough to be rare)
    gate = gated(pattern)
    for text in ("It could not be verified.", "It could\n  not\u00a0be\tverified", "could  not"):
        assert bool(gate.search(text)) == bool(pattern.search(text))


def test_a_gate_knows_every_character_re_reads_as_a_space() -> None:
    space = re.compile(r"\s")
    assert set(_SPACES) == {chr(c) for c in range(0x110000) if space.match(chr(c))}


def test_letters_ignorecase_matches_beyond_ascii_still_pass_the_gate() -> None:
    """IGNORECASE matches "ſ" to "s", "ı" and "İ" to "i", the Kelvin sign to "k": a sentence
    that spells a cue with them must still reach the pattern."""
    gate = gated(re.compile(r"(?i)\bkisses\b|\bsaid\b"))
    for text in ("He ſaid so.", "She \u212aisses", "İt was SAİD"):
        assert bool(gate.search(text)) == bool(gate.pattern.search(text))
        assert gate.search(text) is not None


_ATOMS = st.sampled_from(
    [
        "said", "Said", "SAID", "told", "claimed", "allegedly", "according to", "sources",
        "people familiar with the matter", "could not be verified", "a spokesman", "reportedly",
        "police", "Smith", "the", "and", " ", ", ", ". ", "“", "”", '"', "'", "ſ", "ı", "İ",
        "\u212a", "-", "who", "that", "not", "he", "she", "The company", "2019", ":", "\n",
        "\t", "\u00a0", "  ", "not be", "could not be verified", "per cent",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_ATOMS, max_size=24).map("".join), st.sampled_from(GATED))
def test_gated_rules_answer_as_their_patterns_on_any_text(
    text: str, named: tuple[str, GatedPattern]
) -> None:
    _same_answers(named[1], text)


def test_a_gate_remembers_only_the_sentence_it_read_last() -> None:
    gate = gated(re.compile(r"\bsaid\b"))
    first, second = "Smith said so.", "Jones said no, he said."
    assert [m.start() for m in gate.finditer(first)] == [6]
    assert [m.start() for m in gate.finditer(second)] == [6, 18]
    assert gate.search(first) is not None and gate.search(first).start() == 6  # type: ignore[union-attr]
    assert [m.start() for m in gate.finditer(first)] == [6]
    assert gate.search("No one spoke.") is None
    assert list(gate.finditer("No one spoke.")) == []


def test_what_the_rules_never_pass_goes_to_the_pattern() -> None:
    """A count for ``sub`` or a text that is no string is the pattern's to handle (the rules
    pass neither), so a gate answers as the pattern does there too."""
    gate = gated(re.compile(r"\bsaid\b"))
    assert gate.sub("X", "said said", 1) == "X said"
    for wrong in (None, 123, b"he said"):
        with pytest.raises(TypeError):
            gate.search(wrong)  # type: ignore[arg-type]


def test_a_pattern_too_deep_to_walk_is_left_ungated() -> None:
    deep = re.compile("(" * 400 + "said" + ")" * 400)
    assert required_strings(deep) is None
    assert gated(deep).search("he said") is not None
