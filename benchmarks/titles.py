"""Titles of real pages: does Sift return the headline, without the site's name or slogan?

Run: python -m benchmarks.titles [--show] [--save FILE] [--against FILE]
The 181 pages of the Scrapinghub article-extraction benchmark carry no title in their ground
truth, so a title is judged by signals that need none, read from each page independently of
the engine: a separator-delimited segment that is og:site_name or the domain's name (the site
was not stripped), a title that *is* og:site_name (the headline was lost), an empty title.
"Before" is trafilatura's own metadata title, or the titles saved by an earlier run
(--save on the old code, --against on the new) when given.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import load_html

from benchmarks.common import SHARED, print_table
from summarizer.errors import SummarizerError
from summarizer.extract import extract_html

DATA = SHARED / "extraction"
_SEPARATORS = re.compile(r"\s[|\-–—•:]{1,2}+\s|:\s")
_GENERIC_LABELS = {"www", "com", "co", "org", "net", "news", "m", "amp"}


def _key(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def site_names(page: bytes, url: str) -> tuple[str, set[str]]:
    """og:site_name as the page states it, and the keys a site-name segment would have."""
    tree = load_html(page)
    stated = ""
    if tree is not None:
        found = tree.xpath("//meta[@property='og:site_name']/@content")
        stated = " ".join(str(found[0]).split()) if found else ""
    host = (urlsplit(url).hostname or "").lower()
    keys = {_key(label) for label in host.split(".")[:-1] if label not in _GENERIC_LABELS}
    keys |= {_key(host), _key(stated)}
    keys.discard("")
    return stated, keys


def sift_title(page: bytes, url: str) -> str:
    try:
        return extract_html(page, url).title or ""
    except SummarizerError:
        return ""


def trafilatura_title(page: bytes, url: str) -> str:
    document = trafilatura.bare_extraction(page, url=url, with_metadata=True)
    return " ".join((getattr(document, "title", None) or "").split())


def judge(titles: dict[str, str], sites: dict[str, tuple[str, set[str]]]) -> list[int]:
    with_site = equal_site = empty = 0
    for key, title in titles.items():
        stated, keys = sites[key]
        segments = [_key(part) for part in _SEPARATORS.split(title)]
        if len(segments) > 1 and any(segment in keys for segment in segments):
            with_site += 1
        if title and stated and _key(title) == _key(stated):
            equal_site += 1
        if not title.strip():
            empty += 1
    return [with_site, equal_site, empty]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list changed titles before → after")
    parser.add_argument("--save", type=Path, help="write Sift's titles to this JSON file")
    parser.add_argument("--against", type=Path, help="titles saved by --save, as 'before'")
    args = parser.parse_args()
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {
        key: gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes()) for key in truth
    }
    sites = {key: site_names(page, truth[key]["url"]) for key, page in pages.items()}
    after = {key: sift_title(page, truth[key]["url"]) for key, page in pages.items()}
    if args.against:
        before_name = f"Sift ({args.against.name})"
        before = json.loads(args.against.read_text(encoding="utf-8"))
    else:
        before_name = "trafilatura title"
        before = {key: trafilatura_title(page, truth[key]["url"]) for key, page in pages.items()}
    if args.save:
        args.save.write_text(json.dumps(after, ensure_ascii=False, indent=1), encoding="utf-8")
    print(
        f"Titles of {len(pages)} pages (signals of a site name left in, or of a lost headline)\n"
    )
    headers = ["titles", "with a site-name segment", "== og:site_name", "empty"]
    print_table(headers, [[before_name, *judge(before, sites)], ["Sift", *judge(after, sites)]])
    changed = [key for key in pages if before.get(key, "") != after[key]]
    print(f"\n{len(changed)} titles differ from '{before_name}'.")
    if args.show:
        for key in changed:
            print(
                f"\n{truth[key]['url']}\n  before: {before.get(key, '')}\n  after:  {after[key]}"
            )


if __name__ == "__main__":
    main()
