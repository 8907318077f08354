"""A literal prefilter for the claim rules' large patterns.

The rules are regular expressions of hundreds of alternatives (every speech verb, every hedge),
and Python's ``re`` tries each alternative at each word of a sentence; under IGNORECASE it
cannot even skip an alternative by its first letter. Most sentences of an article hold none of
the words any alternative needs, so a pattern first asks whether the sentence contains one of
them at all, in one pass of a pattern written as a tree of their letters (one tree for every
gated pattern's words: the rules ask several of them about one text, read once for all).

The words come from the pattern itself, not from a list kept beside it: every match of the
pattern must contain one of a set of literal strings, found by walking the parsed pattern
(``re._parser``, the module ``re.compile`` itself uses). A sentence with none of them cannot
match, so a gated pattern returns what the pattern would, only sooner; a pattern the walk finds
no such set for is simply not gated. google-re2 or Hyperscan would do this inside the engine,
but neither reads the lookarounds the rules are written with.

A sentence the gate lets through is still read by ``re`` at each of its positions, trying every
alternative at each. Where the walk also finds the strings every match *starts* with ("said",
"claimed", or the ", " a tag's lookbehind needs before it), a gated pattern is tried only at
the positions where one of them stands (``pattern.match`` there, in order, which is what
``search`` does at each position in turn), found in one pass of a tree of those strings.
An alternative that may start at any word ("two sources", "sources close to him") gives strings
one of which it needs somewhere: a sentence holding one of those is read at every position,
as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import product
from operator import or_
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from summarizer.casefold import lower_as_ignorecase
from summarizer.claims._words import _words

# A set of strings the walk may combine (a run of literals times an alternation): beyond this,
# the run is cut, which keeps the set correct but less selective.
_MAX_STRINGS = 256

# Letters enough to make a string rare in text: a longer one is looked for by its start.
_NEEDLE_LENGTH = 16

# Letters of a match's start enough to find where it may begin, and how many such starts the
# walk may combine before it cuts them shorter.
_START_LENGTH = 6
_MAX_STARTS = 1024

_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


Strings = frozenset[str]
_Tree = dict[str, "_Tree"]

# Every character ``\s`` matches (str.isspace, which re's Unicode class is): a gate reads the
# sentence with each of them as a plain space, and a run of them as one, so "\s+" is one
# string, " " (and a string the walk joins has its runs of spaces made one too).
_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_SPACE_RUN = re.compile(" {2,}")
_AS_ONE_SPACE = str.maketrans(dict.fromkeys(_SPACES, " "))

# How common each character is in English prose (letters, the space): only to choose which
# strings a gate looks for, never whether a pattern may match.
_LETTER_SHARE = {
    " ": 0.18, "e": 0.10, "t": 0.075, "a": 0.065, "o": 0.062, "i": 0.057, "n": 0.057,
    "s": 0.053, "r": 0.05, "h": 0.049, "d": 0.034, "l": 0.033, "u": 0.023, "c": 0.022,
    "m": 0.02, "f": 0.018, "w": 0.017, "g": 0.016, "p": 0.015, "y": 0.014, "b": 0.012,
    "v": 0.008, "k": 0.006, "x": 0.0015, "j": 0.0012, "q": 0.001, "z": 0.0007,
    ",": 0.012, ".": 0.01,
}  # fmt: skip
_SENTENCE_LENGTH = 130  # characters, about

# The words news prose uses most, whose letters chance alone would call rare.
_COMMON_WORDS = _words(
    """the of and to in that is was he for it with as his on be at by this had not are but from
    or have an they which one you were her all she there would their we him been has when who
    will more no if out so said says say what up its about into than them can only other new
    some could time these two may then do first any my now such like our over also did many
    before must through back years where much your way well down should because each just
    those people how too very make still own see get here between both being under never day
    same another know while last might us year off come since against go right used take told
    three after made most even over per"""
)


def _letter(code: int) -> Strings | None:
    """A literal character as the gate reads it (lower case, a space for any space), when
    lowering the sentence keeps it what IGNORECASE would match: ASCII, or a character with
    no case at all ("’", "—")."""
    letter = chr(code)
    if letter in _SPACES:
        return frozenset(" ")
    if code < 128 or letter.lower() == letter.upper() == letter.casefold() == letter:
        return frozenset([letter.lower()])
    return None


def _one_of(items: list[tuple[Any, Any]]) -> Strings | None:
    """A character class of a few literal characters ("['’]"), or any space."""
    if items == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)]:
        return frozenset(" ")
    letters = [_letter(code) for op, code in items if op is _sre.LITERAL]
    if len(letters) != len(items) or any(letter is None for letter in letters):
        return None
    return frozenset().union(*(letter for letter in letters if letter is not None))


def _exact(node: tuple[Any, Any]) -> Strings | None:
    """The strings a node matches when it matches one of a few fixed strings (a literal, an
    alternation of literals, an optional letter, an assertion's empty string), else None."""
    op, av = node
    if op is _sre.LITERAL:
        return _letter(av)
    if op is _sre.IN:
        return _one_of(av)
    if op in _ZERO_WIDTH:
        return frozenset([""])  # (consumes nothing: the letters either side stay adjacent)
    if op is _sre.SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is _sre.BRANCH:
        options = [_exact_sequence(list(branch)) for branch in av[1]]
        if any(option is None for option in options):
            return None
        union = frozenset().union(*(option for option in options if option is not None))
        return union if len(union) <= _MAX_STRINGS else None
    if op in _REPEATS:
        low, high, item = av
        inner = _exact_sequence(list(item))
        if inner == {" "}:  # (a run of spaces is one space in the text a gate reads)
            return frozenset([" "] if low else ["", " "])
        if inner is None or high > 2:
            return None
        return _joined([inner] * low + [inner | {""}] * (high - low))
    return None


def _exact_sequence(nodes: list[tuple[Any, Any]]) -> Strings | None:
    parts = [_exact(node) for node in nodes]
    if any(part is None for part in parts):
        return None
    return _joined([part for part in parts if part is not None])


def _joined(parts: list[Strings]) -> Strings | None:
    """Every concatenation of one string from each part, when there are few enough."""
    joined: Strings = frozenset([""])
    for part in parts:
        if len(joined) * len(part) > _MAX_STRINGS:
            return None
        joined = frozenset(_SPACE_RUN.sub(" ", a + b) for a, b in product(joined, part))
    return joined


def _required(nodes: list[tuple[Any, Any]]) -> Strings | None:
    """A set of strings one of which every match of the sequence contains, or None."""
    candidates: list[Strings] = []
    run: Strings = frozenset([""])
    for op, av in nodes:
        if op is _sre.ASSERT and (inner := _required(list(av[1]))) is not None:
            # (a lookaround that must hold reads the same sentence; taking no width, it
            # leaves the run whole)
            candidates.append(inner)
        exact = _exact((op, av))
        if exact is not None and (joined := _joined([run, exact])) is not None:
            run = joined
            continue
        if op in _REPEATS and av[0] >= 1 and (item := _exact_sequence(list(av[2]))):
            # (one or more of a fixed string: the run goes on into the first, the last
            # starts the next run: "said\s+that" holds "said " and " that")
            candidates.append(_joined([run, item]) or run)
            run = item
            continue
        candidates.append(run)
        run = exact if exact is not None else frozenset([""])
        if exact is None and (inner := _required_of((op, av))) is not None:
            candidates.append(inner)
    candidates.append(run)
    usable = [c for c in candidates if c and "" not in c]
    return min(usable, key=_expected_share, default=None)


def _expected_share(strings: Strings) -> float:
    """How many of ``strings`` a sentence may be expected to hold, each letter taken as an
    independent draw of English text, and the words prose uses most as one each: the set
    expected least often makes the best gate."""
    share = 0.0
    for string in strings:
        word = string.strip()
        if word and any(word in common for common in _COMMON_WORDS):
            share += 1.0  # ("that", "out", "said": the letters alone would call them rare)
            continue
        chance = float(_SENTENCE_LENGTH)
        for letter in string:
            chance *= _LETTER_SHARE.get(letter, 0.005)
        share += chance
    return share


def _required_of(node: tuple[Any, Any]) -> Strings | None:
    op, av = node
    if op is _sre.SUBPATTERN:
        return _required(list(av[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _required(list(av))
    if op in _REPEATS:
        low, _, item = av
        return _required(list(item)) if low >= 1 else None
    if op is _sre.BRANCH:
        options = [_required(list(branch)) for branch in av[1]]
        if any(option is None for option in options):
            return None
        return frozenset().union(*(option for option in options if option is not None))
    return None


@lru_cache(maxsize=1)
def _parsed(source: str, flags: int) -> Any:
    """A pattern as ``re`` parses it (kept for the next walk of the same pattern)."""
    return _parser.parse(source, flags)


def required_strings(pattern: re.Pattern[str]) -> Strings | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None when the
    walk cannot tell (a pattern that may match without any fixed letters). Each string is
    cut to its first letters: what holds a string holds its start."""
    try:
        strings = _required(list(_parsed(pattern.pattern, pattern.flags)))
    except RecursionError:
        return None  # (groups nested hundreds deep, which re compiles: left ungated)
    return frozenset(string[:_NEEDLE_LENGTH] for string in strings) if strings else None


@dataclass(frozen=True)
class _Starts:
    """Where the matches of a pattern may start: at a position whose text starts with one of
    ``pairs``' second strings, right after one of their first strings (a lookbehind's text);
    or at the sentence's start, when ``at_start``; or anywhere, when the sentence holds one of
    ``anywhere`` (an alternative with no fixed start needs one of those strings somewhere)."""

    pairs: frozenset[tuple[str, str]]
    anywhere: Strings = frozenset()
    at_start: bool = False  # (or at the sentence's start: "^")


def _char(node: tuple[Any, Any]) -> Strings | None:
    """The characters one node matches at one position, as the lowered sentence holds them."""
    op, av = node
    if op is _sre.LITERAL:
        return _letter(av)
    if op is _sre.IN:
        return _one_of(av)
    return None


def _fixed(nodes: list[tuple[Any, Any]]) -> Strings | None:
    """The strings a lookbehind's text may be (its own assertions left out: a looser
    condition), or None."""
    strings: Strings = frozenset([""])
    for op, av in nodes:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.SUBPATTERN:
            part = _fixed(list(av[-1]))
        elif op is _sre.BRANCH:
            options = [_fixed(list(branch)) for branch in av[1]]
            if any(option is None for option in options):
                return None
            part = frozenset().union(*(option for option in options if option is not None))
        else:
            part = _char((op, av))
        if part is None or len(strings) * len(part) > _MAX_STARTS:
            return None
        strings = frozenset(a + b for a, b in product(strings, part))
    return strings


def _starts(nodes: list[tuple[Any, Any]], length: int, fresh: bool) -> _Starts | None:
    """Where a match of the sequence may start, reading at most ``length`` of its letters, or
    None when it may start anywhere. ``fresh``: nothing of the match is read yet (only then may
    a lookbehind stand for the start, or an alternative be left to ``anywhere``); once some
    letters are read, the walk may stop at any node, as what is read is the match's start."""
    if length == 0:
        return _Starts(frozenset([("", "")]))
    if not nodes:
        return None
    (op, av), rest = nodes[0], nodes[1:]
    if op in _ZERO_WIDTH:
        after = _starts(rest, length, fresh)
        if not fresh or (after is not None and not after.anywhere):
            return after
        held = _held_start((op, av), length)
        return held if held is not None and (after is None or not held.anywhere) else after
    if op is _sre.LITERAL or op is _sre.IN:
        chars = _char((op, av))
        if chars is None:
            return None
        tails = _starts(rest, length - 1, False)
        if tails is None or len(tails.pairs) * len(chars) > _MAX_STARTS:
            return _Starts(frozenset(("", c) for c in chars))
        return _Starts(frozenset((b, c + a) for c in chars for b, a in tails.pairs))
    if op is _sre.SUBPATTERN:
        return _starts(list(av[-1]) + rest, length, fresh)
    if op is _sre.ATOMIC_GROUP:
        return _starts(list(av) + rest, length, fresh)
    if op is _sre.BRANCH:
        return _either([(list(branch) + rest,) * 2 for branch in av[1]], length, fresh)
    if op in _REPEATS:
        low, _, item = av
        if low >= 1:  # (its first round starts the match)
            return _starts(list(item), length, fresh)
        # (a first round starts the match, and what the whole sequence needs is needed)
        return _either([(list(item), nodes), (rest, rest)], length, fresh)
    return None


_Nodes = list[tuple[Any, Any]]


def _either(options: list[tuple[_Nodes, _Nodes]], length: int, fresh: bool) -> _Starts | None:
    """The starts of one of several options, each the sequence a match then starts with and
    the sequence it then holds whole: an option with no starts, while nothing is read, is left
    to the strings it needs somewhere."""
    pairs: set[tuple[str, str]] = set()
    anywhere: set[str] = set()
    at_start = False
    for option, whole in options:
        starts = _starts(option, length, fresh)
        if starts is None:
            needed = _required(whole) if fresh else None
            if needed is None:
                return None
            anywhere |= needed
        else:
            pairs |= starts.pairs
            anywhere |= starts.anywhere
            at_start = at_start or starts.at_start
        if len(pairs) > _MAX_STARTS:
            return None
    return _Starts(frozenset(pairs), frozenset(anywhere), at_start)


_AT_START = [[(_sre.AT, _sre.AT_BEGINNING)], [(_sre.AT, _sre.AT_BEGINNING_STRING)]]


def _held_start(node: tuple[Any, Any], length: int) -> _Starts | None:
    """Where a match may start by an assertion at its start, for when what follows does not
    tell: "^" (or "(?<=^)"), the sentence's start; a lookbehind, the text that ends just before
    it; a lookahead, what the match begins with."""
    op, av = node
    if [node] in _AT_START or (op is _sre.ASSERT and av[0] == -1 and list(av[1]) in _AT_START):
        return _Starts(frozenset(), at_start=True)
    if op is not _sre.ASSERT:
        return None
    if av[0] == 1:
        return _starts(list(av[1]), length, True)
    behind = _fixed(list(av[1]))
    return _Starts(frozenset((b, "") for b in behind)) if behind and "" not in behind else None


def match_starts(pattern: re.Pattern[str]) -> _Starts | None:
    """Where the matches of ``pattern`` may start (in the lowered sentence, each space one
    space), or None when the walk cannot tell, or a match may be empty."""
    try:
        parsed = _parsed(pattern.pattern, pattern.flags)
        starts = _starts(list(parsed), _START_LENGTH, True)
    except RecursionError:
        return None
    if starts is None or not (starts.pairs or starts.at_start) or parsed.getwidth()[0] == 0:
        return None
    # (a start is looked for by the letters that make it rare enough, as a gate's strings are)
    anywhere = frozenset(string[:_NEEDLE_LENGTH] for string in starts.anywhere)
    return _Starts(starts.pairs, anywhere, starts.at_start)


def _starts_finder(starts: _Starts) -> re.Pattern[str]:
    """One pattern that matches at each position where a match of ``starts`` may start."""
    afters: dict[str, set[str]] = {}
    for before, after in starts.pairs:
        afters.setdefault(before, set()).add(after)
    branches = [_trie_source(_tree(afters.pop(""))) or "(?:)"] if "" in afters else []
    for before, strings in sorted(afters.items()):
        tail = "" if "" in strings else _trie_source(_tree(strings))
        branches.append(f"(?<={re.escape(before)}){tail}")
    if starts.at_start:
        branches.append(r"\A")
    return re.compile("|".join(branches))


_END = 2**63 - 1  # (what re takes for "to the end")


def _shortest(strings: Strings) -> list[str]:
    """The strings no shorter one is part of: a sentence holding "says" holds "say"."""
    return sorted(s for s in strings if not any(t != s and t in s for t in strings))


def _trie(strings: list[str]) -> re.Pattern[str]:
    """One pattern for "any of these strings", written as a tree of their letters ("sa(?:id|
    ys)"): ``re`` skips a branch by its first letter, which a flat alternation under no flags
    lets it do too, but the tree asks each letter once."""
    return re.compile(_trie_source(_tree(strings)))


def _tree(strings: Iterable[str]) -> _Tree:
    tree: _Tree = {}
    for string in strings:
        node = tree
        for letter in string:
            node = node.setdefault(letter, {})
        node[""] = {}
    return tree


def _trie_source(node: _Tree) -> str:
    letters = sorted(letter for letter in node if letter)
    branches = [re.escape(letter) + _trie_source(node[letter]) for letter in letters]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=4)
def _lowered_in_place(text: str) -> str:
    """The sentence in lower case, its IGNORECASE look-alikes folded, each space a plain space:
    a character for each of the sentence's, so that a position in one is a position in the
    other (kept a while, as each gated pattern asks for it in turn)."""
    return lower_as_ignorecase(text).translate(_AS_ONE_SPACE)


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    """The lowered sentence with each run of spaces one space, as a gate reads it."""
    lowered = _lowered_in_place(text)
    return _SPACE_RUN.sub(" ", lowered) if "  " in lowered else lowered


# Every gate's strings, by the gate's number: the rules ask eight gates on average about one
# text (the sentence, then its masked forms), and one tree of all their strings reads the text
# once for all of them.
_GATE_STRINGS: list[list[str]] = []


def _new_gate(strings: Strings) -> int:
    _GATE_STRINGS.append(_shortest(strings))
    return len(_GATE_STRINGS) - 1


@lru_cache(maxsize=1)
def _every_gate(count: int) -> tuple[re.Pattern[str], dict[str, int]]:
    """The tree of the first ``count`` gates' strings, and for each string the gates (a bit
    each) that a text holding it lets through: its own, and those of every string it starts
    with (the tree finds the longest string at a position, which holds the shorter ones)."""
    gates_of: dict[str, int] = {}
    for gate, strings in enumerate(_GATE_STRINGS[:count]):
        for string in strings:
            gates_of[string] = gates_of.get(string, 0) | 1 << gate
    opened = {
        string: reduce(or_, (gates_of.get(string[:end], 0) for end in range(1, len(string) + 1)))
        for string in gates_of
    }
    return _trie(sorted(gates_of)), opened


@lru_cache(maxsize=8)
def _open_gates(text: str, count: int) -> int:
    """The gates (a bit each, of the first ``count``) whose strings ``text`` holds: the tree
    looked for at each position in turn."""
    tree, opened = _every_gate(count)
    lowered = _lowered(text)
    gates = 0
    position = 0
    while (found := tree.search(lowered, position)) is not None:
        gates |= opened[found.group()]
        position = found.start() + 1
    return gates


class GatedPattern:
    """A compiled pattern that first looks for one of the strings every match contains, then
    tries the pattern only where a match may start, and remembers its matches in the last
    sentence it read whole (the rules ask several times about one sentence: whether it has a
    speech verb, then each of them): the same results as the pattern's own methods, for the
    methods the rules call."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        strings = required_strings(pattern)
        self._gate = _new_gate(strings) if strings else None
        starts = match_starts(pattern)
        self._starts = _starts_finder(starts) if starts else None
        self._anywhere = _trie(_shortest(starts.anywhere)) if starts and starts.anywhere else None
        # (the text, its first match, and all its matches once something asked for them)
        self._last: tuple[str, re.Match[str] | None, list[re.Match[str]] | None] = ("", None, None)
        self._last_sub: tuple[object, str, str] = (None, "", "")

    def _may_match(self, text: str) -> bool:
        # (what is not text goes to the pattern, which raises as it would)
        if self._gate is None or not isinstance(text, str):
            return True
        return bool(_open_gates(text, len(_GATE_STRINGS)) >> self._gate & 1)

    def _search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The pattern's search, once the gate has let ``text`` through: the pattern matched at
        each position where a match may start, in order (what ``search`` does at every
        position), unless the sentence holds what a match that may start anywhere needs."""
        starts = self._starts
        if starts is None or not isinstance(text, str):
            return self.pattern.search(text, pos, endpos)
        if self._anywhere is not None and self._anywhere.search(_lowered(text)):
            return self.pattern.search(text, pos, endpos)
        lowered = _lowered_in_place(text)
        match = self.pattern.match
        # (a match is never empty, so it starts before the end; a start found past the end
        # is where ``re`` puts a position beyond it)
        end = min(endpos, len(text))
        while pos < end and (start := starts.search(lowered, pos, endpos)) is not None:
            if found := match(text, start.start(), endpos):
                return found
            pos = start.start() + 1
        return None

    def _finditer(self, text: str, pos: int, endpos: int) -> list[re.Match[str]]:
        """The pattern's finditer, as searches each from the end of the match before (a match
        is never empty where the starts are known: ``match_starts``)."""
        if self._starts is None:
            return list(self.pattern.finditer(text, pos, endpos))
        matches: list[re.Match[str]] = []
        while (found := self._search(text, pos, endpos)) is not None:
            matches.append(found)
            pos = found.end()
        return matches

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if pos or endpos != _END:
            return self._search(text, pos, endpos) if self._may_match(text) else None
        last_text, first, _ = self._last
        if last_text == text and text:
            return first
        first = self._search(text, 0, _END) if self._may_match(text) else None
        self._last = (text, first, None if first else [])
        return first

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        if pos or endpos != _END:
            if not self._may_match(text):
                return iter(())
            return iter(self._finditer(text, pos, endpos))
        last_text, _, matches = self._last
        if last_text != text or matches is None or not text:
            matches = self._finditer(text, 0, _END) if self._may_match(text) else []
            self._last = (text, matches[0] if matches else None, matches)
        return iter(matches)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self._may_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self._may_match(text) else None

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if self._may_match(text) else []

    def sub(self, repl: Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        """(``repl`` a function, as the rules' masks are: one that gives the same text for the
        same match, so that the last sentence's result may be given again)"""
        if count or not callable(repl) or not isinstance(text, str):
            return self.pattern.sub(repl, text, count)
        last_repl, last_text, result = self._last_sub
        if last_repl is repl and last_text == text and text:
            return result
        result = self._sub(repl, text) if self._may_match(text) else text
        self._last_sub = (repl, text, result)
        return result

    def _sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        """The pattern's sub, over the matches ``_finditer`` finds (a None from ``repl`` is
        no text, as ``re`` reads it)."""
        if self._starts is None:
            return self.pattern.sub(repl, text)
        pieces: list[str] = []
        end = 0
        for found in self._finditer(text, 0, _END):
            pieces.append(text[end : found.start()])
            if (piece := repl(found)) is not None:
                pieces.append(piece)
            end = found.end()
        if not pieces:
            return text
        pieces.append(text[end:])
        return "".join(pieces)


def gated(pattern: re.Pattern[str]) -> GatedPattern:
    return GatedPattern(pattern)
