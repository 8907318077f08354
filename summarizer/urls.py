"""Links in a message, and one canonical form per article URL.

The canonical form is what Sift remembers an article by: the same story shared with tracking
parameters, a fragment, "www." or a trailing slash is still the same story.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|ref_url|"
    r"cmpid|ito|smid|sh|s|share|source|at_\w+|__twitter_impression|_ga)$",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'“”]+[^\s<>\"'“”.,;:!?)\]]", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def find_urls(text: str) -> list[str]:
    """http(s) links in free text, in order, without repeats."""
    found = [m.group(0) for m in _URL.finditer(text)]
    found = [u if u.lower().startswith("http") else f"https://{u}" for u in found]
    return list(dict.fromkeys(found))


def without_tracking(url: str) -> str:
    """The address as given, less the parameters that only ever track who shared it
    ("utm_source", "fbclid"): the link an answer shows and pushes to every subscriber. The
    rest is left as written, not re-encoded ("?s=" may be a site's search, "?123" a page)."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parts.query.split("&")
    kept = [pair for pair in pairs if not _SHARE_TRACKING.match(pair.partition("=")[0])]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query="&".join(kept)))


# parameters no page reads (a subset of _TRACKING, which also drops ambiguous ones such as
# "ref" or "s" to tell one story by its links, but must not change the link a reader opens)
_SHARE_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|__twitter_impression)$",
    re.IGNORECASE,
)


def _port(parts: SplitResult) -> int | str | None:
    """The link's port: a number, or as written when no socket takes it ("…:70000"), which
    urlsplit raises on only when asked; such a link must still have a form to be remembered
    by, and the fetch then refuses it as no link it can open."""
    try:
        return parts.port
    except ValueError:
        return parts.netloc.rpartition(":")[2]


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no "www.", default port, fragment or tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = (parts.scheme or "https").lower()
    host = (parts.hostname or "").lower().removeprefix("www.")
    if (port := _port(parts)) and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)
    )
    return urlunsplit((scheme, host, path, urlencode(query), ""))
