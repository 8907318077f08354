"""Give every sentence a claim status, with who says it, the words that show it, and why.

Reporters mark how far they stand behind a statement with a small, stable vocabulary:
"could not be independently verified" (the text itself doubts it), "claimed", "allegedly",
"according to people familiar" (the writer keeps its distance), "said", "told", quotation
marks (plain attribution). The rules read that vocabulary, after masking the idioms that use
the same words for something else ("claimed her third title", "the storm claimed 12 lives").
A note such as "His claims could not be independently verified." reaches back (and forward)
to every statement of the speaker it refers to.

A speaker is shown to a reader in bold, so it must be a noun phrase a reader can believe: a
name, a body or a role ("police", "two people briefed on the talks"). Candidates are read
from the words around the cue and checked word by word (``is_plausible_source``); a pronoun
or a role ("the 28-year-old", "the pundit") stands for the person the article last named, and
when nothing sure is left the source is None and the reason says the article does not say who.

Every pattern is linear-time: possessive quantifiers or bounded repeats of whole words, never
a nested quantifier that can split the same characters in many ways.

The rules live in private modules, one concern each, layered so that each imports only
those before it (the context only as a type where a lower module reads it): ``_findings``
(what a rule finds), ``_words`` and ``_patterns`` (the vocabulary), ``_quotes``, ``_names``
(what may be shown as a speaker), ``_phrases`` (cutting a speaker's phrase), ``_context``
(what earlier sentences tell), ``_speakers`` (finding who speaks for a cue), ``_statuses`` and
``_notes`` (a sentence's status, and notes that reach back), ``_classify`` (the entry points).
"""

from summarizer.claims._classify import (
    classify_sentence,
    classify_sentences,
    flagged_statements,
    is_verification_note,
)
from summarizer.claims._names import is_plausible_source
from summarizer.claims._notes import UNKNOWN_SPEAKER

__all__ = [
    "UNKNOWN_SPEAKER",
    "classify_sentence",
    "classify_sentences",
    "flagged_statements",
    "is_plausible_source",
    "is_verification_note",
]
