"""Errors a user can cause, each carrying the message that user should read.

The handler shows ``user_message``; the log keeps ``str(error)`` with the details.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: something about the input keeps Sift from summarizing it."""

    user_message = "Sorry, I couldn't summarize that."

    def __init__(self, detail: str = "", *, user_message: str | None = None) -> None:
        super().__init__(detail or self.user_message)
        if user_message is not None:
            self.user_message = user_message


class FetchError(SummarizerError):
    user_message = (
        "I couldn't load that page. Check the link, or paste the article's text instead."
    )


class InvalidURL(FetchError):
    user_message = (
        "That doesn't look like a web link I can open (it must start with http:// or https://)."
    )
    port_message = "That link's port number is not one a web address can have."


class BlockedAddress(FetchError):
    user_message = "I can't open links to private or local network addresses."


class FetchTimeout(FetchError):
    user_message = "The page took too long to load. Try again later, or paste the article's text."


class TooManyRedirects(FetchError):
    user_message = "That link redirects too many times, so I gave up following it."


class HTTPStatusError(FetchError):
    user_message = "The site answered with an error. Check the link, or paste the article's text."


class Paywalled(FetchError):
    user_message = (
        "That page is behind a paywall or login, so I can't read it. "
        "If you have access, paste the article's text instead."
    )


class ConsentWall(FetchError):
    user_message = (
        "That site showed a cookie-consent page instead of the article, so I can't read it. "
        "Paste the article's text instead."
    )


class UnsupportedContent(FetchError):
    user_message = "That link isn't a web page or text (it looks like a file, image or video)."


class UnsupportedEncoding(FetchError):
    user_message = (
        "That site sent the page compressed in a way I can't read. "
        "Try another link to the article, or paste its text."
    )


class CorruptEncoding(FetchError):
    user_message = (
        "That site sent a damaged page (its compression is broken). "
        "Try again later, or paste the article's text."
    )


class TooLarge(SummarizerError):
    user_message = "That is too large for me to summarize. Try a single article."


class NotAnArticle(SummarizerError):
    user_message = (
        "I couldn't find an article there: there isn't enough running text to summarize."
    )
