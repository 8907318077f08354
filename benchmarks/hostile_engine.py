"""Seconds the engine spends on hostile inputs: each attack a stranger can paste or link.

Run: python -m benchmarks.hostile_engine [--before DIR] [--timeout SECONDS] [--only NAME]

Each attack runs in its own process (so a blow-up in old code cannot stall the table) and is
timed through the public API on one core: summarize_text (or summarize_article, the path a
link takes after extraction) and then render_html, as the bot does. The figures are the
engine's time, not the import. Target: every input within the limits under 1 s.

--before DIR times the same attacks against another engine too: DIR holds an older
``summarizer`` package, made with ``git archive <commit> summarizer | tar -x -C DIR``.

--regexes audits every module-level pattern of the engine instead (several minutes): each is
run on inputs pumped from its own words and from single characters, from 8 to 6,400 repeats,
and a pattern whose time grows faster than n^1.6 once it takes over 20 ms is listed.

Figures before the fix, as reported: byline "by Aa and … !" with 22 "and" 7.9 s (doubling
with each "and"); "Officials repeatedly … Zed said" 12 s; "Z" + 250 "a" + " is unverified."
13 s, 300 "a" 68 s; 50,000 capitals in a speech clause 104 s; 251,000 characters of
"Aa. b b …" 16.5 s; 100,000 characters on one line 15 s, 270,000 of mixed scripts 92 s;
400,000 characters of real text 100 s; a 4.9 MB text page > 150 s; 200 KB of random bytes
19 s; an article URL over about 4,070 characters never ended; one link gave 195 messages.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, before numpy loads
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import math
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, print_table, summarization_rows

LIMIT = 400_000  # summarizer.MAX_TEXT_CHARS: pastes over it are refused before any work


def real_text(chars: int) -> str:
    """Consecutive CNN/DailyMail articles, one paragraph each, cut to ``chars``."""
    parts: list[str] = []
    size = 0
    while size < chars:
        for row in summarization_rows("frank"):
            parts.append(row["article"])
            size += len(row["article"]) + 2
            if size >= chars:
                break
    return "\n\n".join(parts)[:chars]


def article_with(line: str, filler_chars: int = 3000) -> str:
    """A plausible paste of about ``filler_chars`` of real text with ``line`` in the middle."""
    text = real_text(filler_chars)
    half = text.rfind(". ", 0, len(text) // 2) + 1
    return f"{text[:half]}\n\n{line}\n\n{text[half:].strip()}"


def random_bytes_text(size: int) -> str:
    """Random bytes as a text page reaches the engine: decoded by a guessed charset."""
    data = random.Random(7).randbytes(size)
    return data.decode("latin-1")


def mixed_scripts(chars: int) -> str:
    pieces = [
        "Привет, как дела у вас сегодня.",
        "你好世界，今天天气很好。",
        "Hello there, the council met.",
        "مرحبا بالعالم اليوم.",
        "Γεια σου κόσμε σήμερα.",
        "שלום עולם היום.",
        "こんにちは世界。",
        "Dr. J. R. R. Smith jr. said so.",
    ]
    rng = random.Random(3)
    out: list[str] = []
    size = 0
    while size < chars:
        piece = rng.choice(pieces)
        out.append(piece)
        size += len(piece) + 1
    return " ".join(out)[:chars]


@dataclass(frozen=True)
class Attack:
    name: str
    build: Callable[[], str]
    before: str = ""  # the figure reported before the fix, when one was measured
    path: str = "text"  # "text": summarize_text; "article": the link path after extraction
    url: str | None = None


ATTACKS = [
    Attack(
        "byline: by Aa and and … and ! (22 and)",
        lambda: article_with("by Aa" + " and" * 22 + " !", 3120),
        "7.9 s",
    ),
    Attack(
        "byline: by Aa and and … and ! (60 and)",
        lambda: article_with("by Aa" + " and" * 60 + " !", 3120),
    ),
    Attack(
        "speech subject: Officials repeatedly ×30 Zed said",
        lambda: article_with("Officials" + " repeatedly" * 30 + " Zed said the plan would fail."),
        "12 s",
    ),
    Attack(
        "note: Z + 250 × a + is unverified.",
        lambda: article_with("Z" + "a" * 250 + " is unverified."),
        "13 s",
    ),
    Attack(
        "note: Z + 300 × a + is unverified.",
        lambda: article_with("Z" + "a" * 300 + " is unverified."),
        "68 s",
    ),
    Attack(
        "speech clause: 50,000 capitals",
        lambda: article_with(
            "The plan was drafted by the many people who work at the " + "A" * 50_000 + ") said."
        ),
        "104 s",
    ),
    Attack(
        "speech clause: 40,000 capital words",
        lambda: article_with("They met " + "A " * 40_000 + ") said the man."),
    ),
    Attack("caption: 251,000 chars of Aa. b b …", lambda: "Aa. " + "b " * 125_500, "16.5 s"),
    Attack(
        "splitter: 100,000 chars on one line",
        lambda: ("The cat sat on the mat. " * 4200)[:100_000],
        "15 s",
    ),
    Attack("splitter: 270,000 chars of mixed scripts", lambda: mixed_scripts(270_000), "92 s"),
    Attack("ranker: 400,000 chars of real text", lambda: real_text(LIMIT), "100 s"),
    Attack(
        "ranker: 400,000 chars of real text on one line",
        lambda: real_text(LIMIT).replace("\n", " "),
    ),
    Attack(
        "link: 4.9 MB text page",
        lambda: real_text(4_900_000),
        "> 150 s",
        path="article",
    ),
    Attack("link: 200 KB of random bytes", lambda: random_bytes_text(200_000), "19 s", "article"),
    Attack("paste: 390 KB of random bytes", lambda: random_bytes_text(390_000)),
    Attack(
        "render: 5,000-character article URL",
        lambda: real_text(3000),
        "never ends",
        url="https://example.com/" + "a" * 5000,
    ),
    Attack("render: 396 kB page, claims everywhere", lambda: real_text(396_000), path="article"),
    Attack("long line without spaces (400,000 a)", lambda: "a" * 399_999),
    Attack("long words separated by dots", lambda: ("a" * 5000 + ". ") * 79),
    Attack("run of 390,000 dots", lambda: "Word " * 10 + "." * 390_000 + " End"),
    Attack("nested quotes and brackets", lambda: "“(‘[" * 50_000 + "Hi. There." + "]’)”" * 49_000),
    Attack("unclosed quotes before every stop", lambda: "“He went. ‘She came. " * 19_000),
    Attack("capitals: 400,000 chars of A B C", lambda: "A B C. " * 57_000),
    Attack("capitals: Title Case words", lambda: "Alpha Beta Gamma Delta. " * 16_600),
    Attack("many said", lambda: "He said she said they said. " * 14_000),
    Attack(
        "claim cues everywhere",
        lambda: (
            (
                "According to people familiar with the matter, officials allegedly claimed "
                "the toll could not be independently verified, a spokesman said. "
            )
            * 2800
        ),
    ),
    Attack("80,000 very short sentences", lambda: "A b. " * 79_000),
    Attack("80,000 short lines", lambda: "A b c d.\n" * 44_000),
    Attack(
        "newline-free wall of commas",
        lambda: "Officials, " * 36_000 + "said.",
    ),
    Attack("pasted HTML, deep nesting", lambda: "<html><body>" + "<div>" * 60_000 + "Hi."),
]


def run_one(name: str) -> dict[str, Any]:
    """Time one attack in this process: the engine on it, then render_html."""
    import summarizer
    from summarizer.extract import split_title

    attack = next(a for a in ATTACKS if a.name == name)
    text = attack.build()
    warm = real_text(2000)
    summarizer.render_html(summarizer.summarize_text(warm))  # lazy imports, caches
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        if attack.path == "article":
            summary = summarizer.summarize_article(split_title(text), url=attack.url)
        else:
            summary = summarizer.summarize_text(text, url=attack.url)
        messages = summarizer.render_html(summary)
        outcome = f"{len(summary.summary)} sentences, {len(messages)} messages"
    except summarizer.SummarizerError as error:
        outcome = type(error).__name__
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu_started,
        "outcome": outcome,
        "chars": len(text),
    }


def measure(name: str, engine: Path, timeout: float) -> dict[str, Any] | None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(engine), str(ROOT)])}
    command = [sys.executable, "-m", "benchmarks.hostile_engine", "--run-one", name]
    try:
        done = subprocess.run(  # run from the engine's directory: its summarizer/ comes first
            command,
            env=env,
            cwd=engine,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        last = (error.stderr.strip().splitlines() or ["?"])[-1]
        return {"seconds": float("nan"), "outcome": f"crash: {last[:120]}", "chars": 0}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _seconds(result: dict[str, Any] | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if result is None else f"{result['seconds']:.3f} s"


AUDITED_MODULES = (
    *("clean", "claims", "sentences", "extract", "urls", "topics", "rank", "language"),
    *("wrapping", "factcheck"),
)
_PUMP_CHARS = list("aA .,;:!?…“”‘’\"'()[]/-&$#1\n_\t\u00a0")
_PUMP_PREFIXES = ("", "by ", "“", "Z")
_PUMP_SUFFIXES = ("", "!", ")", " said")


def _longest_read(name: str) -> int | None:
    """The most characters a pattern is ever run on, where the engine bounds it: the claim
    rules read each sentence cut to its head and tail (``claims._classify._readable``), all
    but the pattern that reads the sentence before the cut."""
    from summarizer.claims._classify import _READ_HEAD, _READ_TAIL

    if name.startswith("claims.") and name != "claims._classify._PHOTO_POINTER":
        return _READ_HEAD + _READ_TAIL + len(" … ")
    return None


def engine_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern at module level in the engine, and one topic pattern. A package
    (``claims``) is read module by module, each pattern once, under the module that defines
    it: its own namespace holds only what it re-exports."""
    import importlib
    import pkgutil

    from summarizer.claims._prefilter import GatedPattern
    from summarizer.topics import _pattern, catalog

    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for name in AUDITED_MODULES:
        module = importlib.import_module(f"summarizer.{name}")
        modules = [(name, module)]
        if hasattr(module, "__path__"):
            modules += [
                (f"{name}.{info.name}", importlib.import_module(f"summarizer.{name}.{info.name}"))
                for info in pkgutil.iter_modules(module.__path__)
            ]
        for label, each in modules:
            source = Path(each.__file__ or "").read_text(encoding="utf-8")
            for attribute, gate in vars(each).items():
                # (a gated pattern is audited as its pattern: what runs once the gate lets a
                # text through)
                value = gate.pattern if isinstance(gate, GatedPattern) else gate
                if (
                    isinstance(value, re.Pattern)
                    and isinstance(value.pattern, str)
                    and id(value) not in seen
                    and f"\n{attribute} = " in source  # defined here, not imported
                ):
                    seen.add(id(value))
                    found[f"{label}.{attribute}"] = value
    found["topics._pattern(first topic)"] = _pattern(catalog()[0])
    return found


def _pump_seconds(pattern: re.Pattern[str], text: str) -> float:
    started = time.process_time()
    pattern.match(text)
    for _ in pattern.finditer(text):
        pass
    return time.process_time() - started


def audit_pattern(pattern: re.Pattern[str], longest: int | None = None) -> list[str]:
    """The pumped inputs on which ``pattern`` grows faster than linearly (up to ``longest``
    characters, the most the engine gives it, when it is bounded).

    The input grows in small steps, and stops growing once one run takes 0.2 s, so that an
    exponential pattern is caught at a few dozen repeats instead of running for hours.
    """
    literals = sorted(set(re.findall(r"[a-z]{2,}", pattern.pattern.lower())))[:60]
    units = [*_PUMP_CHARS, "a ", "A ", "Aa ", "a. ", "1,", "ab", "“a", "‘a", "a’"]
    units += [f"{word} " for word in literals] + [f"{word.capitalize()} " for word in literals]
    flagged: list[str] = []
    for unit in units:
        for prefix in _PUMP_PREFIXES:
            for suffix in _PUMP_SUFFIXES:
                if growth := _superlinear_growth(pattern, prefix, unit, suffix, longest):
                    flagged.append(f"{prefix!r} + {unit!r} × n + {suffix!r}: {growth}")
    return flagged


_PUMP_SIZES = (8, 10, 12, 14, 16, 20, 24, 32, 48, 64, 100, 150, 200, 300, 400, 600, 800)
_PUMP_SIZES_LARGE = (1200, 1600, 2400, 3200, 4800, 6400)


def _superlinear_growth(
    pattern: re.Pattern[str], prefix: str, unit: str, suffix: str, longest: int | None = None
) -> str:
    before = (0, 0.0)
    for size in _PUMP_SIZES + _PUMP_SIZES_LARGE:
        text = prefix + unit * size + suffix
        if longest is not None and len(text) > longest:
            break
        seconds = _pump_seconds(pattern, text)
        if seconds > 0.02 and before[1] > 0:
            exponent = math.log(seconds / before[1]) / math.log(size / before[0])
            if exponent > 1.6:
                return f"time ~ n^{exponent:.1f} from {before[0]} to {size} ({seconds:.2f} s)"
        if seconds > 0.2:
            break
        before = (size, seconds)
    return ""


def audit_regexes(only: str | None = None) -> None:
    patterns = {k: v for k, v in engine_patterns().items() if not only or only in k}
    rows: list[list[object]] = []
    for name, pattern in patterns.items():
        flagged = audit_pattern(pattern, _longest_read(name))
        print(f"  {name}: {len(flagged)} flagged", file=sys.stderr)
        rows.append([name, "ok" if not flagged else "; ".join(flagged[:3])])
    print(
        f"{len(patterns)} patterns pumped, 8 to 6,400 repeats of each unit (the claim rules'"
        " up to the 1,503 characters of a sentence they read)\n"
    )
    print_table(["pattern", "verdict"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="a directory holding an older summarizer/")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per attack")
    parser.add_argument(
        "--only", help="run the attacks (or audit the patterns) whose name contains this"
    )
    parser.add_argument("--regexes", action="store_true", help="audit the engine's patterns")
    parser.add_argument("--run-one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.regexes:
        audit_regexes(args.only)
        return
    if args.run_one:
        print(json.dumps(run_one(args.run_one)))
        return
    attacks = [a for a in ATTACKS if not args.only or args.only in a.name]
    headers = ["attack", "chars", "reported before"]
    headers += ["old engine"] if args.before else []
    headers += ["now", "now, CPU", "outcome now"]
    rows: list[list[object]] = []
    worst = 0.0
    for attack in attacks:
        now = measure(attack.name, ROOT, args.timeout)
        worst = max(worst, args.timeout if now is None else now["seconds"])
        row: list[object] = [attack.name, now["chars"] if now else "", attack.before or "—"]
        if args.before:
            old = measure(attack.name, args.before.resolve(), args.timeout)
            row.append(_seconds(old, args.timeout))
        cpu = f"{now['cpu']:.3f} s" if now and "cpu" in now else ""
        row += [_seconds(now, args.timeout), cpu, now["outcome"] if now else "timed out"]
        rows.append(row)
        print(f"  {attack.name}: {_seconds(now, args.timeout)}", file=sys.stderr)
    print(f"{len(attacks)} attacks, one core, summarize + render_html\n")
    print_table(headers, rows)
    print(f"\nworst case now: {worst:.3f} s (wall clock; CPU time leaves out other processes)")


if __name__ == "__main__":
    main()
