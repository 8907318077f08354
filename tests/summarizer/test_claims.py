from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.common import SHARED
from summarizer import summarize_text
from summarizer.claims import (
    classify_sentence,
    classify_sentences,
    is_plausible_source,
    is_verification_note,
)
from summarizer.evaluation import predict, read_labelled, read_real, scores
from summarizer.models import ClaimStatus
from tests.summarizer.hostile import GENEROUS_SECONDS, within


def _verdict(*texts: str) -> tuple[str, str | None]:
    """The last sentence's status and source, each classified after the ones before it."""
    sentence = classify_sentences(list(texts))[-1]
    return sentence.status.value, sentence.source


def _verdicts(texts: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """Every sentence's status and source, each classified after the ones before it."""
    return [(s.status.value, s.source) for s in classify_sentences(list(texts))]


def _status(text: str) -> ClaimStatus:
    return classify_sentence(text).status


def test_seed_claims_are_flagged_with_source_and_reason(seed_text: str) -> None:
    claims = {s.text[:40]: s for s in summarize_text(seed_text).claims}
    official = claims["A separatist official in eastern Ukraine"]
    assert official.status is ClaimStatus.CLAIMED
    assert official.source == "a separatist official in eastern Ukraine"
    total = next(s for s in claims.values() if "somewhere about 8,000" in s.text)
    assert total.status is ClaimStatus.UNVERIFIED
    assert total.source == "Rodion Miroshnik"
    assert "could not be independently verified" in (total.reason or "")
    pushilin = next(s for s in claims.values() if "Pushilin" in s.text)
    assert (pushilin.status, pushilin.source) == (
        ClaimStatus.CLAIMED,
        "Denis Pushilin",
    )
    surrendered = next(s for s in claims.values() if "reportedly" in s.text)
    assert (surrendered.status, surrendered.cue) == (ClaimStatus.CLAIMED, "reportedly")


def test_a_later_note_upgrades_the_speakers_earlier_claims() -> None:
    sentences = classify_sentences(
        [
            "Ivan Petrov told state television that 500 soldiers had surrendered.",
            "His claims could not be independently verified.",
        ]
    )
    assert [s.status for s in sentences] == [ClaimStatus.UNVERIFIED, ClaimStatus.UNVERIFIED]
    assert sentences[0].source == "Ivan Petrov"
    assert is_verification_note(sentences[1]) and not is_verification_note(sentences[0])


def test_pronouns_resolve_to_the_last_named_speaker() -> None:
    sentences = classify_sentences(
        ["Maria Lopez, the mayor, spoke on Monday.", "She claimed the budget was balanced."]
    )
    assert sentences[1].status is ClaimStatus.CLAIMED
    assert sentences[1].source == "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ministry said the video could not be independently verified.", "unverified"),
        ("He repeated the accusation without providing evidence.", "unverified"),
        ("There were unconfirmed reports of explosions in the city.", "unverified"),
        ("Reuters could not confirm the number of casualties.", "unverified"),
        ("The company allegedly hid the losses from investors.", "claimed"),
        ("The minister is said to be furious with the decision.", "claimed"),
        ("The deal is close, according to people familiar with the talks.", "claimed"),
        ("Two officials, speaking on condition of anonymity, described the plan.", "claimed"),
        ("The suspect reportedly fled to Spain.", "claimed"),
        ("“We will rebuild,” the mayor said.", "attributed"),
        ("The minister told reporters the talks had gone well.", "attributed"),
        ("Islamic State claimed responsibility for the attack.", "claimed"),
        ("Serena Williams claimed her third title of the year on Sunday.", "none"),
        ("The storm claimed 12 lives across the region.", "none"),
        ("Farmers filed insurance claims after the floods.", "none"),
        # one outlet the article has in mind is a speaker; outlets it does not name are hearsay
        ("The broadcaster said it stood by its reporting.", "attributed"),
        ("Broadcasters said the mayor would resign.", "claimed"),
        ("The two countries have overlapping sovereignty claims to the reefs.", "none"),
        ("Both sides have pressed border claims since 1962.", "none"),
        ("Workers are allowed to claim back parking tickets on expenses.", "none"),
        ("He claimed he was owed compensation.", "claimed"),
        ("The holiday will be observed on the days set according to tradition.", "none"),
        ("The bridge was opened in 1932.", "none"),
    ],
)
def test_statuses(text: str, status: str) -> None:
    assert _status(text) is ClaimStatus(status)


def test_every_non_none_sentence_has_a_cue_a_reason_and_says_when_the_speaker_is_unknown() -> None:
    sources = classify_sentences(
        ["Sources say the plan was dropped.", "The rumour spread fast.", "Officials said so."]
    )
    for sentence in sources:
        assert sentence.status is not ClaimStatus.NONE
        assert sentence.cue and sentence.reason
    assert [s.source for s in sources] == ["Sources", None, "Officials"]
    assert "does not say who" in (sources[1].reason or "")


def test_development_set_keeps_its_quality(data_dir) -> None:
    """A regression guard: rule changes must not lose what the development set already gets."""
    passages = read_labelled(data_dir / "claims" / "labelled.txt")
    assert len(passages) >= 40 and sum(map(len, passages)) >= 150
    flagged = next(s for s in scores(predict(passages)) if s.label == "flagged")
    assert flagged.f1 >= 0.95  # held-out figures are reported by benchmarks/claims.py


def test_labelled_sets_have_hard_negatives(data_dir) -> None:
    negatives = [
        text
        for name in ("labelled.txt", "heldout.txt")
        for passage in read_labelled(data_dir / "claims" / name)
        for status, text in passage
        if status is ClaimStatus.NONE and "claim" in text.lower()
    ]
    assert len(negatives) >= 6


def test_no_rule_reads_its_own_layout_as_letters() -> None:
    """A rule written over several lines, with comments, must be compiled VERBOSE: otherwise
    its line breaks, indents and comments are letters a sentence would have to hold, and the
    alternatives on later lines never match (two rules had lost every word after their first
    line this way)."""
    from summarizer.claims import _classify, _context, _patterns, _speakers, _statuses
    from summarizer.claims._prefilter import GatedPattern

    for module in (_classify, _context, _patterns, _speakers, _statuses):
        for name, value in vars(module).items():
            compiled = value.pattern if isinstance(value, GatedPattern) else value
            if isinstance(compiled, re.Pattern) and not compiled.flags & re.VERBOSE:
                assert "\n" not in compiled.pattern, f"{module.__name__}.{name}"


def test_a_claim_verb_is_not_mistaken_for_a_note_about_claims() -> None:
    governor = classify_sentence("The governor claimed the dam was safe.")
    assert governor.status is ClaimStatus.CLAIMED and not is_verification_note(governor)


def test_subject_after_a_comma_and_apposition_before_the_verb() -> None:
    trailing = classify_sentence(
        "About 4,000 people fled their homes, the regional governor said."
    )
    assert trailing.source == "the regional governor"
    apposition = classify_sentence("Jane Doe, a spokeswoman for the firm, said it would appeal.")
    assert apposition.source == "Jane Doe"
    aged = classify_sentence("John Smith, 54, told police he saw nothing.")
    assert aged.source == "John Smith"


def test_a_long_subject_ends_in_the_name_before_the_verb() -> None:
    sentence = classify_sentence(
        "After a long meeting in the old town hall on the river the mayor of Lyon Marc Dupont "
        "said the bridge would reopen."
    )
    # (the city completes "the mayor of", which is inside a preposition's object: the name
    # after it is the speaker's)
    assert sentence.source == "Marc Dupont"


def test_auxiliaries_between_speaker_and_verb_are_dropped() -> None:
    assert classify_sentence("Officials have repeatedly said it.").source == "Officials"
    assert classify_sentence("The ministry has repeatedly warned.").source == "the ministry"
    # … but a passive's subject is the one told, not who speaks
    assert classify_sentence("The ministry has been repeatedly warned.").source is None


def test_calling_something_by_a_quoted_judgement_is_a_statement_and_by_a_name_is_not() -> None:
    # (one word of judgement too, as the real sets label it: 'called the demand
    # "unprecedented"')
    assert _status("He called the plan “bad” on Monday.") is ClaimStatus.ATTRIBUTED
    assert _status("The minister's office called the report “fiction.”") is ClaimStatus.ATTRIBUTED
    assert _status("The White House called the process a “sham.”") is ClaimStatus.ATTRIBUTED
    assert _status("He called it “a disgrace to the nation” on Monday.") is ClaimStatus.ATTRIBUTED
    assert _status("They called the puppy “Rex” after his grandfather.") is ClaimStatus.NONE
    assert _status("He joined a band called “Rex” in 1990.") is ClaimStatus.NONE
    # a name of several words in capitals, given with its article, is a name too
    sets = "It is the first of a class of sets called the “Master Builder Series”."
    assert _status(sets) is ClaimStatus.NONE
    assert _status("He called the report “deeply flawed” on Monday.") is ClaimStatus.ATTRIBUTED


# Hostile input: each of these once took seconds to minutes (benchmarks/hostile_engine.py).


def test_a_run_of_repeated_adverbs_before_the_speaker_is_read_quickly() -> None:
    for repeats in (30, 5000):
        text = "Officials" + " repeatedly" * repeats + " Zed said the plan would fail."
        sentence = within(GENEROUS_SECONDS, lambda text=text: classify_sentence(text))
        assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, "Zed")


def test_a_long_word_before_a_verification_note_is_read_quickly() -> None:
    for length in (300, 100_000):
        text = "Z" + "a" * length + " is unverified."
        sentence = within(GENEROUS_SECONDS, lambda text=text: classify_sentence(text))
        assert sentence.status is ClaimStatus.UNVERIFIED


def test_long_runs_of_capitals_before_a_speech_verb_are_read_quickly() -> None:
    clause = "The plan was drafted by the many people who work at the "
    for text in (clause + "A" * 50_000 + ") said.", "They met " + "A " * 40_000 + ") said it."):
        sentence = within(GENEROUS_SECONDS, lambda text=text: classify_sentence(text))
        assert sentence.status is ClaimStatus.ATTRIBUTED


def test_unclosed_quotes_and_long_tokens_after_cues_are_read_quickly() -> None:
    texts = [
        "“" * 100_000 + " he said",
        "“He went " * 20_000,
        "Sources familiar with " + "a" * 50_000 + ".",
        "Officials filed " + "1" * 200_000 + "x claims.",
        "He said that " + "Aa " * 100_000 + "did it.",
    ]
    for text in texts:
        within(GENEROUS_SECONDS, lambda text=text: classify_sentences([text, text]))


# Speakers a reader can believe: checked over every real and hand-written sentence.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NEVER_FIRST = _words(
    """
    he she it they we i you him them us me this that these those who whom which what as
    has have had is was were are be been in on at of for to with by from and or but if
    then than so can could will would should may might must do does did not when where
    while after before since because about there here however meanwhile although though
    """
)
_NEVER_LAST = _NEVER_FIRST | _words("the a an his her their its my our your")
# verbs of speech in -ing, which open a clause, never a name
_SPEECH_GERUNDS = _words(
    """
    saying telling asking blaming praising citing quoting calling adding insisting claiming
    arguing noting describing accusing criticising criticizing defending thanking urging
    warning announcing denying admitting explaining suggesting
    """
)
_NOUNS_LIKE_VERBS = _words(
    "seed hearing meeting briefing ruling spokesperson thing king ring wing building filing "
    "recording"
)
_NEVER_INSIDE = _words(
    """
    is was were are am has have had can could will would should may might must did does do
    who which whom whose said says told
    """
)


def _unbelievable(source: str) -> str | None:
    """Why a source is not a noun phrase a reader could believe, or None if it is one."""
    words = [w.strip(",.;:'\"“”‘’") for w in source.split()]
    words = [w for w in words if w]
    if not words:
        return "empty"
    acronym = len(words[0]) >= 2 and words[0].isalpha() and words[0].isupper()  # "WHO", "US"
    # a name spelt like a pronoun or a modal: "He Jianxiong", "Will Moy"
    name_like = (
        words[0] in ("He", "She", "Will", "May") and len(words) > 1 and words[1][:1].isupper()
    )
    if words[0].lower() in _NEVER_FIRST and not acronym and not name_like:
        return "starts with a pronoun or function word"
    if words[0].lower() in _SPEECH_GERUNDS:
        return "starts with a verb"  # "Saying President Obama", "Praising Joe Biden"
    if words[-1].islower() and words[-1] in _NEVER_LAST:
        return "ends with a function word"
    last = words[-1]
    raw = source.split()
    # "their thinking", "Taser 's training": after a determiner or an owner, a noun
    after_determiner = len(words) > 1 and (
        words[-2].lower() in _NOUN_BEFORE or raw[-2].endswith(("'s", "’s"))
    )
    if (
        last.islower()
        and last.endswith(("ed", "ing"))
        and last not in _NOUNS_LIKE_VERBS
        and not (last.endswith("ing") and after_determiner)  # "their thinking" is a noun
    ):
        return "ends with a verb"
    if any(w.islower() and w in _NEVER_INSIDE for w in words):
        return "holds a verb"
    if any(w.lower().endswith("n't") for w in words):
        return "holds a verb"
    return None


_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})


@pytest.fixture(scope="module")
def article_sources() -> list[tuple[str, str, str]]:
    """Every source the benchmark sets give: ``(source, sentence, the lines read)``."""
    data_dir = Path(__file__).parents[1] / "data"
    sources: list[tuple[str, str, str]] = []
    reals = [SHARED / "claims" / "real-dev.jsonl", *sorted((data_dir / "claims").glob("real-*"))]
    for item in (item for real in reals if real.exists() for item in read_real(real)):
        lines = " ".join([*item.context, item.text])
        for sentence in classify_sentences([*item.context, item.text]):
            if sentence.source:
                sources.append((sentence.source, sentence.text, lines))
    for name in (
        "labelled.txt",
        "heldout.txt",
        "handwritten-blind.txt",
        "handwritten-blind2.txt",
        "handwritten-blind3.txt",
        "handwritten-blind4.txt",
        "handwritten-blind5.txt",
        "handwritten-blind6.txt",
        "handwritten-blind7.txt",
        "handwritten-blind8.txt",
        "handwritten-blind9.txt",
        "handwritten-blind10.txt",
        "handwritten-blind11.txt",
        "handwritten-blind12.txt",
        "handwritten-blind13.txt",
        "handwritten-blind14.txt",
    ):
        for passage in read_labelled(data_dir / "claims" / name):
            lines = " ".join(text for _, text in passage)
            for sentence in classify_sentences([text for _, text in passage]):
                if sentence.source:
                    sources.append((sentence.source, sentence.text, lines))
    return sources


def test_no_source_is_a_pronoun_a_function_word_or_a_fragment(
    article_sources: list[tuple[str, str, str]],
) -> None:
    assert len(article_sources) > 300
    bad = [
        (why, source, text[:80])
        for source, text, _ in article_sources
        if (why := _unbelievable(source))
    ]
    assert bad == []


def test_every_word_of_a_source_is_a_whole_word_of_the_lines_read(
    article_sources: list[tuple[str, str, str]],
) -> None:
    # (a word cut short, "the Senate Judiciary Committ", is a fragment no reader believes;
    # only the article of a speaker made up from a body, "an … spokeswoman", is new, and the
    # "'s" that gives the one "his" means an office: "Trump's attorneys" for "His attorneys")
    bad = [
        (source, word)
        for source, _, lines in article_sources
        for word in source.lower().split()
        if word not in ("a", "an")
        and not _written_whole(_POSSESSIVE_S.sub("", word.strip(_MARKS)), lines.lower())
    ]
    assert bad == []


_MARKS = ",.;:“”\"‘’()'"
_POSSESSIVE_S = re.compile(r"['’]s$")


def _written_whole(word: str, lines: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lines) is not None


def test_the_reported_bad_speakers_are_not_sources() -> None:
    fragments = ["His repeated", "the", "this", "who", "As", "has", "in which he"]
    for fragment in [*fragments, "the stock could", "The Toronto Blue Jays can", "drunk"]:
        assert not is_plausible_source(fragment)
        assert _unbelievable(fragment) is not None or fragment == "drunk"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a named outlet reporting is an attribution, not hearsay
        ("The Associated Press reports that the ship sank.", "attributed", "The Associated Press"),
        (
            "As NBC News and Bloomberg have reported, the deal fell through.",
            "attributed",
            "NBC News and Bloomberg",
        ),
        ("Media reports said the ship sank.", "claimed", None),
        # published research is attributed to the study
        ("Some research suggests that coffee protects the liver.", "attributed", "Some research"),
        ("A study published in Nature found that bees can count.", "attributed", "a study"),
        # anonymous and unaccountable sources
        ("An insider told the magazine that the couple had split.", "claimed", "An insider"),
        (
            "Reuters reported, citing two people briefed on the talks, that the merger was off.",
            "claimed",
            "two people briefed on the talks",
        ),
        # accusations and allegations are the accuser's claims; denying them is not
        ("Protesters accused the police of using excessive force.", "claimed", "Protesters"),
        ("The report includes allegations that staff were bullied.", "claimed", None),
        ("The company denied the allegations.", "attributed", "the company"),
        ("It is reported that the singer will retire.", "claimed", None),
        # claiming responsibility is an assertion; claiming victory is not a claim at all
        ("Rebels claimed responsibility for the blast.", "claimed", "Rebels"),
        ("The army claimed victory in the battle.", "none", None),
        # claim-noun idioms
        ("Pizza lovers claim it as their favourite food.", "none", None),
        ("Historians questioned the Party's claim to a divine right to rule.", "none", None),
        ("They would not give up their claims to an independent state.", "none", None),
        ("To grow, you have to step into the limelight and claim your authority.", "none", None),
        ("He claimed his power had been stolen by the board.", "claimed", None),
        ("Arsenal were claiming a penalty when the ball was cleared.", "none", None),
        ("The Toronto Blue Jays can also claim almost all of Canada.", "none", None),
        # … but a subject after the claim verb opens the claimed clause
        ("During his trial, Allen claimed he worked as a builder.", "claimed", "Allen"),
        # a hedge shortened to a participle, before any verb
        ("Hilly areas, thought to represent exposed crust, cover 14 percent.", "claimed", None),
        # a quotation that goes on after "continued:"
        ("She continued: 'It was terrible.", "attributed", None),
        # sourceless hedges, with or without "that"; their subject is not a speaker
        ("It is understood Chelsea have made a bid.", "claimed", None),
        ("It is thought the fire started in the kitchen.", "claimed", None),
        ("The player is believed to have agreed terms.", "claimed", None),
        ("The man is alleged to have attacked her.", "claimed", None),
        ("Reports in Spain suggest the player will join Real Madrid.", "claimed", None),
        ("According to reports, the star has split from her husband.", "claimed", None),
        # unnamed and unaccountable sources
        ("According to a source, the deal is worth £50m.", "claimed", "a source"),
        (
            "A friend of the couple said they had been unhappy.",
            "claimed",
            "a friend of the couple",
        ),
        (
            "One official, who asked to remain anonymous, said the talks failed.",
            "claimed",
            "One official",
        ),
        ("The Telegraph understands the deal is close.", "claimed", "The Telegraph"),
        # an agent of the passive and a subject of "allege" are the speakers
        ("It was claimed by prosecutors that he had lied.", "claimed", "prosecutors"),
        ("Prosecutors allege that the men stole the cars.", "claimed", "Prosecutors"),
        ("Researchers found that the drug cut deaths by half.", "attributed", "Researchers"),
        ("Smith's claims are unproven.", "unverified", "Smith"),
        # orders and survey answers are not statements the article reports
        ("He was told to leave the building.", "none", None),
        ("12 per cent of respondents said they smoke.", "none", None),
        (
            "The loss of the contract was a blow, the hearing was told.",
            "attributed",
            "the hearing",
        ),
    ],
)
def test_general_patterns(text: str, status: str, source: str | None) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus(status), source)


def test_a_note_reaches_back_to_the_groups_claim() -> None:
    claim, note = classify_sentences(
        [
            "The Taliban claimed responsibility for the attack, which killed 12 soldiers.",
            "It was not possible to independently verify the group's claim.",
        ]
    )
    assert claim.status is ClaimStatus.UNVERIFIED and claim.source == "The Taliban"
    assert is_verification_note(note) and "verify" in (claim.cue or "")


def test_figures_that_could_not_be_verified_cover_the_statement_before() -> None:
    statement, note = classify_sentences(
        ["Officials said 40 people were killed.", "The figures could not be verified."]
    )
    assert statement.status is ClaimStatus.UNVERIFIED and is_verification_note(note)


def test_disputed_claims_are_unverified() -> None:
    assert _status("The claims have been disputed by charities.") is ClaimStatus.UNVERIFIED


def test_an_apposition_is_dropped_from_the_speaker() -> None:
    sentence = classify_sentence(
        "Derek Scissors, a China scholar with the American Enterprise Institute in Washington, "
        "said the numbers were inflated."
    )
    assert sentence.source == "Derek Scissors"
    placed = classify_sentence("Jane Hollis, from Bramley, Surrey said the road flooded.")
    assert placed.source == "Jane Hollis"
    named = classify_sentence("King is better, his daughter, Claudette King, told the paper.")
    assert named.source == "Claudette King"


def test_pronouns_and_continued_quotes_go_to_the_last_named_speaker() -> None:
    sentences = classify_sentences(
        [
            "Mary Smith is the head teacher.",
            "She said the school would close.",
            "“We have no choice,” she added.",
            "“It is final.”",
        ]
    )
    assert [s.source for s in sentences[1:]] == ["Mary Smith"] * 3


def test_a_role_stands_for_the_person_named_before() -> None:
    sentences = classify_sentences(
        ["Lewis Hamilton won in Bahrain.", "“It was perfect,” said the 30-year-old."]
    )
    assert sentences[1].source == "Lewis Hamilton"


def test_an_unknown_speaker_is_none_and_the_reason_says_so() -> None:
    sentence = classify_sentence("“We will not leave,” he said.")
    assert sentence.status is ClaimStatus.ATTRIBUTED and sentence.source is None
    assert "does not say who" in (sentence.reason or "")


def test_the_sentences_inside_a_long_quotation_are_the_speakers() -> None:
    sentences = classify_sentences(
        [
            "“We were second best,” said coach Tom Baker.",
            "“The second half was better. I thought we could come back.",
            "Then we ran out of legs.”",
            "The team plays again on Sunday.",
        ]
    )
    assert [(s.status, s.source) for s in sentences[1:]] == [
        (ClaimStatus.ATTRIBUTED, "Tom Baker"),
        (ClaimStatus.ATTRIBUTED, "Tom Baker"),
        (ClaimStatus.NONE, None),
    ]


def test_an_unclosed_mark_alone_does_not_make_narration_a_quote() -> None:
    sentences = classify_sentences(
        ["'It hurts more than the result, said Tom Baker.", "Not even a derby can rally them."]
    )
    assert sentences[1].status is ClaimStatus.NONE


def test_a_pronoun_skips_a_person_whose_title_shows_the_other_gender() -> None:
    sentences = classify_sentences(
        [
            "Tom Hale, the mayor, said the plan was final.",
            "Ms Roe said the council would vote on it.",
            "He added that the vote was a formality.",
        ]
    )
    assert sentences[2].source == "Tom Hale"


def test_it_is_not_a_person_who_spoke_before() -> None:
    sentences = classify_sentences(
        ["Jane Roe said the index was new.", "It says that Italy ranks 31st of 40 countries."]
    )
    assert (sentences[1].status, sentences[1].source) == (ClaimStatus.ATTRIBUTED, None)


def test_an_order_names_no_speaker_of_the_quote_that_follows() -> None:
    sentence = classify_sentence(
        'The officer told her to wait outside. "I have done nothing wrong," Dana Price said.'
    )
    assert sentence.source == "Dana Price"


def test_a_clause_or_an_adverb_is_no_speaker_but_names_like_them_are() -> None:
    for fragment in ("We've", "the price wasn’t", "wept . ’ mr krauss", "Desperately"):
        assert not is_plausible_source(fragment), fragment
    for name in ("Kelly", "Sally", "Beverly", "O'Neill", "Ahmed", "X"):
        assert is_plausible_source(name), name


def test_a_new_speaker_after_a_quotation_closes_is_read_from_the_stop_on() -> None:
    sentence = classify_sentence(
        "He will forever be part of the history of this great club . ' Robert elstone , chief"
        " executive of everton football club , said : ' in the last few hours , the world has"
        " changed ."
    )
    assert sentence.source == "Robert elstone"


def test_a_reporting_participle_is_not_a_speaker_and_a_hyphenated_title_is_skipped() -> None:
    for participle in ("Speaking", "Asked", "Describing"):
        assert not is_plausible_source(participle)
    sentence = classify_sentence(
        "The poles are wetter than the equator, said study co-author Ana Ruiz, of the agency."
    )
    assert sentence.source == "Ana Ruiz"


def test_an_acronym_or_a_name_spelt_like_a_pronoun_is_a_speaker() -> None:
    assert classify_sentence('The plague is "always fatal", says WHO.').source == "WHO"
    assert classify_sentence("US officials said the mission failed.").source == "US officials"
    sentence = classify_sentence("He Jianxiong, a former IMF director, said at an event.")
    assert sentence.source == "He Jianxiong"
    modal = classify_sentence("“It misleads voters,’’ Will Moy, head of Full Fact, told the BBC.")
    assert modal.source == "Will Moy"


def test_a_pronoun_does_not_point_to_a_word_that_only_opens_its_sentence() -> None:
    sentences = classify_sentences(
        ["Serene Gregg said the staff were tired.", "Prison officials assigned guards, she said."]
    )
    assert sentences[1].source == "Serene Gregg"


def test_a_passive_speech_verb_names_no_speaker() -> None:
    sentence = classify_sentence("US pricing has not been confirmed at this stage.")
    assert (sentence.status, sentence.source) == (ClaimStatus.UNVERIFIED, None)


def test_a_role_is_the_name_the_article_gave_it() -> None:
    analyst = classify_sentences(
        [
            "In a note, Jefferies analyst Jonathan Matuszewski said the market was wrong.",
            "That creates a buying opportunity, according to the analyst.",
        ]
    )
    assert analyst[1].source == "Jonathan Matuszewski"
    age = classify_sentences(
        ["Carrie Reichert, 43, has written a book.", "The 43-year-old said it sold well."]
    )
    assert age[1].source == "Carrie Reichert"
    report = classify_sentences(
        [
            "A report by the International Energy Agency counted the plants.",
            "A further 17 makers, according to the report, had small plants.",
        ]
    )
    assert report[1].source == "the International Energy Agency"


def test_the_company_is_the_firm_that_spoke_and_an_unnamed_body_keeps_its_role() -> None:
    firm = classify_sentences(
        ["Chevrolet said the car was new.", "'It is a glimpse of the future,' said the company."]
    )
    assert firm[1].source == "Chevrolet"
    body = classify_sentences(
        ["Xinhua News Agency said the city was calm.", "No one is ill, the commission said."]
    )
    assert body[1].source == "the commission"


def test_a_bare_word_next_to_a_speech_verb_is_a_name_in_lower_cased_text() -> None:
    assert classify_sentence("When asked about it , perry said he is happy .").source == "perry"
    quoted = classify_sentence(
        "' we invited kyle but he is playing , ' said murray , who smiled ."
    )
    assert quoted.source == "murray"
    # an apposition closed by a comma is not an inverted speaker
    sentence = classify_sentence("Jean valensi , the prosecutor , said huminski was arrested .")
    assert sentence.source == "Jean valensi"


def test_a_pronoun_points_to_the_subject_of_a_later_clause_or_a_titled_lower_case_name() -> None:
    clause = classify_sentences(
        ["After her feature, Manhart appeared again.", "She said she did nothing wrong."]
    )
    assert clause[1].source == "Manhart"
    titled = classify_sentences(
        ["for most of his journey , mr carr pushed his tent .", "He told the paper he was fine ."]
    )
    assert titled[1].source == "mr carr"


def test_a_named_bodys_report_and_court_records_are_attributed_sources() -> None:
    report = classify_sentence('"Cases are falling," the latest WHO report said.')
    assert (report.status, report.source) == (ClaimStatus.ATTRIBUTED, "the latest WHO report")
    records = classify_sentence("He remains jailed, and court records listed no attorney.")
    assert (records.status, records.source) == (ClaimStatus.ATTRIBUTED, "court records")
    assert classify_sentence("A media report said the ship sank.").status is ClaimStatus.CLAIMED


def test_he_can_mean_a_person_described_by_a_noun_who_spoke_before() -> None:
    sentences = classify_sentences(
        ["The student accused the district of negligence.", "He claimed the school knew."]
    )
    assert sentences[1].source == "the student"


def test_a_name_in_lower_cased_text_is_a_person_a_later_he_or_she_means() -> None:
    sentences = classify_sentences(
        [
            "Fran thompson , the principal , said students are still recovering .",
            "Over the last week , she said , the school held memorial events .",
        ]
    )
    assert sentences[1].source == "Fran thompson"
    group = classify_sentences(
        ["police said the road was shut .", "Over the night , she said , it was quiet ."]
    )
    assert group[1].source is None


def test_he_or_she_with_no_person_before_is_the_person_named_most_or_a_titled_one() -> None:
    named = classify_sentences(
        [
            "The speech by Daniel at the hall was viewed 100,000 times.",
            "Daniel's speech moved the room.",
            "He then told the guests he was proud.",
        ]
    )
    assert named[2].source == "Daniel"
    titled = classify_sentences(
        [
            "The party said Ms Roe was evasive, and Mr Brown urged people to vote.",
            "He also said the summit would be held in May.",
        ]
    )
    assert titled[1].source == "Mr Brown"


def test_a_title_may_open_with_a_word_in_ing_before_the_name_after_said() -> None:
    sentence = classify_sentence("'He trains hard,' said goalkeeping coach Tony Parks.")
    assert sentence.source == "Tony Parks"


def test_calling_something_by_a_quoted_word_is_a_statement_and_a_name_is_not() -> None:
    couple = classify_sentence("But the couple call it 'an accident', not child abuse.")
    assert (couple.status, couple.source) == (ClaimStatus.ATTRIBUTED, "the couple")
    assert _status("They own a dog called 'Rex' and two cats.") is ClaimStatus.NONE


def test_a_document_named_by_another_word_is_the_last_document_and_its_author() -> None:
    sentences = classify_sentences(
        [
            "Men named Nigel vote Ukip, according to research by YouGov.",
            "The share rose to 31 per cent, the poll of 46,000 people found.",
        ]
    )
    assert (sentences[1].status, sentences[1].source) == (ClaimStatus.ATTRIBUTED, "YouGov")


def test_a_group_or_a_part_keeps_its_of_and_a_cited_reason_is_not_a_source() -> None:
    group = classify_sentence("Jobs will go, according to a group of employees.")
    assert group.source == "a group of employees"
    reason = classify_sentence(
        "In May, NASA chose three firms, but OrbitBeyond canceled, citing business issues."
    )
    assert reason.source == "OrbitBeyond"


def test_a_verb_joined_by_and_shares_the_subject_of_the_speech_verb_before_it() -> None:
    sentence = classify_sentence(
        "As Adrian wept, Daniel said he was moved and claimed the room just melted away."
    )
    assert (sentence.status, sentence.source) == (ClaimStatus.CLAIMED, "Daniel")


def test_a_document_whose_author_the_sentence_names_is_that_authors() -> None:
    sentence = classify_sentence(
        "Numbers will rise, according to new data. The research, carried out by Leeds "
        "University, shows the change."
    )
    assert sentence.source == "Leeds University"


def test_one_of_a_group_of_people_is_a_speaker_a_later_he_can_mean() -> None:
    sentences = classify_sentences(
        [
            "In court: Altice was held in 2013 One of her victims has accused the district.",
            "He told the court he met her three times.",
        ]
    )
    assert [s.source for s in sentences] == ["One of her victims"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "the figures could n't be independently verified , the group said .",
        "The video has n't been verified by the BBC.",
    ],
)
def test_a_contraction_split_from_its_verb_still_negates(text: str) -> None:
    assert _status(text) is ClaimStatus.UNVERIFIED


@pytest.mark.parametrize(
    "text",
    [
        "The neighbour , who does n't wish to be named , said : ' it was awful .",
        "A teacher who did not want to be identified said the school had closed.",
        "One guard, who wished not to be named, said the gates were open.",
        # … or gives only part of a name
        "A woman next door, who only wanted to be identified as Elizabeth, told the station"
        " she was scared.",
        "A neighbour, who declined to give her surname, said the family had left.",
    ],
)
def test_a_speaker_who_will_not_be_named_is_anonymous(text: str) -> None:
    assert _status(text) is ClaimStatus.CLAIMED


def test_the_writer_saying_it_cannot_tell_whether_a_statement_is_true_leaves_it_unverified() -> (
    None
):
    sentence = classify_sentence(
        "Both hostages claimed they were treated well, but it's impossible to know whether "
        "they were forced to speak."
    )
    assert (sentence.status, sentence.source) == (ClaimStatus.UNVERIFIED, "Both hostages")


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        ("“He has no immunity,” said one legal expert.", "claimed", "one legal expert"),
        ("Jobs will go, according to a group of employees.", "claimed", "a group of employees"),
        ("A former staffer told the paper the rota was ignored.", "claimed", "a former staffer"),
        ("A police spokesman said the road was closed.", "attributed", "a police spokesman"),
        ("One online reviewer wrote: 'just what I was looking for.'", "attributed", None),
        # one of those in the room, unnamed: an aide, an adviser, a participant
        ("One adviser said he might serve for a short stint.", "claimed", "One adviser"),
        ("Two aides to the senator said he was furious.", "claimed", "Two aides to the senator"),
        ("Ms. Pelosi disputed the figures, two of the officials said.", "claimed", None),
        ("The mood was tense, according to two participants.", "claimed", "two participants"),
        ("It was dropped, according to one of his advisers.", "claimed", "one of his advisers"),
        # … not one the sentence names, nor aides a clause tells about
        ("An adviser, John Smith, said the plan was sound.", "attributed", "John Smith"),
        ("She hired two aides who said they were underpaid.", "attributed", None),
        # … nor aides named before ("the two aides"), a trade's adviser, or runners and fans
        ("The two aides said they had warned him.", "attributed", "the two aides"),
        ("One mortgage adviser said rates could rise.", "attributed", "One mortgage adviser"),
        ("Several participants said the water stations had run out.", "attributed", None),
    ],
)
def test_an_unnamed_informant_is_an_anonymous_source_but_a_spokesman_is_not(
    text: str, status: str, source: str | None
) -> None:
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus(status)
    if source:
        assert sentence.source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Many have voiced concerns that officials are hiding the true number of cases.", None),
        # … also after a clause and its comma (not after a figure: "Of 1,000, many said")
        (
            "Though officials tried to reassure them, many have voiced concerns that data is "
            "hidden.",
            None,
        ),
        ("some say the club has already agreed a fee .", None),
        # the group's noun makes them a speaker a reader can be shown, unnamed as they are
        ("Some critics argue the law was rushed.", "Some critics"),
        ("Many people believe the vote was rigged.", "Many people"),
        # … only a group that opens the sentence and says or believes something: not inside a
        # speaker's report, nor a negated or measured quantifier, nor a group doing or saying
        # something else
        ("Smith said some experts believe the figures are wrong.", None),
        ("Not many people believe the vote was rigged.", None),
        ("Too many people believe everything they read.", None),
        ("Many people expressed shock at the news.", None),
        ("Many people said goodbye to the Queen.", None),
        ("Many others believe the theory.", None),
    ],
)
def test_an_unnamed_majority_as_the_only_authority_is_distanced(
    text: str, source: str | None
) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.CLAIMED, source)
    if source:
        assert sentence.reason == "It rests on sources the article does not name."


def test_an_unnamed_majority_is_no_one_a_quotation_goes_on_with() -> None:
    sentences = classify_sentences(
        [
            "“We are ready,” Smith said.",
            "Some experts say the plan could fail.",
            "“We will deliver it on time and on budget.”",
        ]
    )
    assert [s.source for s in sentences] == ["Smith", "Some experts", "Smith"]


@pytest.mark.parametrize(
    "lines",
    [
        ["Jones said the team was ready.", "“Some critics say we are finished."],
        # (a quotation the sentence before left open goes on)
        ["“We are fine,” Jones said. “Our form is good.", "Some critics say we are finished."],
    ],
)
def test_an_unnamed_majority_inside_a_speakers_quotation_is_no_speaker(lines: list[str]) -> None:
    sentences = classify_sentences([*lines, "But we are not,” he added."])
    assert sentences[1].source is None


def test_a_survey_share_that_said_something_is_not_an_unnamed_majority() -> None:
    assert _status("Some 40 per cent said they would vote.") is ClaimStatus.NONE


def test_a_denial_that_spells_out_the_accusation_still_reports_the_accusation() -> None:
    spelled = classify_sentence("The city's police deny accusations of brutality.")
    assert spelled.status is ClaimStatus.CLAIMED
    assert _status("The palace denied the allegations.") is ClaimStatus.ATTRIBUTED


@pytest.mark.parametrize(
    "text",
    [
        "It 's believed that the pair met in 2010 .",
        "she 's thought to have left the country .",
        "It's understood the deal is done.",
    ],
)
def test_a_hedge_with_a_contracted_is_is_distanced(text: str) -> None:
    assert _status(text) is ClaimStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The policy shift was widely seen as an attempt to change the legal context.", "claimed"),
        ("The float is seen as a vote of confidence from Beijing.", "claimed"),
        ("He is viewed as a potential successor to the chief executive.", "claimed"),
        # a participle describes, and a sighting is no belief
        (
            "Israel seized the territories, seen as pivotal parts of a future state, in 1967.",
            "none",
        ),
        ("He was seen as he left the building.", "none"),
    ],
)
def test_a_view_held_by_no_one_named_is_distanced(text: str, status: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus(status), None)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Lawyers suggested he was murdered, but no evidence supports that.", "unverified"),
        ("The firm claimed the pills worked; there wasn't any evidence to show it.", "unverified"),
        # a finding doubts no one, even in the same words
        ("The coroner said there is no evidence that he knew where he was.", "attributed"),
        ("Police said there was no evidence of foul play.", "attributed"),
        ("Police said there was no evidence to suggest the death was suspicious.", "attributed"),
    ],
)
def test_no_evidence_for_what_is_suggested_leaves_it_unverified(text: str, status: str) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The professor dismissed suggestions the cloud was caused by aliens.", "claimed"),
        ("The professor dismissed suggestions that the cloud was caused by aliens.", "claimed"),
        ("The club rejected reports the manager would be sacked.", "claimed"),
        # a report is its paper's, and a denial of unspelled allegations reports the denial
        ("The paper reports that the manager would be sacked.", "attributed"),
        ("The palace denied the allegations yesterday.", "attributed"),
    ],
)
def test_a_denial_that_spells_out_a_suggestion_reports_an_unsourced_claim(
    text: str, status: str
) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Rape is also suspected in this matter.", "claimed"),
        ("She stands trial over her suspected affairs with three students.", "claimed"),
        ("Suspected militants attacked the base.", "claimed"),
        # … and the passive cut to its participle
        ("Bush froze the assets of two groups suspected of supporting terrorism.", "claimed"),
        # the verb has its subject, who suspects
        ("Police suspected him of theft.", "none"),
        (
            "Because Dempsey quickly suspected duvet lung, he said the bedding had to go.",
            "attributed",
        ),
    ],
)
def test_suspected_as_an_adjective_or_a_passive_is_distanced_like_alleged(
    text: str, status: str
) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ministry said 40 drones were downed but gave no details.", "unverified"),
        ("The ministry said 40 drones were downed but provided no sources.", "unverified"),
        # details of a plan are no support for a claim
        ("He said it would be paid next year, but gave no details on payment.", "attributed"),
    ],
)
def test_giving_no_details_leaves_a_statement_unverified_but_not_a_plan(
    text: str, status: str
) -> None:
    assert _status(text) is ClaimStatus(status)


def test_a_claim_word_inside_a_named_speakers_quotation_is_the_speakers_own() -> None:
    sentence = classify_sentence(
        '"The central allegation has again been debunked," press secretary Stephanie Grisham said.'
    )
    assert sentence.status is ClaimStatus.ATTRIBUTED
    assert "Stephanie Grisham" in (sentence.source or "")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The former officer , johannes mehserle , testified that he had meant to use his "
            "taser .",
            "johannes mehserle",
        ),
        (
            "his wife filed an injunction two years ago , according to her attorney , diana "
            "knowles dunlop .",
            "diana knowles dunlop",
        ),
        (
            "His wife filed an injunction, according to her attorney, Diana Dunlop.",
            "Diana Dunlop",
        ),
    ],
)
def test_a_name_set_beside_a_role_is_the_speaker_in_any_case(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


def test_a_name_with_its_age_opening_the_sentence_is_the_subject_of_its_later_verb() -> None:
    sentence = classify_sentence(
        "Lindsay sandiford , 58 , from cheltenham , now fears she will be next and said she "
        "' feels like giving up ' ."
    )
    assert sentence.source == "Lindsay sandiford"


def test_a_pronoun_means_a_titled_name_of_its_gender_earlier_in_a_lower_cased_sentence() -> None:
    sentence = classify_sentence(
        "Sandy left ms diano homeless and alone , she said - but it also brought her love ."
    )
    assert sentence.source == "ms diano"


def test_a_closing_tag_names_who_reports_the_whole_sentence() -> None:
    sentence = classify_sentence(
        "The supermarket apologised , acting , she said , as though it happened ' every day ' "
        ", the mirror reported ."
    )
    assert sentence.source == "the mirror"


def test_a_named_outlet_in_lower_cased_text_reports_rather_than_distances() -> None:
    named = classify_sentence(
        "the forward bore a gruesome red wound after the game , the detroit free press reports ."
    )
    assert (named.status, named.source) == (ClaimStatus.ATTRIBUTED, "the detroit free press")
    vague = classify_sentence("the striker has agreed a new deal , the local press reports .")
    assert vague.status is ClaimStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pietersen will be 35 soon , and flintoff senses he no longer has time .", "flintoff"),
        ("The coach thinks that the club will stay up.", "the coach"),
        (
            "Pietersen and his agent have both spoken of a 'clean slate'.",
            "Pietersen and his agent",
        ),
        ("Wikileaks welcomed the Swedish move to drop the investigation.", "Wikileaks"),
        (
            "At least 106 were killed, according to credible reports received by Amnesty.",
            "Amnesty",
        ),
    ],
)
def test_named_beliefs_talk_reactions_and_gathered_reports_are_attributed(
    text: str, source: str
) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


@pytest.mark.parametrize(
    "text",
    [
        "The family welcomed a baby girl in May.",
        "It became her gift to the women who wrote it.",
        "He wrote songs for other bands for a decade.",
    ],
)
def test_welcoming_a_person_and_writing_a_work_are_not_statements(text: str) -> None:
    assert _status(text) is ClaimStatus.NONE


@pytest.mark.parametrize(
    ("earlier", "text", "person"),
    [
        (
            "Maria Lopez spoke at the rally on Tuesday.",
            "The real estate agent said she was impressed with the governor.",
            "Maria Lopez",
        ),
        (
            "Tom Briggs won the race in record time.",
            "The 27-year-old athlete said the crowd had carried him.",
            "Tom Briggs",
        ),
        (
            "Tom Briggs won the race in record time.",
            "The 27-year-old Scot said the crowd had carried him.",
            "Tom Briggs",
        ),
    ],
)
def test_a_role_or_an_age_describes_the_person_named_before(
    earlier: str, text: str, person: str
) -> None:
    sentence = classify_sentences([earlier, text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, person)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "There is no evidence linking the two cases, the regional health commission said, "
            "according to Reuters.",
            "the regional health commission",
        ),
        (
            "The campaign cost the state $449,000, according to the Argus Leader.",
            "the Argus Leader",
        ),
        (
            # what was said may open with a subordinate clause and quote a word
            "Bart Graves said when the police arrived, the pair 'immediately' attacked them, "
            "according to AZ Central.",
            "Bart Graves",
        ),
    ],
)
def test_according_to_after_a_speech_verb_relays_the_speaker(text: str, source: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


def test_a_wall_of_text_is_read_at_its_opening_and_close() -> None:
    """A 'sentence' of tens of thousands of characters is no writer's: its attribution is still
    found where writers put it, at the close, and each rule reads a bounded text."""
    wall = "They met " + "the committee and " * 4_000 + "the board, the spokesman said."
    found = classify_sentence(wall)
    assert found.text == wall
    assert found.status is ClaimStatus.ATTRIBUTED
    assert found.source == "the spokesman"


@pytest.mark.parametrize(
    "text",
    [
        "A police team, believed to be an execution team, was photographed on the boat.",
        "The man , thought to have fled abroad , has not been seen since .",
        "Two suspects, widely believed to be brothers, were held overnight.",
    ],
)
def test_a_hedge_shortened_to_a_participle_is_claimed(text: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.CLAIMED, None)


def test_a_participle_that_is_no_hedge_stays_the_writers() -> None:
    assert _status("The team, expected to be strong, lost the final.") is ClaimStatus.NONE
    assert _status("The bridge, built to be safe, reopened in May.") is ClaimStatus.NONE


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a fact told without "that"
        (
            "The crews turned back when the caller revealed the victim was a squirrel.",
            "the caller",
        ),
        # a named party's own results
        ("McClatchy reported a loss of $304.7 million in the third quarter.", "McClatchy"),
        # witnesses telling what they went through
        (
            "Soldiers sent to the front report being poorly equipped.",
            "Soldiers sent to the front",
        ),
        # a tribute is a statement about someone
        ("His parents have paid tribute to their 'lovely son'.", "His parents"),
        # a named view of a thing, as "believes"
        ("They studied Europa, which astrobiologists regard as a likely home for life.", None),
        ("She paid for liposuction on her thighs, which she feels are too big.", None),
    ],
)
def test_a_statement_reported_without_a_plain_speech_verb_is_attributed(
    text: str, source: str | None
) -> None:
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus.ATTRIBUTED
    if source:
        assert sentence.source == source


@pytest.mark.parametrize(
    "text",
    [
        "The report being prepared by the council is due in May.",
        "He is regarded as one of the best players of his generation.",
        "She felt the ground shake beneath her.",
        "The film revealed a new side of the city.",
    ],
)
def test_the_same_words_in_another_sense_are_the_writers(text: str) -> None:
    assert _status(text) is ClaimStatus.NONE


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Figures from the Catholic Church show the number of nuns has trebled.",
            "the Catholic Church",
        ),
        (
            "Data from the Office for National Statistics shows prices rose.",
            "the Office for National Statistics",
        ),
    ],
)
def test_figures_from_a_body_are_attributed_to_that_body(text: str, source: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"Organics are very important on Titan," said planetary geologist Rosaly Lopes of '
            "NASA's Jet Propulsion Laboratory in California.",
            "Rosaly Lopes",
        ),
        (
            "Officers later arrested a woman after a traffic stop, said Lt. Matt Harris, "
            "Columbus Police Department spokesman.",
            "Matt Harris",
        ),
        (
            '"Rates will stay low," said Dr. Anna Kowalski of Oxford University.',
            "Anna Kowalski",
        ),
        # "of" inside a body's name stays
        ('"Rates will stay low," said the Bank of England.', "the Bank of England"),
    ],
)
def test_an_inverted_tag_names_the_person_not_the_rank_or_affiliation(
    text: str, source: str
) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


def test_a_quotation_going_on_before_a_new_speaker_is_the_first_speakers() -> None:
    """Two speakers in one sentence: the one whose quotation goes on is given."""
    sentences = classify_sentences(
        [
            "Andrew Gwynne, MP for Denton, said: 'The agency is atrocious at removing rubbish.",
            "The worst case I've come across is Crookilley Way, which is littered with bottles.' "
            "A Highways England spokesman said: 'We find the level of litter unacceptable.'",
        ]
    )
    assert (sentences[-1].status, sentences[-1].source) == (
        ClaimStatus.ATTRIBUTED,
        "Andrew Gwynne",
    )


def test_the_close_of_a_quotation_without_a_tag_is_still_quoted() -> None:
    sentences = classify_sentences(
        [
            "She said : ' i really admire andrew .",
            "He 's been an incredible help to me . ' The heart of the prison has gone .",
        ]
    )
    assert sentences[-1].status is ClaimStatus.ATTRIBUTED


def test_a_mark_after_narration_opens_a_quotation_rather_than_closing_one() -> None:
    """A tokenised " . ' " after the writer's own words (no first person) opens a quote."""
    sentences = classify_sentences(
        [
            "She was remembered on saturday .",
            "Plans : she was excited about the dance last year . ' I did it ' : he is charged .",
        ]
    )
    assert sentences[-1].status is ClaimStatus.NONE


def test_a_lower_cased_name_shown_by_its_age_is_who_she_is() -> None:
    sentences = classify_sentences(
        [
            "Another person keen to see a harley street surgeon is emma tallon , 27 .",
            "She said : ' i just want to feel normal .",
        ]
    )
    assert (sentences[-1].status, sentences[-1].source) == (
        ClaimStatus.ATTRIBUTED,
        "emma tallon",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The union welcomed the decision on pay.",
        "The union welcomed the long awaited decision on pay.",
    ],
)
def test_a_named_partys_welcome_of_a_decision_is_attributed(text: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, "the union")


def test_defending_ones_conduct_is_a_statement_defending_a_title_is_not() -> None:
    sentence = classify_sentence(
        "The singer has defended her efforts, suggesting she was let down."
    )
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, "the singer")
    assert _status("Murray defended his title at Queen's Club.") is ClaimStatus.NONE


@pytest.mark.parametrize(
    "text",
    [
        "Joey barton ( centre ) added a fourth for qpr in the final minutes .",
        "Brad Marchand added three assists to lead Boston.",
    ],
)
def test_adding_to_a_score_is_no_statement(text: str) -> None:
    assert _status(text) is ClaimStatus.NONE


def test_added_as_a_speech_verb_still_attributes() -> None:
    sentence = classify_sentence("Smith added a further warning about prices.")
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, "Smith")


def test_a_long_sentence_is_judged_a_note_on_what_was_read_of_it() -> None:
    """The rules read a long sentence's head and tail; whether it only comments on claims
    must be judged on the same text, not on a middle the rules never read (and at no cost
    that grows with the sentence)."""
    filler = "and the river rose again over the old stone bridge " * 25
    text = (
        f"Residents said {filler}which could not be verified by reporters on the ground "
        f"{filler}and we were unable to verify their claims."
    )
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus.UNVERIFIED
    assert is_verification_note(sentence)


def test_a_firm_named_by_its_kind_is_the_firm_that_spoke_last_but_not_another_body() -> None:
    firm = classify_sentences(
        [
            "Kotak Institutional Equities said demand was weak.",
            "A slowdown could hurt the market, the company said.",
        ]
    )
    assert firm[-1].source == "Kotak Institutional Equities"  # a corporate name's ending
    brokerage = classify_sentences(
        [
            "Kotak Institutional Equities said demand was weak.",
            "A slowdown could hurt the market, the brokerage said.",
        ]
    )
    assert brokerage[-1].source == "Kotak Institutional Equities"  # a firm by its trade
    charity = classify_sentences(
        [
            "The Oxford Food Bank urged caution in reading the figures.",
            "The organisation, which gives food to charities, said: 'Use is a poor guide.'",
        ]
    )
    assert charity[-1].source == "The Oxford Food Bank"  # any body that spoke
    regulator = classify_sentences(
        ["Ofcom said the network had broken the rules.", "The operator said it would appeal."]
    )
    assert regulator[-1].source == "the operator"  # not Ofcom, the other party


def test_the_agent_of_a_passive_speech_verb_speaks() -> None:
    sentence = classify_sentence(
        "A photo of the meeting was denied by Andrew, hinting it was fake."
    )
    assert (sentence.status.value, sentence.source) == ("attributed", "Andrew")


def test_an_adverbial_before_an_indefinite_speaker_is_not_a_name() -> None:
    sentence = classify_sentence(
        "On Tuesday, a spokesman for the charity told CNN the group fears 400 are missing."
    )
    assert sentence.source == "a spokesman for the charity"


def test_an_anonymous_source_keeps_its_article() -> None:
    sentence = classify_sentence(
        "The network, citing an anonymous government source, reported that talks had stalled."
    )
    assert (sentence.status.value, sentence.source) == (
        "claimed",
        "an anonymous government source",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The man was arrested on Monday, said police.", "police"),
        ("The fire started in the kitchen, said fire officials.", "fire officials"),
        ("It was a good day, said residents of the town.", "residents of the town"),
        ("It was over, said police chief Tom Baker.", "Tom Baker"),
    ],
)
def test_a_group_named_after_an_inverted_verb_speaks(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


def test_a_role_is_not_given_the_name_of_a_place_or_a_thing() -> None:
    sentences = classify_sentences(
        [
            "A girl from Fort Worth was rescued by police on Monday.",
            "(Published Monday, Nov. 18, 2019)",
            "The suspect said he needed to get dressed.",
        ]
    )
    assert sentences[-1].source == "the suspect"


@pytest.mark.parametrize(
    ("before", "described", "source"),
    [
        # a word for a person that is a gender is never one of the other gender
        ("Eric Joering said he would go.", "The woman said her husband shot them.", "the woman"),
        ("Mr Reed said he would go.", "The mother said the children were safe.", "the mother"),
        ("Mary Joering said she would go.", "The man said he saw the car.", "the man"),
        # … but is one of that gender, or of none the article or the name shows
        ("Eric Joering said he would go.", "The man said he saw the car.", "Eric Joering"),
        ("Mary Joering said she would go.", "The woman said she saw it.", "Mary Joering"),
        ("Kim Joering said they would go.", "The woman said she saw it.", "Kim Joering"),
        # (a possessive's title is its owner's, not the speaker's)
        (
            "Mr Jones's wife said he was depressed.",
            "The woman said he was not himself.",
            "Mr Jones's wife",
        ),
        # (a role that says a gender may be held by either: "the chairman")
        ("Mary Barra said she would go.", "The chairman said the plan works.", "Mary Barra"),
    ],
)
def test_a_gendered_word_for_a_person_is_not_one_of_the_other_gender(
    before: str, described: str, source: str
) -> None:
    assert classify_sentences([before, described])[-1].source == source


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # "that source", "this person": the unnamed one who spoke last, by another word
        (
            [
                "A former administration official told CNN that the reports were false.",
                "That source pointed out that the license did not allow dollar trades.",
            ],
            ("claimed", "a former administration official"),
        ),
        (
            [
                "One official said the talks had stalled.",
                "That source added that a deal was still possible.",
            ],
            ("attributed", "One official"),
        ),
        # (not "the source", which readers name as the article does, nor after a named
        # speaker, nor "this person" or "that individual", as often one the source spoke of)
        (
            [
                'One of the children said, "Sometimes I still have nightmares."',
                "However, this person also said that they still love their parents.",
            ],
            ("attributed", None),
        ),
        (
            [
                "A source said a cleaner found the body.",
                "This person told police the door was unlocked.",
            ],
            ("attributed", None),
        ),
        (
            [
                "An eyewitness said the driver appeared to lose control.",
                "The driver, a 72-year-old man, was taken to hospital.",
                "This person said he had blacked out at the wheel.",
            ],
            ("attributed", None),
        ),
        (
            [
                "A senior source said the victim had been targeted.",
                "That person, the victim, told detectives she had received threats.",
            ],
            ("attributed", "the victim"),
        ),
        (
            [
                "A source said police had identified a suspect.",
                "That person, a 41-year-old man from Leeds, told officers he was innocent.",
            ],
            ("attributed", None),
        ),
        (
            [
                "A source told the Post that a former aide had been interviewed by the FBI.",
                "That individual told investigators that the documents had been moved twice.",
            ],
            ("attributed", None),
        ),
        (
            [
                "An insider told the paper the couple had split.",
                "The source added that he denied any romance.",
            ],
            ("claimed", "the source"),
        ),
        (
            [
                "Mayor Tom Reed said the road would reopen.",
                "That source also said that the bridge was safe.",
            ],
            ("attributed", None),
        ),
    ],
)
def test_that_source_is_the_unnamed_one_who_spoke_last(
    lines: list[str], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*lines) == verdict


@pytest.mark.parametrize(
    ("before", "text", "source"),
    [
        # a text named by a body the article named before is that body's
        (
            "The U.S. Embassy said exports would rise.",
            "The embassy report says coffee stocks will rise.",
            "The U.S. Embassy",
        ),
        (
            "The U.S. Treasury said it would lend $500 million.",
            "The Treasury statement said the loan was repaid.",
            "The U.S. Treasury",
        ),
        (
            "The European Commission said Meta had a month to reply.",
            "The Commission report found that Meta had breached the rules.",
            "The European Commission",
        ),
        (
            "The Bank of England said inflation would fall.",
            "The bank statement said rates would stay on hold.",
            "The Bank of England",
        ),
        (
            "North Wales Fire and Rescue Service was called at 3am.",
            "Six engines attended, according to a fire service statement.",
            "North Wales Fire and Rescue Service",
        ),
        # (not when the words before the text are not a body's kind nor capitalised, when
        # the text's word is a name's own, or when no body of that name was named)
        (
            "The New York Times said the talks failed.",
            "The new report said the talks went well.",
            "the new report",
        ),
        (
            "The New York Daily News said she married ten times.",
            "She was arrested, the New York Post reported.",
            "the New York Post",
        ),
        # (… nor when the words are not the name's last ("UK" of "The UK Health Security
        # Agency", "Met" of "The Met Office"), nor an unnamed source's)
        (
            "The Financial Times reported that the chief executive would step down.",
            "The Times report said the board had met on Sunday.",
            "The Times report",
        ),
        (
            "The Guardian reported that donations had doubled.",
            "A Guardian analysis found 40% of them came from abroad.",
            "The Guardian",
        ),
        (
            "A Bank of England spokesman said the Governor would not comment.",
            "The bank statement said it continued to monitor markets.",
            "the bank statement",
        ),
        (
            "The UK Health Security Agency said cases rose by 12%.",
            "At the UN, the UK statement condemned the strikes on hospitals.",
            "the UK statement",
        ),
        (
            "The Met Office said temperatures could reach 35C.",
            "Separately, a Met statement said officers had made 14 arrests.",
            "a Met statement",
        ),
        (
            "A Treasury source said the chancellor was considering a windfall tax.",
            "The Treasury statement said no decision had been taken.",
            "The Treasury statement",
        ),
        (
            "Web tracking company Envisional said 18% were from the UK.",
            "The Envisional report said the TV industry should act.",
            "Web tracking company Envisional",
        ),
        (
            "Police said the road was closed.",
            "The embassy report says coffee stocks will rise.",
            "the embassy report",
        ),
    ],
)
def test_a_text_named_by_a_body_named_before_is_that_bodys(
    before: str, text: str, source: str
) -> None:
    assert classify_sentences([before, text])[-1].source == source


def test_a_text_named_by_a_kind_two_bodies_share_is_neither_bodys() -> None:
    sentences = classify_sentences(
        [
            "Oxford University said the professor had been suspended.",
            "Cambridge University said it was reviewing its own policy.",
            "A university statement said the suspension was a neutral act.",
        ]
    )
    assert sentences[-1].source == "a university statement"


def test_a_role_that_speaks_is_the_person_its_sentence_names_with_a_title() -> None:
    sentences = classify_sentences(
        [
            "The former prime minister said the answers were 'all evasion' Mr Brown urged"
            " people to vote.",
            "He also said that the party would hold a summit after the election.",
        ]
    )
    assert sentences[-1].source == "Mr Brown"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Yesterday Mr Hussen said the girls were safe.", "Mr Hussen"),
        ("Last year Mr Davey said the station would close.", "Mr Davey"),
        ("Fowler came out and said he was happy.", "Fowler"),
        (
            "Afghan President Ashraf Ghani first said the deal was done.",
            "Afghan President Ashraf Ghani",
        ),
    ],
)
def test_a_speaker_loses_the_time_the_adverb_and_the_clause_around_it(
    text: str, source: str
) -> None:
    assert classify_sentence(text).source == source


def test_a_phrase_that_runs_into_a_new_sentence_is_no_speaker() -> None:
    for fragment in ("Woods This", "South Africa But Stewart", "Nigel Farage The study"):
        assert not is_plausible_source(fragment), fragment
    for name in ("a reporter for The Times", "May Bulman", "Nurse A", "He Jianxiong"):
        assert is_plausible_source(name), name


def test_a_lone_name_with_his_or_her_in_the_aside_after_it_is_a_person() -> None:
    sentences = classify_sentences(
        [
            "Young, in his testimony, did not address the choice of rockets.",
            "“Experiments must be excluded from the program,” he said.",
        ]
    )
    assert sentences[-1].source == "Young"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a share taken is no claim, but a claim about a share is
        ("Trump claimed all of the ballots were fake.", "claimed", "Trump"),
        ("Russia claims almost all of Luhansk is under its control.", "claimed", "Russia"),
        # a reflexive is no hedge
        ("She paused, thought to herself for a moment, and walked out.", "none", None),
        # a possessive after an abbreviation is no closing quote
        (
            "The U.S.' closest allies said the plan was sound.",
            "attributed",
            "The U.S.' closest allies",
        ),
        # a rank after a lower-case group is a title before the name
        ("“The suspect fled on foot,” said police Sgt. Bob Jones.", "attributed", "Bob Jones"),
        # a doubled comma is one
        ("Tom Smith,, The man said it was fine.", "attributed", "the man"),
        # a review's probes of the 3 December 2026 rules, each a reading they had got wrong
        ("The company claimed compensation was not owed.", "claimed", "the company"),
        (
            "The minister claimed back in March that the figures were wrong.",
            "claimed",
            "the minister",
        ),
        (
            "According to plans submitted to the council, the tower will rise.",
            "attributed",
            "plans submitted to the council",
        ),
        (
            "Police received an anonymous letter alleging that the mayor took bribes.",
            "claimed",
            None,
        ),
        (
            "Smith scored twice against Leeds, then told reporters he was happy.",
            "attributed",
            "Smith",
        ),
        (
            "He is believed to have fled to Spain, where, according to his lawyer, he owns one.",
            "claimed",
            None,
        ),
        (
            "According to the video maker, who is believed to live in Canada, the pair are close.",
            "claimed",
            None,
        ),
        ("The deal is off, Reuters exclusively reported on Tuesday.", "attributed", "Reuters"),
        ("Prosecutors alleged Smith had stolen a car.", "claimed", "Prosecutors"),
        ("Police alleged 20 people were involved.", "claimed", "Police"),
        ("Ramadan is widely observed across the region.", "none", None),
        # a second review's probes of the late rules, each a reading they had got wrong
        (
            "He is believed to have died when the plane crashed, according to officials.",
            "claimed",
            "officials",
        ),
        ("The work went according to schedule.", "none", None),
        (
            "After the match, Smith scored twice against Leeds, then told reporters so.",
            "attributed",
            "Smith",
        ),
        ("The two brothers were arguing over the bill.", "none", None),
        ("The crowd was urging him on.", "none", None),
        ("Patients were complaining of chest pain.", "none", None),
        ("Smith was insisting on paying.", "none", None),
        ("Is urging restraint enough?", "none", None),
        ("He is saying the right things.", "none", None),
    ],
)
def test_review_cases(text: str, status: str, source: str | None) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # what was written is no speaker, a text that speaks is
        (
            "Abu Ibrahim Raqqawi, a founder, wrote the accompanying message: 'Lines for food.'",
            None,
        ),
        ("'We are hungry,' says the letter signed by seven physicians.", "the letter"),
        # a caption's apposition without its comma
        (
            "Bleak picture: Abu Ibrahim Raqqawi one of the group's founders, wrote the "
            "accompanying message: 'Lines waiting for some food.'",
            "Abu Ibrahim Raqqawi",
        ),
        # a compound is no verb: "self-declared"
        ("Crowds queued in the terror group's self-declared capital, he wrote.", None),
    ],
)
def test_writing_verbs_objects_and_compounds_are_no_speakers(
    text: str, source: str | None
) -> None:
    found = classify_sentence(text).source
    if source is None:
        assert found is None or ("message" not in found and "self" not in found)
    else:
        assert found is not None and found.startswith(source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "It showed at least 16 men, described by Islamic State as 'followers of the "
            "cross', being shot in a desert area.",
            "Islamic State",
        ),
        (
            "A merry widow from Edinburgh who loves to party the night away dancing on tables "
            "admits her lifestyle is a far cry from her grandparents'.",
            "a merry widow",
        ),
        (
            "mayweather faces more pressure than pacquiao but he will still be victorious , "
            "says joe calzaghe .",
            "joe calzaghe",
        ),
    ],
)
def test_a_participles_agent_a_relatives_head_and_a_closing_lower_case_tag_speak(
    text: str, source: str
) -> None:
    assert classify_sentence(text).source == source


def test_bare_lower_case_words_are_no_speaker_where_names_keep_their_capitals() -> None:
    assert (
        classify_sentence("'Physician strength' sounds impressive, but I'm not sure.").source
        is None
    )
    # … while in text that lost its capitals a bare name still is one
    lowered = classify_sentence("' we are fine , ' emma tallon told the paper .")
    assert lowered.source == "emma tallon"


def test_a_compound_in_ed_is_an_adjective_of_the_subject_not_its_verb() -> None:
    sentence = classify_sentence(
        "Naomi's court-appointed attorney has reportedly seen the child and says she is well."
    )
    assert sentence.source == "Naomi's court-appointed attorney"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        (
            "After Hazard scored, the Sky Sports punditry team were convinced that there had "
            "been a foul.",
            "attributed",
            "the Sky Sports punditry team",
        ),
        (
            "Wenger has been impressed by the way Rodgers has developed his team.",
            "attributed",
            "Wenger",
        ),
        ("Steve Bruce is adamant he can keep Hull City up.", "attributed", "Steve Bruce"),
        # a relative clause's stance, the first person's, and a prediction are none of them
        (
            "Help is there for people who are concerned that papers will be served online.",
            "none",
            None,
        ),
        ("We register these not because we are confident in them.", "none", None),
        ("The bridge was certain to collapse.", "none", None),
    ],
)
def test_a_stance_given_to_a_named_subject_is_attributed_to_it(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a caption run into a name the article knows is that name
        (
            [
                "Jermain Defoe scored the winner.",
                "He compared it to scoring at the World Cup Defoe added: 'It was special.'",
                "Defoe said he would remember it.",
            ],
            "Jermain Defoe",
        ),
        # a gerund or a function word opening the sentence is no part of the name
        (
            [
                "Apple chief Tim Cook visited the conference.",
                'Hosting Cook at Dreamforce "is our dream," Benioff said.',
                "Cook said he was proud.",
            ],
            "Tim Cook",
        ),
        (
            [
                "Emma Jackson, 28, moved into a quiet street.",
                "Terrified: Emma Jackson was stalked by her neighbour Now Ms Jackson has moved.",
                "Ms Jackson said she was still scared.",
            ],
            "Emma Jackson",
        ),
        # … while a second person of the surname opens with a first name
        (
            [
                "Shelly Sterling sued.",
                "Donald Sterling 's downfall came later .",
                "Sterling said he was sorry .",
            ],
            "Donald Sterling",
        ),
        (
            ["Andy Murray won the final.", "His brother Jamie Murray said he was proud."],
            "Jamie Murray",
        ),
        # … or a title before a given name the census may lack, or a title's place
        (
            ["The attacker was named as Usman Khan.", '"We are safe," tweeted Mayor Sadiq Khan.'],
            "Sadiq Khan",
        ),
        (
            [
                "The attacker was named as Usman Khan.",
                '"We are safe," said Mayor of London Sadiq Khan.',
            ],
            "Sadiq Khan",
        ),
        # (a title of two words is no given name: the surname is the one the article knows)
        (
            ["Bronwyn Killmier arrived.", "Chief Inspector Killmier says the boy was waiting."],
            "Bronwyn Killmier",
        ),
    ],
)
def test_a_full_name_is_learned_without_the_caption_or_words_run_into_it(
    texts: list[str], source: str
) -> None:
    found = classify_sentences(texts)[-1].source
    assert found is not None and found.endswith(source)  # ("His brother Jamie Murray")
    assert "Cup" not in found and "Hosting" not in found and "Ms" not in found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "'Barbie is an icon,' said Myer Chief Merchandise & Marketing Officer and Deputy "
            "CEO, Daniel Bracken.",
            "Daniel Bracken",
        ),
        # (capitals that end in a role word are a title, not a name)
        (
            "“Streaming is mainstream,” said IFPI Chief Executive, Frances Moore.",
            "Frances Moore",
        ),
        (
            "“It looks new,” said David Kershaw, vice president, Nissan Sales & Operations.",
            "David Kershaw",
        ),
        (
            "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says "
            "the risk continues.",
            "Joneigh Khaldun",
        ),
        # a surname's particle shows a person, whose body follows "of"
        (
            "Arnel dela Vega of the army's Western Mindanao Command said the road would close.",
            "Arnel dela Vega",
        ),
        ("Maria de la Cruz of the city council said the road would close.", "Maria de la Cruz"),
        ("Rafael van der Vaart of the club said he would stay.", "Rafael van der Vaart"),
        ("The company flat-out denied the allegations in a statement.", "the company"),
    ],
)
def test_a_name_after_a_long_title_or_before_its_body_is_the_speaker(
    text: str, source: str
) -> None:
    assert classify_sentence(text).source == source


def test_an_adverb_opening_the_sentence_is_no_speaker() -> None:
    sentence = classify_sentence(
        "Initially she lived in halls but says that work paid for a flat."
    )
    assert sentence.source is None  # "she", whom nothing before names


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the larger place after a place, and a place after a name, are no speaker
        (
            "CNN affiliate WAVY in Norfolk, Virginia, reported that he could walk.",
            "CNN affiliate WAVY",
        ),
        (
            "In an article for Nature, Dr Richard Carlson of the Carnegie Institution in "
            "Washington, DC said the theory was new.",
            "Richard Carlson",
        ),
        (
            "Arriving at court yesterday, Giggs, of Salford said the offence was an accident.",
            "Giggs",
        ),
        # … while two words after a comma may be a name
        (
            "As the charges were unsealed in New York, Hawk Sawyer testified before the Senate.",
            "Hawk Sawyer",
        ),
        # the object of a preposition is no subject, unless a relative clause follows it
        (
            "The only two Arab states with treaties with Israel - Egypt and Jordan - "
            "criticised the shift.",
            None,
        ),
        (
            "Mila Kunis is being sued by a wannabe singer who claims the actress stole her "
            "chicken.",
            "a wannabe singer",
        ),
        (
            "Scroll down for video A young woman who was abused by her boss has told a court "
            "of the impact.",
            "a young woman",
        ),
    ],
)
def test_places_and_objects_of_prepositions_are_no_speakers(text: str, source: str | None) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (
            ["Shadow Health Secretary Andy Burnham told The Mail on Sunday it mattered."],
            "Andy Burnham",
        ),
        (
            [
                "Charlotte Roach and her mother wore costumes.",
                "Here Rosemary is dressed as Harry Potter Charlotte said that people laughed.",
            ],
            "Charlotte Roach",
        ),
        # a body's own name keeps its article, and a place learned as a name glues nothing
        (["The Hebrew Home said the programme worked."], "The Hebrew Home"),
        (
            [
                "Fans of Reclaim Australia marched.",
                "The Guardian Australia said the guards marched.",
            ],
            "The Guardian Australia",
        ),
        # a thing owned is no person a quotation goes on from
        (
            [
                "Emma Jackson moved in.",
                "Ms Jackson's ordeal began a week later.",
                "'The noise began at 6am,' she said.",
            ],
            # (the owner is the person, given in full before)
            "Emma Jackson",
        ),
        # a caption's name run into the same name
        (
            [
                "FC Tokyo forward Yoshinori Muto scored.",
                "Chelsea bid for Japan international Muto Muto tussles with a defender.",
                "Muto admits he is not sure he will join.",
            ],
            "Yoshinori Muto",
        ),
        # one of two is no person a later "he" means
        (
            [
                "Both Johnson and Corbyn are trying to win voters.",
                "He said he would deliver.",
            ],
            None,
        ),
    ],
)
def test_a_speakers_name_comes_without_its_title_or_a_caption_run_into_it(
    texts: list[str], source: str | None
) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        # probes of a fresh-eyes review of this session's rules, each once misread
        (
            ["Speaking at a rally in Ohio, Trump said the economy was booming."],
            "attributed",
            "Trump",
        ),
        (
            ["After talks in Geneva, Lavrov told reporters progress was made."],
            "attributed",
            "Lavrov",
        ),
        (
            ["'She was kind,' said the family of the victim, Sarah Jones."],
            "attributed",
            "the family of the victim",
        ),
        (["It is not certain the bridge will reopen before winter."], "none", None),
        (["Fans were worried the stadium would not be ready in time."], "none", None),
        (["No foul play is suspected, police said."], "attributed", "police"),
        (["Nothing was suspected until auditors arrived in March."], "none", None),
        (
            ["Trump claimed his authority to fire the inspector general was absolute."],
            "claimed",
            "Trump",
        ),
        (
            ["The senator's claims to independence from party leaders ring hollow."],
            "claimed",
            "the senator",
        ),
        (["The missing teenager was seen as recently as Monday at a bus stop."], "none", None),
        (
            ["The minister rejected reports the committee had submitted on funding."],
            "attributed",
            "the minister",
        ),
        (
            ["The ministry said 40 drones were downed but gave no details of how."],
            "unverified",
            "the ministry",
        ),
        (
            ["'No one has alleged any wrongdoing by the mayor,' the spokesman said."],
            "attributed",
            "the spokesman",
        ),
        (
            ["'The council ignored us,' wrote the letter writer, a retired teacher."],
            "attributed",
            "the letter writer",
        ),
        (
            # (the part before the glued "The" is the source, never "The number")
            ["Fighters joined, according to a report by the United Nations The number rose."],
            "attributed",
            "the United Nations",
        ),
        (
            ["The protesters, told by police to leave the square, refused to move."],
            "attributed",
            "the protesters",
        ),
        (
            ["David Beckham was in Brooklyn on Monday.", "Brooklyn Beckham said he was proud."],
            "attributed",
            "Brooklyn Beckham",
        ),
        (
            ["Ding Junhui beat Judd Trump.", "Ding said he was delighted with his form."],
            "attributed",
            "Ding",
        ),
        (
            ["Linda Prior, 55, was there.", "'His eyes were open,' Ms Prior said."],
            "attributed",
            "Linda Prior",
        ),
    ],
)
def test_the_reviewed_limits_of_the_rules_for_places_stances_and_names(
    texts: list[str], status: str, source: str | None
) -> None:
    assert _verdict(*texts) == (status, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Three friends, Tom Brown, 21, Sam Green, 22, and Joe Black, 20, said they won.",
            "Three friends",
        ),
        (
            "The Swedish cops (pictured) Erik Näslund, 26, Samuel Kvarzell, 25, and Eric "
            "Jansberger, 28, said they were answering the call of duty.",
            "The Swedish cops",
        ),
        # one name in apposition is that person
        ("His lawyer, Tom Brown, said the case was weak.", "Tom Brown"),
    ],
)
def test_a_group_before_the_list_of_its_members_speaks(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


def test_a_titled_name_the_speaker_talks_about_does_not_become_the_speaker() -> None:
    for first, second in [
        ("The minister said Dr Patel had been suspended.", "The minister said more would follow."),
        ("The spokesman said Mr Trump had been briefed.", "He added that more would follow."),
    ]:
        assert classify_sentences([first, second])[-1].source in ("the minister", "the spokesman")


def test_an_age_is_the_last_person_named_in_full() -> None:
    sentences = classify_sentences(
        [
            "The club appointed John Smith as manager on Monday.",
            "The 45-year-old said he was thrilled.",
        ]
    )
    assert sentences[-1].source == "John Smith"


def test_the_articles_own_verdict_on_a_rumour_flags_it_but_a_speakers_denial_does_not() -> None:
    sentences = classify_sentences(
        [
            "Some social media users claimed the ambassador was worth $17 million.",
            "This rumor appears to have been made up out of whole cloth.",
        ]
    )
    assert [s.status.value for s in sentences] == ["unverified", "unverified"]
    assert sentences[0].reason == (
        "The article later flags Some social media users' claims: “made up”."
    )
    denial = classify_sentence("The claims are false, the company said.")
    assert denial.status.value != "unverified"
    # … after a linking phrase, in other words of invention
    linked = classify_sentences(
        [
            "The minister claimed 40 drones were downed.",
            "In other words, this claim appears to have been conjured out of thin air.",
        ]
    )
    assert [s.status.value for s in linked] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Federal prosecutors alleged that the guards browsed the internet.",
            "Federal prosecutors",
        ),
        (
            "Then, last week, Taylor Swift posted on Twitter accusing the label of lying.",
            "Taylor Swift",
        ),
        (
            "Motoring groups reacted in fury, accusing the judges of being out of touch.",
            "Motoring groups",
        ),
    ],
)
def test_who_alleges_or_accuses_is_the_subject_of_the_clause(text: str, source: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status.value, sentence.source) == ("claimed", source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to a report in the Argus Leader, the campaign began.", "the Argus Leader"),
        ("According to a report in March, prices rose.", "a report"),
    ],
)
def test_a_report_in_a_paper_is_the_papers(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


def test_a_relative_clause_between_subject_and_verb_is_an_aside() -> None:
    sentence = classify_sentence(
        "The German automaker, which has focused on electric cars after its diesel scandal,"
        " says the wagon will be fast."
    )
    assert sentence.source == "The German automaker"


def test_an_adverbial_before_a_subject_and_its_apposition_is_not_the_speaker() -> None:
    sentence = classify_sentence(
        "For his part, the 31-year-old only identified as Rich, described himself as: 'calm'."
    )
    assert sentence.source == "Rich"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Talks are not expected to resume but Ian Ayre, the club's chief executive, last week"
            " said he expected the player to stay.",
            "Ian Ayre",
        ),
        ("John Smith, the mayor, on Monday said the bridge was safe.", "John Smith"),
    ],
)
def test_a_time_between_an_apposition_and_its_verb_is_passed_over(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We found nothing,” said police in Manchester.", "police"),
        ("“We found nothing,” said police on Monday.", "police"),
        ("The drug works, said researchers from Oxford University.", "researchers"),
        ("It was over, said residents of New York.", "residents of New York"),
        ("It was over, said military spokesman Lt. Col. Richard Hecht.", "Richard Hecht"),
    ],
)
def test_a_group_keeps_its_place_and_a_rank_does_not_end_a_name(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


def test_a_verdict_is_about_the_last_claim_not_who_debunked_it() -> None:
    sentences = classify_sentences(
        [
            "A viral post claimed the vaccine contains microchips.",
            "Health officials said there was no evidence of that.",
            "The claim is false.",
        ]
    )
    assert [s.status.value for s in sentences] == ["unverified", "attributed", "unverified"]
    made_of = classify_sentences(
        ["Smith said the drug was safe.", "This story is made up of interviews with patients."]
    )
    assert [s.status.value for s in made_of] == ["attributed", "none"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Trump claimed all of the votes in the district were fake.", "claimed"),
        ("The rebels claimed a third of the country's territory by 2015.", "none"),
    ],
)
def test_a_share_claimed_is_no_claim_unless_something_is_said_of_it(
    text: str, status: str
) -> None:
    assert classify_sentence(text).status.value == status


def test_a_paper_named_like_a_role_is_the_paper() -> None:
    sentences = classify_sentences(
        [
            "Noem later tweeted that the epidemic needs to be a dinner table conversation.",
            "The campaign cost the state $449,000, according to the Sioux Falls Argus Leader.",
        ]
    )
    assert sentences[-1].source == "the Sioux Falls Argus Leader"


def test_an_office_is_named_in_full_not_by_its_remit() -> None:
    sentence = classify_sentence(
        "The United Nations High Commissioner for Human Rights said the decision changed nothing."
    )
    assert sentence.source == "The United Nations High Commissioner for Human Rights"


def test_a_body_with_a_long_name_is_named_in_full() -> None:
    sentence = classify_sentence(
        "The couple was quarantined, and the Chinese Center for Disease Control and Prevention "
        "said it had investigated."
    )
    assert sentence.source == "the Chinese Center for Disease Control and Prevention"


def test_a_capitalised_name_after_the_is_no_description() -> None:
    sentences = classify_sentences(
        [
            "On Tuesday the house was handed to Austria's Interior Ministry.",
            "A jury will pick the winning design next year, the Interior Ministry said.",
        ]
    )
    assert sentences[-1].source == "the Interior Ministry"


def test_a_name_apposed_to_another_role_is_the_speaker() -> None:
    sentence = classify_sentence(
        "Another student , sam greathouse , told gma that he jumped into action ."
    )
    assert sentence.source == "sam greathouse"


def test_a_leader_with_a_party_before_is_a_role_not_a_paper() -> None:
    sentences = classify_sentences(
        ["Jeremy Corbyn addressed the rally.", "The Labour Leader claimed the government lied."]
    )
    assert sentences[-1].source == "Jeremy Corbyn"


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a surname with a particle is the full name given in the same sentence
        (
            ["Louis van Gaal praised him after the game, and Van Gaal said: 'He is good.'"],
            "Louis van Gaal",
        ),
        # a titled surname does not replace the full name learned before
        (
            [
                "Tim Weston was on holiday with his wife.",
                "Mr Weston told reporters the dog belonged to a shop owner.",
                "'It was awful,' Mr Weston explained.",
            ],
            "Tim Weston",
        ),
        # a nationality before a name is not part of it
        (
            ["American Lauren Davis won in straight sets.", "Davis said it was her best match."],
            "Lauren Davis",
        ),
    ],
)
def test_a_surname_speaks_as_the_full_name_the_article_gave(texts: list[str], source: str) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_denying_claims_that_something_is_so_flags_the_unsourced_claims() -> None:
    sentence = classify_sentence("The minister denied claims that he lied to parliament.")
    assert sentence.status is ClaimStatus.CLAIMED
    assert sentence.source == "the minister"
    assert sentence.cue == "denied claims"
    assert sentence.reason == "The minister denied claims the article does not source."
    # the claims an insurer denies are requests for money, not statements
    assert _status("The insurer denied claims worth millions.") is ClaimStatus.NONE


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The shares fell, with analysts saying that demand was weak.", "analysts"),
        ("Charging will be fast, with Audi suggesting that it takes 30 minutes.", "Audi"),
        ("McClatchy reported a loss of $304.7 million in the third quarter.", "McClatchy"),
    ],
)
def test_a_subject_of_its_own_or_a_firms_results_is_attributed(text: str, source: str) -> None:
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus.ATTRIBUTED
    assert sentence.source == source


def test_a_kind_of_firm_is_not_any_body_that_spoke_before() -> None:
    sentences = classify_sentences(
        ["Police said the shop was targeted twice.", "The chain said staff were safe."]
    )
    assert sentences[-1].source == "the chain"
    reported = classify_sentence("The firm's reported profit rose 12%.")
    assert reported.status is ClaimStatus.NONE  # "reported" as an adjective is no speech


def test_a_straight_quotation_mark_closed_by_a_curly_one_still_closes_the_quote() -> None:
    sentence = classify_sentence('"These guards should stand trial,” Sasse said.')
    assert sentence.source == "Sasse"


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (
            ["Smith spoke on Monday.", "Smith's claims that he was innocent were rejected."],
            "Smith",
        ),
        (
            ["Mr Brown spoke on Monday.", "His claims to have fixed the banks were tested."],
            "Mr Brown",
        ),
        # a denial of someone's claims is the denier's statement
        (["Big Machine has denied Swift’s claims, saying they were false."], "Big Machine"),
    ],
)
def test_claims_with_an_owner_are_the_owners(texts: list[str], source: str) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_a_lone_word_that_acts_is_never_who_he_or_she_means() -> None:
    # a club, a firm or a place acts as often as a person: "he" stays the person named before,
    # or unknown
    hamilton = classify_sentences(
        [
            "Lewis Hamilton was fastest in practice.",
            "Mercedes struggled with tyre wear.",
            "He said the car felt good.",
        ]
    )
    assert hamilton[-1].source == "Lewis Hamilton"
    chelsea = classify_sentences(["Chelsea signed the striker.", "He said he was delighted."])
    assert chelsea[-1].source is None
    blackburn = classify_sentences(["Blackburn have signed a striker.", "He said it was done."])
    assert blackburn[-1].source is None
    modifier = classify_sentences(
        ["Dawson was pleased.", "Blackburn strikers Rhodes and Gestede scored.", "He said so."]
    )
    assert modifier[-1].source == "Dawson"


@pytest.mark.parametrize(
    "texts",
    [
        [
            "Dawson also leads a team of teachers, holding monthly public sessions.",
            "She says she became a teacher out of personal interest.",
        ],
        [
            "Volker disputed the notion that he had been part of an outside channel.",
            "He denied that he and the ambassador formed an irregular channel.",
        ],
    ],
)
def test_a_surname_that_acts_is_who_he_or_she_means(texts: list[str]) -> None:
    # one capitalised word only a surname list knows, with a singular verb after it, is a
    # person acting (a first name may be a place or a club: "Chelsea signed")
    assert classify_sentences(texts)[-1].source == texts[0].split()[0]


def test_who_speaks_of_someones_claims_is_the_speaker() -> None:
    sentence = classify_sentence(
        "Charles Simpson, a programme administrator, told reporters the ministry's allegations "
        "are false."
    )
    assert sentence.source == "Charles Simpson"


def test_a_bare_saying_that_in_the_writers_voice_is_no_attribution() -> None:
    assert _status("That is not saying that the plan was a bad one.") is ClaimStatus.NONE


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # an adverb between the auxiliary and the verb is not the speaker
        (
            [
                "Julian Assange spoke.",
                "He has always denied the allegations, saying it was false.",
            ],
            "Julian Assange",
        ),
        # an abbreviation's full stop belongs to the name
        (
            ["U.S. Attorney James Kennedy Jr. said in the release the case was clear."],
            "U.S. Attorney James Kennedy Jr.",
        ),
        # "for" inside a name is kept, and so is whom a spokesman speaks for, as in "a
        # spokesman for the council said"
        (
            ["According to the Centre for Disease Control in the US, it is treatable."],
            "the Centre for Disease Control",
        ),
        (
            ["According to a spokesman for the council, the road will close."],
            "a spokesman for the council",
        ),
        # a participle's clause before the speaker goes; a gerund that modifies stays
        (["Defending the decision a spokeswoman said: 'Safety comes first.'"], "a spokeswoman"),
        (
            ["Motoring groups reacted in fury, accusing the judges of being out of touch."],
            "Motoring groups",
        ),
        # words after "said" that run into a quotation are what was said
        (
            ['Elias Rodriguez, an EPA spokesman, said the test results "do show a presence".'],
            "Elias Rodriguez",
        ),
    ],
)
def test_speaker_phrases_are_trimmed_to_the_name(texts: list[str], source: str) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_a_contraction_split_by_a_tokenizer_is_no_speaker() -> None:
    assert not is_plausible_source("wouldn ’ t")
    assert not is_plausible_source("Defending the decision")
    assert is_plausible_source("King Charles's spokesman")
    assert is_plausible_source("Irving Berlin")


def test_a_plural_possessive_does_not_close_a_quotation() -> None:
    sentences = classify_sentences(
        [
            "He said: 'Patriotism means supporting a strong parliament.",
            "'It means taking the money that comes from the bankers' bonus tax that will pay.",
        ]
    )
    assert sentences[-1].source is None  # never "bonus tax"
    closing = classify_sentences(["John Smith scored twice.", "'We are the champions' he said."])
    assert closing[-1].source == "John Smith"


def test_a_teams_role_is_not_the_last_person_who_acted() -> None:
    sentences = classify_sentences(
        ["Rishi Sunak visited the plant on Monday.", "Labour's leader said the visit was a stunt."]
    )
    assert sentences[-1].source == "Labour's leader"


def test_a_ruling_without_its_that_is_attributed_but_ruling_a_country_is_not() -> None:
    sentence = classify_sentence("Last month a judge ruled the player had tried to buy her off.")
    assert sentence.status is ClaimStatus.ATTRIBUTED
    assert sentence.source == "a judge"
    assert _status("The king ruled the country for 30 years.") is ClaimStatus.NONE


def test_a_pronoun_after_a_quotation_names_its_speaker_whatever_the_verb() -> None:
    sentences = classify_sentences(
        ["Andrew said he was fine.", "“Oh, actually? Yes,” he assures himself."]
    )
    assert sentences[-1].source == "Andrew"


def test_a_named_antecedent_of_which_or_who_speaks() -> None:
    sentence = classify_sentence(
        "Assange is battling extradition to the United States, which accuses him of leaking."
    )
    assert sentence.status is ClaimStatus.CLAIMED
    assert sentence.source == "the United States"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the first speaker is given; "according to" after the clause only relays it
        (
            "The couple was quarantined, and the Chinese Center for Disease Control said it "
            "had traced people who might have been exposed, according to Sui-Lee Wee.",
            "the Chinese Center for Disease Control",
        ),
        # a document found or posted somewhere is the source, not the name after it
        (
            "According to another mugshot found online, Carrion-Moore, was arrested in February.",
            "another mugshot",
        ),
    ],
)
def test_according_to_relays_the_first_speaker_and_names_documents(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


def test_no_evidence_to_corroborate_this_claim_is_a_note_on_the_claim_before() -> None:
    sentences = classify_sentences(
        [
            "The tweet claimed that she is worth $17 million.",
            "We have found no evidence to corroborate this claim.",
        ]
    )
    assert [s.status for s in sentences] == [ClaimStatus.UNVERIFIED, ClaimStatus.UNVERIFIED]
    assert sentences[0].source == "the tweet"


def test_a_role_and_name_opening_the_clause_beat_the_places_in_its_asides() -> None:
    sentence = classify_sentence(
        '"Water is hard to find," study lead author Lucas Paganini, a scientist at a centre in '
        "Greenbelt, Maryland, and American University in Washington, D.C., said in a statement."
    )
    assert sentence.source == "Lucas Paganini"


def test_her_outrageous_claims_are_hers_and_a_palace_is_no_person() -> None:
    sentences = classify_sentences(
        [
            "Ms Reichert became famous last year.",
            "Kensington Palace has previously said she was not invited.",
            "Not long after she rose to prominence for her outrageous claims, she was arrested.",
        ]
    )
    assert sentences[-1].status is ClaimStatus.CLAIMED
    assert sentences[-1].source == "Ms Reichert"


def test_a_noun_between_the_possessive_and_claims_owns_them() -> None:
    sentences = classify_sentences(["Ms Smith spoke.", "Her husband claims he was at home."])
    assert sentences[-1].source == "Her husband"


def test_sources_of_a_kind_name_no_one() -> None:
    sentence = classify_sentence("Apple plans a new MacBook Pro, according to industry sources.")
    assert sentence.status is ClaimStatus.CLAIMED
    assert sentence.source == "industry sources"


@pytest.mark.parametrize(
    "text",
    [
        "The film was greenlit in 2016, with reports that Chris Hemsworth would return.",
        "Shares fell amid reports of a rift in the board.",
        "There were reports that the president was ill.",
    ],
)
def test_reports_no_one_is_named_for_are_claims_with_no_speaker(text: str) -> None:
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus.CLAIMED
    assert sentence.source is None


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a full name later in the sentence is someone else: the speaker keeps its own name
        (["Murray said he was proud of his brother Jamie Murray after the match."], "Murray"),
        (["Apple said the Apple Watch Ultra would go on sale on Friday."], "Apple"),
        # a capitalised particle is part of a body's name, not a person's
        (
            ["Anglo American's De Beers unit cut prices.", "De Beers said demand was weak."],
            "De Beers",
        ),
        # the name inside a description is not the speaker; the name the description is,
        # between commas, is
        (
            ["On Monday, the mother of teenager Brianna Ghey, Esther Ghey, said she forgave."],
            "Esther Ghey",
        ),
        # a second clause before "according to" may be the relaying source's own
        (
            [
                "The ministry warned that the dam was unsafe, but the dam collapsed last week, "
                "killing 40 people, according to local officials."
            ],
            "local officials",
        ),
        # "with X insisting that" does not displace the main speaker
        (["Smith said the deal was off, with the club insisting that talks were over."], "Smith"),
        # the antecedent speaks only for a claim verb, not for an aside's denial
        (
            ["Lawyers for Mr Smith, who denies murder, told the court the case was weak."],
            "Lawyers for Mr Smith",
        ),
    ],
)
def test_review_regressions_of_the_speaker_rules(texts: list[str], source: str) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_a_note_on_this_claim_covers_the_claimant_not_the_last_speaker() -> None:
    sentences = classify_sentences(
        [
            "The Foreign Office said it was aware of the reports.",
            "Russian state media claimed that a British spy had been caught.",
            "There is no evidence to corroborate this claim.",
            "The Foreign Office said it was in contact with local authorities.",
        ]
    )
    assert sentences[1].status is ClaimStatus.UNVERIFIED
    assert sentences[-1].status is ClaimStatus.ATTRIBUTED


@pytest.mark.parametrize(
    "text",
    [
        "Aviva paid claims that totalled £4.2bn last year.",
        "The insurer rejected claims that were filed after the deadline.",
        "Insurers denied claims that lacked receipts.",
    ],
)
def test_claims_an_insurer_handles_stay_no_claims_even_with_a_relative_that(text: str) -> None:
    assert _status(text) is ClaimStatus.NONE


def test_a_quotation_ending_in_a_plural_closes_before_a_function_word_or_verb() -> None:
    sentence = classify_sentence(
        "Smith dismissed the story as 'rumours spread by my rivals' and vowed to fight on."
    )
    assert sentence.source == "Smith"


def test_a_tokenised_possessive_is_no_split_contraction() -> None:
    assert is_plausible_source("britain ' s foreign office")


def test_a_nationality_is_no_person_and_a_claim_noun_subject_has_no_claimant() -> None:
    sentences = classify_sentences(
        [
            "The decision by Swedish prosecutors today means no competing request.",
            "Assange was accused of rape by a woman in 2010.",
            "He has always denied the allegations, saying the sex was consensual.",
        ]
    )
    # never "Swedish"; Assange, a lone word acting in the past, is "he"
    assert sentences[-1].source == "Assange"
    sentence = classify_sentence(
        "The Pentagon rejected these accusations, and analysts told reporters the Russian and "
        "Syrian claims are false."
    )
    assert sentence.source != "Syrian"


def test_a_note_naming_the_claim_is_a_verification_note_the_summary_skips() -> None:
    sentences = classify_sentences(
        [
            "The tweet claimed that she is worth $17 million.",
            "We found no evidence to back up this claim.",
        ]
    )
    assert [is_verification_note(s) for s in sentences] == [False, True]


@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        # a name after a possessive and a title has no words left: no crash
        (["Germany's Dr. Merkel said the euro was safe."], "attributed", "Germany's Dr. Merkel"),
        (["Marvel's Dr. Strange was a hit."], "none", None),
        # a full name later in the sentence that shares the surname is someone else
        (
            ["Trump said his son Eric Trump would run the Trump Organization."],
            "attributed",
            "Trump",
        ),
        # a claim noun's modifier makes the claim, whoever rejects it
        (["Hamas claims are false, the Israeli military said."], "claimed", "Hamas"),
        # after a speech verb the note is that sentence's own unverified statement
        (
            ["Police said they had found no evidence to support the claims."],
            "unverified",
            "Police",
        ),
        # a claim earlier in the same sentence is what the note doubts
        (
            ["Smith said he was attacked, but there is no evidence to support the claim."],
            "unverified",
            "Smith",
        ),
        # the head of "of" speaks, not the name inside its phrase
        (
            ["The daughter of Frank Smith, who claims she was abused, said she would sue."],
            "claimed",
            "the daughter of Frank Smith",
        ),
        # nouns in -ent and -ic are owners' roles, not adjectives
        (["Trump's opponent claims the election was rigged."], "claimed", "Trump's opponent"),
        # an insurer's claims stay none even with a pronoun after "that"
        (["Aviva rejected claims that it had received after the deadline."], "none", None),
        # a closing quotation before its tag, whatever ends the quotation
        (
            ["'This is a great night for the fans' manager Eddie Howe said."],
            "attributed",
            "Eddie Howe",
        ),
        # "according to" relays only speech, not any act
        (
            ["The Romans ruled the region before the empire collapsed, according to historians."],
            "attributed",
            "historians",
        ),
        (["The Tudors ruled the country while Parliament was weak."], "none", None),
    ],
)
def test_second_review_regressions(texts: list[str], status: str, source: str | None) -> None:
    sentence = classify_sentences(texts)[-1]
    assert (str(sentence.status), sentence.source) == (status, source)


def test_a_denial_is_neither_a_claimant_nor_covered_by_the_verdict_after_it() -> None:
    sentences = classify_sentences(
        [
            "The club denied claims that the manager would be sacked.",
            "The rumours are false.",
            "The club said the player would be unveiled on Friday.",
        ]
    )
    assert [str(s.status) for s in sentences] == ["claimed", "unverified", "attributed"]
    assert sentences[0].reason == "The club denied claims the article does not source."


# Words the speaker rules take apart: names, possessives, titles, particles, quotation marks,
# claim and speech words, clause joints. Random sentences of them once crashed the engine
# ("Germany's Dr. Merkel" left no words of a name).
_FUZZ_WORDS = tuple(
    [
        "Smith",
        "Smith's",
        "Germany's",
        "Dr.",
        "Mr",
        "Ms",
        "van",
        "de",
        "Van",
        "De",
        "Louis",
        "Gaal",
        "Jr.",
        "the",
        "a",
        "his",
        "her",
        "their",
        "claims",
        "claimed",
        "denied",
        "said",
        "told",
        "according",
        "to",
        "reports",
        "sources",
        "who",
        "which",
        "that",
        "of",
        "for",
        "no",
        "evidence",
        "to",
        "corroborate",
        "this",
        "claim",
        ",",
        "'",
        "’",
        "“",
        "”",
        '"',
        ".",
        "Defending",
        "King",
        "Charles's",
        "Swedish",
        "with",
        "saying",
        "ruled",
        "had",
        "was",
        "he",
        "she",
        "they",
        "Police",
        "police's",
        "bankers'",
        "bonus",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_FUZZ_WORDS), max_size=25), min_size=1, max_size=4))
def test_no_sentence_of_name_and_claim_words_crashes_or_shows_a_fragment(
    sentences: list[list[str]],
) -> None:
    for result in classify_sentences([" ".join(words) for words in sentences]):
        assert result.source is None or len(result.source.split()) <= 12


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a particle joins a person's name only: a race, a city or a van is no name to expand
        (
            ["He won the Tour de France in 2019.", "France said it would host the race again."],
            "France",
        ),
        (["A Ford van Smith was driving hit a wall.", "Smith said he was shaken."], "Smith"),
        (["Louis van Gaal praised him.", "Van Gaal said: 'He is good.'"], "Louis van Gaal"),
    ],
)
def test_particle_names_are_known_with_their_particle(texts: list[str], source: str) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_a_verdict_reaches_back_two_sentences_and_never_to_a_speakers_mention_of_rumours() -> None:
    stale = classify_sentences(
        [
            "Smith claimed he was attacked.",
            "Officials said the mine was closed.",
            "Jones said the mine would reopen.",
            "There is no evidence to support these reports.",
        ]
    )
    assert [str(s.status) for s in stale] == ["claimed", "attributed", "attributed", "unverified"]
    denial = classify_sentences(
        ["The minister said the rumours were false.", "There is no evidence for the rumours."]
    )
    assert denial[0].status is ClaimStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        (
            "Iranian claims that the drone was shot down were denied by the Pentagon.",
            "claimed",
            None,
        ),
        (
            "The husband of former minister Jane Smith, who claims he was drugged, has sued.",
            "claimed",
            None,
        ),
        ("‘We did it for the fans’ boss Eddie Howe admitted.", "attributed", "Eddie Howe"),
        ("The film stars Tom Hanks, who claimed the Oscar in 1994.", "none", None),
    ],
)
def test_third_review_regressions(text: str, status: str, source: str | None) -> None:
    sentence = classify_sentence(text)
    assert (str(sentence.status), sentence.source) == (status, source)


def test_a_quotation_stopping_on_a_comma_belongs_to_its_tag() -> None:
    sentences = classify_sentences(
        [
            "Jo Lawrence plans to donate the proceeds, KSL reports.",
            "The family started a campaign 'When Wil was little, he would lie like he was flying.",
            "It wasn't something any of my other kids did,' Lawrence told ABC.",
            "'We all said, 'Look, he's flying!'",
        ]
    )
    assert [s.source for s in sentences[2:]] == ["Jo Lawrence", "Jo Lawrence"]
    # a stop before the mark still ends the first speaker's quotation before a new one
    first = classify_sentences(
        [
            "Andrew Gwynne said: 'The agency is atrocious at removing rubbish.",
            "The worst case I've seen is Crookilley Way.' A spokesman said: 'We agree.'",
        ]
    )
    assert first[-1].source == "Andrew Gwynne"


def test_a_lower_cased_name_the_article_wrote_before_is_that_name() -> None:
    sentences = classify_sentences(
        [
            "Kamal said he spoke as a fan , and not as the president .",
            "Why should i apologise ? , ' kamal said .",
        ]
    )
    assert sentences[-1].source is not None and sentences[-1].source.lower() == "kamal"
    assert classify_sentence("I 'm sorry , `` bates said in a video .").source == "bates"


def test_telling_someone_before_a_colon_is_speech_by_the_clause_subject() -> None:
    sentences = classify_sentences(
        [
            "In another, a man encourages his mother, telling her: 'You used to tell me that.",
            "You said that it's best to start off on the sunny side of the street.'",
        ]
    )
    assert [(s.status, s.source) for s in sentences] == [(ClaimStatus.ATTRIBUTED, "a man")] * 2


def test_a_role_before_a_lower_cased_name_shows_a_person_a_pronoun_can_mean() -> None:
    sentences = classify_sentences(
        [
            "Passenger panupon rattanakornpanya , 44 , told thai rath that a fire broke out .",
            "Everyone was in a panic .",
            "Many jumped into the water , ' he said .",
        ]
    )
    assert sentences[-1].source == "Passenger panupon rattanakornpanya"
    titled = classify_sentences(
        [
            "Last night , former poet laureate sir andrew motion accused the council of neglect .",
            "He said : ‘ every day , people tell us they are disgusted .",
        ]
    )
    assert titled[-1].source == "former poet laureate sir andrew motion"


def test_a_description_with_its_of_phrase_refers_back_to_no_one() -> None:
    sentences = classify_sentences(
        [
            "Prosecutor jean-pierre valensi said the man had admitted to the killing .",
            "The mother of a child who went to school with chloe told afp : ‘ it 's horrific .",
        ]
    )
    assert sentences[-1].source == "the mother"


def test_the_agency_is_the_body_with_initials_that_spoke_last() -> None:
    sentences = classify_sentences(
        [
            "The telescope has been key to the discoveries, NASA said in a news release.",
            '"Scientists recently provided powerful evidence of an ocean," the agency noted.',
        ]
    )
    assert sentences[-1].source == "NASA"
    # a firm is not "the agency": the role stays the speaker
    firm = classify_sentences(
        ["Acme Corp said sales rose.", '"We will keep the plan," the agency said.']
    )
    assert firm[-1].source == "the agency"


def test_a_note_on_the_groups_claim_names_the_group_that_claimed() -> None:
    sentences = classify_sentences(
        [
            "The Afghan Taliban, however, claimed responsibility for downing the helicopter.",
            '"The helicopter was shot down," Taliban spokesman Zabihullah Mujahid said.',
            '"All on board were killed," Mujahid said.',
            "It was not possible to independently verify the group's claim.",
        ]
    )
    assert (sentences[-1].status, sentences[-1].source) == (
        ClaimStatus.UNVERIFIED,
        "The Afghan Taliban",
    )
    assert sentences[0].status is ClaimStatus.UNVERIFIED  # the group's claim is the one doubted
    # a note naming no owner is about the last speaker
    plain = classify_sentences(
        ["Jo Roe said 40 drones were downed.", "This could not be verified."]
    )
    assert plain[-1].source == "Jo Roe"
    # a named owner is that name
    named = classify_sentences(
        ["Officials said 40 drones were downed.", "Russia's figures could not be verified."]
    )
    assert named[-1].source == "Russia"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a relative clause with its own subject: that subject speaks
        (
            "The hedge was cut to 20ft, a height which Ms Alexander claims will block light.",
            "Ms Alexander",
        ),
        # … but a relative pronoun that is the subject has nothing after it
        ("The United States, which accuses him of spying, said he fled.", "The United States"),
        # a long participle phrase modifies the head; a short one is part of the name
        (
            "Residents living yards from the scene of the Hatton Garden heist said they heard it.",
            "Residents",
        ),
        ("The loving couple said they would buy a home.", "the loving couple"),
        # … and after the head's "of" phrase: the member, not the talks
        (
            "A senior member of the party attending the talks in Bonn said they had failed.",
            "a senior member of the party",
        ),
        ("A member of the ruling party said the talks failed.", "a member of the ruling party"),
    ],
)
def test_the_subject_of_a_relative_clause_and_the_head_before_a_participle(
    text: str, source: str
) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a named agency is itself, not the acronym that spoke before
        (
            ["NASA said the launch was delayed.", "The European Space Agency said it was ready."],
            ("attributed", "The European Space Agency"),
        ),
        # a possessive that opens a sentence owns claims only when the doubt is about them
        (
            [
                "Zelensky said troops were holding the line.",
                "Zelensky's remarks came after Russia claimed, without providing evidence, "
                "that it had seized the town.",
            ],
            ("unverified", "Russia"),
        ),
        # "the army's account" is the army's, not the last claimant's
        (
            [
                "Rebels claimed to have seized the town.",
                "The army said it still held it.",
                "Reuters could not verify the army's account.",
            ],
            ("unverified", "the army"),
        ),
        # a thing's toll is the last speaker's figure
        (
            [
                "The Taliban claimed responsibility for the blast.",
                "Police chief Ali Khan said 12 people were killed.",
                "It was not possible to verify the attack's death toll.",
            ],
            ("unverified", "Ali Khan"),
        ),
        # a place's toll is the body of that place that gave it
        (
            [
                "Gaza's Health Ministry said 40 people were killed.",
                "Gaza's death toll could not be independently verified.",
            ],
            ("unverified", "Gaza's Health Ministry"),
        ),
        # a comma before the mark, then no speech tag: the first speaker goes on
        (
            [
                "Mayor Ann Cole said: 'We are proud of this city.",
                "We did our best,' and Jones told reporters the team was tired.",
            ],
            ("attributed", "Ann Cole"),
        ),
        (
            [
                "Mayor ann cole said : ' we are proud of this city .",
                "i asked them , ' why do you do this ? '",
            ],
            ("attributed", "Mayor ann cole"),
        ),
        # a lower-case plural in text as written is not a surname seen before
        (
            ["Tony Banks said the plan was fine.", "The cuts were a mistake, banks said."],
            ("attributed", "banks"),
        ),
        # "The chief executive of the company" refers back to the one named
        (
            [
                "Acme chief executive Jo Roe said sales rose.",
                "The chief executive of the company who took over last year said more would come.",
            ],
            ("attributed", "Jo Roe"),
        ),
        # a role word inside a thing's name does not make the thing a person
        (
            ["the witness protection scheme said it would close .", "he said it was over ."],
            ("attributed", None),
        ),
    ],
)
def test_the_reviewed_limits_of_this_sessions_speaker_rules(
    texts: list[str], expected: tuple[str, str | None]
) -> None:
    got = classify_sentences(texts)[-1]
    assert (got.status.value, got.source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A local news report aired on Tuesday night said the mayor had resigned.",
            "a local news report",
        ),
        (
            "The Bank of England which cut rates last year said it would act.",
            "The Bank of England",
        ),
        (
            "The Church of England which apologised last year said it would pay.",
            "The Church of England",
        ),
    ],
)
def test_compound_nouns_and_relative_verbs_are_no_subjects(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


def test_telling_her_after_a_noun_is_that_nouns_speech_not_the_subjects() -> None:
    sentence = classify_sentence(
        "Jane Roe, 40, recalled her mother telling her: 'You can do anything."
    )
    assert sentence.source != "Jane Roe"


def test_a_quotation_left_open_goes_on_in_the_next_sentence_until_narration() -> None:
    sentences = classify_sentences(
        [
            "Mr Cervantes spent eight hours watching the volcano.",
            "He said: 'I waited for eight hours, knowing something was going to happen.",
            "When the lightning arrived it was magical.",
        ]
    )
    assert (sentences[-1].status, sentences[-1].source) == (
        ClaimStatus.ATTRIBUTED,
        "Mr Cervantes",
    )
    # narration opens with a name, a noun phrase or a third person: the quote has ended
    for narration in (
        "The volcano erupted again in 2015.",
        "Cervantes sold the picture to a magazine.",
        "She is a geologist.",
    ):
        after = classify_sentences(
            ["He said: 'I waited for eight hours, knowing something would happen.", narration]
        )
        assert after[-1].status is ClaimStatus.NONE, narration
    # a sentence that ends on its closing mark, or with its tag, leaves no quote open
    for closed in (
        "'We are going there full of confidence,' he said. 'It is the National.'",
        "'It hurts more than the result, said Tom Baker.",
    ):
        after = classify_sentences([closed, "For the fans it was just a special day."])
        assert after[-1].status is ClaimStatus.NONE, closed


def test_a_verb_phrase_after_to_is_never_a_speaker() -> None:
    sentence = classify_sentence(
        "Since 2010 President Barack Obama is trying to expand immigration policies, which could"
        " exempt 5million immigrants from deportation Alabama Sen. Jeff Sessions, who has been a"
        " leader in the debate, said in a letter that immigration will hurt the middle class."
    )
    assert sentence.source is not None and "expand" not in sentence.source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a finishing position claimed is a result, not an assertion
        ("Nasr and Ericsson performed superbly to claim ninth and 10th.", "none"),
        ("She claimed fifth in the final.", "none"),
        ("He claimed first that the vote was rigged.", "claimed"),
        ("He claimed the first of his two goals was offside.", "claimed"),
        # speculation and rumours no one is named for are hearsay
        ("Despite speculation this season that the coach will go, the club is calm.", "claimed"),
        ("Amid rumours of a rift, the band split.", "claimed"),
        ("With speculation mounting, the club said nothing.", "attributed"),
        # … wherever the speculation stands, but not the trade
        ("The sacking will reignite speculation about his future.", "claimed"),
        ("Speculation is mounting that the club will sell him.", "claimed"),
        ("Speculation in property drove prices up.", "none"),
    ],
)
def test_finishing_positions_and_unnamed_speculation(text: str, status: str) -> None:
    assert classify_sentence(text).status.value == status


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a caption or the writer's own time after a quotation left open is narration
        (['Jones told reporters: "We lost the game.', "Photograph: Getty Images"], ("none", None)),
        (
            ['Jones told reporters: "We lost the game.', "Meanwhile, fans gathered."],
            ("none", None),
        ),
        (
            ['Jones told reporters: "We lost the game.', "In 2019 the firm lost £2m."],
            ("none", None),
        ),
        (
            ["Mr Dobson said: ‘We welcome the decision.", "It comes after a long campaign."],
            ("none", None),
        ),
        (
            ['Jones told reporters: "We lost the game.', "On Monday, the club sacked him."],
            ("none", None),
        ),
        # a quote inside a quotation closes at the sentence's end; the quotation goes on
        (
            ["Smith said: \"Fans kept chanting 'sack the board.'", "We will not let that happen."],
            ("attributed", "Smith"),
        ),
    ],
)
def test_the_limits_of_a_quotation_left_open(
    texts: list[str], expected: tuple[str, str | None]
) -> None:
    got = classify_sentences(texts)[-1]
    assert (got.status.value, got.source) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a quote opened with a double mark after its tag goes on, however the next opens
        (
            [
                'Ann Lee, a mission scientist, said: "Pluto blew us away today.',
                "The team is thrilled.",
            ],
            ("attributed", "Ann Lee"),
        ),
        (
            [
                "“They fined me,” Tom Ward told Fox News, “but they let her go.",
                "Jane is still free.",
            ],
            ("attributed", "Tom Ward"),
        ),
        (
            ["Sen. Ann Lee tweeted “BREAKING: The report is out.", "Bill Barr must publish it."],
            ("attributed", "Ann Lee"),
        ),
        # … but for one sentence: the next that opens as narration is the writer's
        (
            [
                'Ann Lee said: "Pluto blew us away today.',
                "The team is thrilled.",
                "The probe was launched in 2006.",
            ],
            ("none", None),
        ),
        # … nor into one that names the speaker, as a speaker does not
        (
            ['Ann Wilson told reporters: "We are going to win.', "Wilson trails by six points."],
            ("none", None),
        ),
        (
            ['Mr Johnson said: "I am proud of these guys.', "Johnson, 44, has a 24-14 record."],
            ("none", None),
        ),
        # … and never into a caption or a label
        (
            ['Ann Lee said: "Pluto blew us away today.', "Pluto pictured from the probe."],
            ("none", None),
        ),
        (
            ['Ann Lee said: "Pluto blew us away today.', "New Horizons: The Movie opens soon."],
            ("none", None),
        ),
        # a quote that opens its sentence, or one in single marks, may be a paragraph whose
        # closing mark was dropped
        (['"Pluto blew us away today.', "The team is thrilled."], ("none", None)),
        (["Ann Lee said: 'Pluto blew us away today.", "The team is thrilled."], ("none", None)),
    ],
)
def test_a_quote_opened_in_prose_goes_on_into_the_next_sentence(
    texts: list[str], expected: tuple[str, str | None]
) -> None:
    got = classify_sentences(texts)[-1]
    assert (got.status.value, got.source) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an ordinal that begins a noun phrase is no finishing position
        ("He has claimed first-hand knowledge of the plot.", "claimed"),
        ("The group claimed third-party contractors had planted the device.", "claimed"),
        ("Rebels claimed 3rd Brigade soldiers had defected.", "claimed"),
        # speculation by someone named is theirs, not hearsay no one is named for
        ("Amid speculation by analysts that rates would rise, the pound fell.", "none"),
    ],
)
def test_ordinals_before_nouns_and_named_speculation(text: str, status: str) -> None:
    assert classify_sentence(text).status.value == status


def test_a_first_name_shows_a_person_in_text_that_lost_its_capitals() -> None:
    sentences = classify_sentences(
        [
            "Andy murray arrived back in britain on monday as world no 3 .",
            "The 27-year-old scot confirmed it will be a small wedding in his hometown .",
        ]
    )
    assert sentences[-1].source == "Andy murray"


def test_a_first_name_before_a_verb_is_no_full_name() -> None:
    sentences = classify_sentences(
        [
            "Leanne won the public vote in the final of the show 's first series .",
            "The singer has said she was given poor advice by her label .",
        ]
    )
    assert sentences[-1].source == "the singer"


def test_a_capitalised_word_that_is_no_name_goes_on_with_an_open_quotation() -> None:
    sentences = classify_sentences(
        ["Another guard, Beau James, commented on the photo: 'Welcome to the gang.", "Well done."]
    )
    assert (sentences[-1].status, sentences[-1].source) == (ClaimStatus.ATTRIBUTED, "Beau James")


def test_a_first_name_or_a_title_as_a_label_after_an_open_quotation_is_narration() -> None:
    for narration in (
        "Michael scored twice in the second half.",
        "Fall of an Empire: The Story of Katherine is on stage at the Rose Theatre this month.",
    ):
        sentences = classify_sentences(
            ["The director, Michael Redwood, said: 'It is a story about faith.", narration]
        )
        assert sentences[-1].status is ClaimStatus.NONE, narration


def test_a_bare_spokesman_right_after_a_body_spoke_is_that_bodys() -> None:
    sentences = classify_sentences(
        [
            "The Animal Health Trust confirmed their vets now use an incubator.",
            "A spokesman said: 'We pioneered the use of MRI in animals.'",
        ]
    )
    assert sentences[-1].source == "an Animal Health Trust spokesman"


def test_a_bare_spokesman_after_a_person_or_a_silent_body_stays_as_written() -> None:
    after_person = classify_sentences(
        ["John Smith said the vets were careful.", "A spokesman said: 'We are sorry.'"]
    )
    after_silence = classify_sentences(
        [
            "The Animal Health Trust confirmed their vets now use an incubator.",
            "The pads are heated before each scan.",
            "A spokesman said: 'We are sorry.'",
        ]
    )
    assert after_person[-1].source == after_silence[-1].source == "a spokesman"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Attorneys representing the harris family said there are differences .",
            "Attorneys representing the harris family",
        ),
        (
            "Representatives of Epstein's family suggested he may have been murdered.",
            "Representatives of Epstein's family",
        ),
    ],
)
def test_a_noun_in_ly_ends_a_speaker_it_is_no_adverb(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


def test_a_relative_clause_in_a_long_subject_describes_its_head() -> None:
    sentence = classify_sentence(
        "A spokesperson who did not wish to be named because of agency policy said in a "
        "statement that the agency never gave vaccines."
    )
    assert sentence.source == "a spokesperson"


def test_a_possessive_noun_phrase_is_no_persons_name() -> None:
    sentence = classify_sentence(
        "Gullit's selection gambit did not pay off and Newcastle lost 'We went 1-0 up but "
        "they turned it around.'"
    )
    assert sentence.source != "Gullit's selection gambit"


def test_a_participle_before_the_clauses_own_verb_names_no_speaker() -> None:
    sentence = classify_sentence(
        "The number of ant infestations reported has shot up three-fold in Scotland."
    )
    assert sentence.source is None


def test_a_gerund_and_its_objects_owner_are_no_person() -> None:
    sentences = classify_sentences(
        [
            "Questioning Vindman's judgment",
            "Republican counsel Steve Castor asked Morrison about concerns within the NSC.",
            "He asked Morrison about concerns, but Morrison's lawyer said it was out of scope.",
            "Morrison did reference his earlier testimony, in which he said others had "
            "raised concerns.",
        ]
    )
    assert sentences[-1].source == "Morrison"


def test_a_statement_is_the_one_who_issued_it() -> None:
    sentences = classify_sentences(
        [
            "On Monday, Big Machine Records issued a statement about the awards show.",
            "The statement, obtained by Variety, claimed that the two had come to terms.",
        ]
    )
    assert sentences[-1].source == "Big Machine Records"


def test_a_year_glued_before_a_name_is_not_part_of_it() -> None:
    sentence = classify_sentence(
        "Growth slowed in 2010 President Barack Obama said, according to the report."
    )
    assert sentence.source != "2010 President Barack Obama"


@pytest.mark.parametrize(
    "text",
    [
        "A twitter account purporting to belong to his brother tweeted the news.",
        "The group believes the toll is higher, with some reports suggesting as many as 200 "
        "have been killed.",
    ],
)
def test_purporting_and_reports_no_one_is_named_for_are_hearsay(text: str) -> None:
    assert classify_sentence(text).status is ClaimStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"Justice has been served," said U.S. Attorney Nealy Cox.',
            "U.S. Attorney Nealy Cox",
        ),
        (
            '"The market is factoring in a recovery," said a report from Kotak Institutional '
            "Equities.",
            "Kotak Institutional Equities",
        ),
        (
            "The friends were on their way to a show, DNA Info reports, and rushed in to stop "
            "an assault.",
            "DNA Info",
        ),
    ],
)
def test_initials_a_documents_author_and_a_tag_between_commas_name_the_speaker(
    text: str, source: str
) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (
            [
                "A young woman abused by Bega Cheese boss Maurice Van Ryn has told a court of "
                "the impact it had on her life.",
                "The young woman, who cannot be named, said she did not know it was wrong.",
            ],
            "the young woman",
        ),
        (
            [
                "Hunger, poverty and homelessness' One resident, named only as Jassem, told "
                "the group how dozens of people had fled the city."
            ],
            "Jassem",
        ),
        (
            [
                "A woman who lives next door, who only wanted to be identified as elizabeth, "
                "told the station she is struggling."
            ],
            "elizabeth",
        ),
    ],
)
def test_an_aside_that_keeps_a_speaker_unnamed_or_names_them_only_so_decides(
    texts: list[str], source: str
) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        (
            "Yersinia pestis, per the WHO, is often found in small mammals.",
            "attributed",
            "the WHO",
        ),
        ("The price is $5 per person, per day.", "none", None),
        ("Mayer hinted that the company was pleased with retention.", "attributed", "Mayer"),
        ("Some studies had hinted at a link between the two.", "none", None),
        ("Home Depot reported third-quarter earnings that topped estimates.", "attributed", None),
        ("The fact that he won suggests that voters have had enough.", "none", None),
    ],
)
def test_per_a_hint_advice_and_results_reported_are_statements(
    text: str, status: str, source: str | None
) -> None:
    sentence = classify_sentence(text)
    assert sentence.status.value == status
    assert source is None or sentence.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to keeping fit and active, she says she feels confident about her looks.",
        "Certainly, if they believed that, the better strategy would have been to step aside.",
    ],
)
def test_a_capitalised_word_that_no_verb_follows_is_no_speaker(text: str) -> None:
    assert classify_sentence(text).source not in ("Thanks", "Certainly")


def test_a_name_and_an_adverb_before_its_verb_is_a_subject() -> None:
    sentences = classify_sentences(
        [
            "Andrew also spent 45 seconds explaining how he couldn’t have been with her, "
            "because she described him as sweating, and at that time he couldn’t sweat.",
            "“Oh, actually? Yes,” he assures himself.",
        ]
    )
    assert sentences[-1].source == "Andrew"


@pytest.mark.parametrize("surname", ["reichert", "Reichert"])
def test_a_relative_of_that_surname_is_not_taken_for_the_one_named_before(surname: str) -> None:
    # a title alone is the full name named before ("Ms reichert" is Carrie reichert); a
    # relative given as one ("Mr Reichert, her husband") is another person
    sentences = classify_sentences(
        [
            f"Carrie {surname} ( left ) , 43 , has released a teaser from her upcoming book .",
            f"Mr {surname} , her husband of 20 years , said he was proud of her .",
        ]
    )
    assert sentences[-1].source == f"Mr {surname}"


@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        # "who" after a name inside a group's description is the group's aside
        (
            [
                "The family of teenager Stephen Lawrence, who was killed in 1993, said they were "
                "relieved."
            ],
            "attributed",
            "the family of teenager Stephen Lawrence",
        ),
        (
            ["Lawyers representing Mr Smith, who denies the charges, said he would appeal."],
            "attributed",
            "Lawyers representing Mr Smith",
        ),
        # "named as", "known as" give a title or a nickname, not the speaker's name
        (
            ["Jose Mourinho, who has been named as the new Chelsea manager, said he was glad."],
            "attributed",
            "Jose Mourinho",
        ),
        (
            ["The woman, who has since been identified as a local teacher, said she was scared."],
            "attributed",
            "the woman",
        ),
        (
            ["Frank Lampard, known as Lamps to his teammates, said he would stay."],
            "attributed",
            "Frank Lampard",
        ),
        # a statement is its issuer's, who opens the clause; a later one replaces it
        (
            [
                "On Monday Apple issued a statement about the phones.",
                "The statement said the batteries were safe.",
            ],
            "attributed",
            "Apple",
        ),
        (
            [
                "Apple issued a statement on Monday.",
                "On Tuesday, Samsung said in a statement that its phones were safe.",
                "The statement added that no one was hurt.",
            ],
            "attributed",
            "Samsung",
        ),
        # a spokesperson is a body's when speaking for it as "we", never a paper's
        (
            [
                "TMZ reported that the rapper was arrested.",
                "A spokesman said the arrest was a misunderstanding.",
            ],
            "attributed",
            "a spokesman",
        ),
        (
            [
                "The Metropolitan Police said officers were called to the home.",
                "A spokeswoman said the singer was shaken but unhurt.",
            ],
            "attributed",
            "a spokeswoman",
        ),
        # a kind of body is one whose name shows that kind, or a brand named before what a
        # body owns (a reader's answer in blind probes; the police are no bank)
        (
            [
                "Police said the robbers targeted a Barclays branch.",
                "The bank said no staff had been hurt.",
            ],
            "attributed",
            "Barclays",
        ),
        (
            [
                "Oxfam said money was stolen from a local charity.",
                "The charity said it would recover.",
            ],
            "attributed",
            "the charity",
        ),
        (
            ["Apple said sales were strong.", "The Company said it would hire more staff."],
            "attributed",
            "Apple",
        ),
        # results reported need an article or a period; a thing that suggests is no speaker
        (["Rooney is on reported earnings of £300,000 a week."], "none", None),
        (["The study relied on self-reported income data."], "none", None),
        (["There has been a reported rise in hate crimes."], "none", None),
        (["Trump never reported income from the deal."], "none", None),
        (["The timing suggests nothing more than a coincidence."], "none", None),
        (["The data hinted that the economy was slowing."], "none", None),
        (["The fee is due, per Section 5 of the contract."], "none", None),
    ],
)
def test_review_of_the_lexicon_and_aside_rules(
    texts: list[str], status: str, source: str | None
) -> None:
    assert _verdict(*texts) == (status, source)


def test_a_place_and_a_word_are_no_lower_case_full_name() -> None:
    for place in ("sydney harbour", "chelsea harbour", "houston east", "victoria cross"):
        sentences = classify_sentences(
            [f"{place} was closed to ferries on monday after the storm .", "he said it was bad ."]
        )
        assert sentences[-1].source != place


def test_a_name_in_ing_before_a_possessive_is_a_name() -> None:
    sentences = classify_sentences(
        ["Channing Tatum's new film opens on Friday.", "He said he was proud of it."]
    )
    assert sentences[-1].source is not None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("‘People who look after him claimed I had demanded money,’ she said.", "claimed"),
        # a hedge keeps distancing in the speaker's own words, as blind labels of real
        # sentences read it ("These alleged acts are …", "As alleged, …")
        (
            '"As alleged, the defendants had a duty to keep inmates safe," the attorney said.',
            "claimed",
        ),
        ("'We are investigating an alleged assault,' a police spokesman said.", "claimed"),
        ("'He allegedly threatened staff,' the manager said.", "claimed"),
        ('"He alleged that I stole it," she said.', "attributed"),
        # other senses of the verb stay the speaker's
        ("'I never claimed to be perfect,' Smith said.", "attributed"),
        ("'He claimed asylum in 2012,' his lawyer, Tom Jones, said.", "attributed"),
        # a claim noun quoted is a word the speaker uses, not a claim passed on
        ('"The Armenian genocide is not an allegation," he said.', "attributed"),
    ],
)
def test_a_distancing_verb_inside_a_named_quotation_passes_a_claim_on(
    text: str, status: str
) -> None:
    assert classify_sentence(text).status.value == status


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("'She is lying about my age,' reported Lehigh Valley Live.", "Lehigh Valley Live"),
        ("'She is lying about my age,' reports the Morning Call.", "the Morning Call"),
        (
            "Fowler responded to the troll that he 'might want to get your facts straight', "
            "reports the Golf Channel.",
            "Fowler",
        ),
    ],
)
def test_an_outlet_named_right_after_the_quotation_it_printed_is_its_source(
    text: str, source: str
) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (
            [
                "Police said in a statement that the man had been arrested.",
                "His lawyers issued a statement on Saturday.",
                "The statement said he would fight the charges.",
            ],
            "the statement",
        ),
        (
            [
                "The Ministry of Defence issued a statement on Tuesday.",
                "The statement said the soldier died in an accident.",
            ],
            "The Ministry of Defence",
        ),
        (
            ["Barclays said it was investigating.", "The bank said no customers lost money."],
            "Barclays",
        ),
        (
            ["Bates, who joined the club in 2010, was furious: 'This is a disgrace to us all.'"],
            "Bates",
        ),
        (["Rooney, speaking after the match: 'We were poor and we know it.'"], "Rooney"),
    ],
)
def test_second_review_of_this_sessions_rules(texts: list[str], source: str) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name and its apposition before ", said": the verb is theirs, what follows is said
        (
            "Mary Jo White, the chair of the Securities and Exchange Commission, said the case "
            "shows that fraud does not pay.",
            "Mary Jo White",
        ),
        (
            "Tom Baker, who runs the shelter, said the dogs need homes.",
            "Tom Baker",
        ),
        # a subordinate clause inside the apposition is part of the description
        (
            "anna kowalska , a nurse who was working when the roof fell in , said the staff "
            "had been warned .",
            "anna kowalska",
        ),
        # a statement before ", said" keeps the inverted tag
        (
            "Typically, a prior agreement spells out who decides, said fertility specialist "
            "Dr. David Tourgeman.",
            "Dr. David Tourgeman",
        ),
        ("The economy is growing, said John Smith, a banker.", "John Smith"),
        (
            "Jane Roe was hurt after driving her son to school, and her lawyer, John Doe, said "
            "Thursday she would sue.",
            "John Doe",
        ),
    ],
)
def test_a_name_and_its_apposition_before_said_are_its_subject(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (
            [
                "The report was published by Sky News reporter Anna Field.",
                "Amira, 25, was forced to marry a fighter.",
                "She said she rarely saw him.",
            ],
            "Amira",
        ),
        (
            [
                "Paying off a mortgage early is a choice.",
                "Bertie — who only goes by his first name online — retired at 51.",
                "He never earned a large salary, he wrote in a blog post.",
            ],
            "Bertie",
        ),
        # no aside shows a person: one capitalised word may be a team or a place
        (
            [
                "Mark Hughes arrived at the club in May.",
                "Chelsea won the match on Sunday.",
                "He said the team was happy.",
            ],
            "Mark Hughes",
        ),
    ],
)
def test_one_word_that_an_age_or_a_personal_aside_follows_is_a_person_he_or_she_means(
    texts: list[str], source: str
) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # denying claims that something is so reports unsourced claims, whatever the subject
        ("The firm denied claims that the bank had hidden losses.", "claimed", "the firm"),
        ("The insurer rejected claims that were filed late.", "none", None),
        ("The insurer denied claims that it deemed fraudulent.", "none", None),
        # a word in -s before "said" is the subject's noun, not a verb with a one-word subject
        ("Unconfirmed reports said 20 people died.", "unverified", None),
        ("Local media reports said 20 people died.", "claimed", None),
        # "purported", like "alleged", keeps the writer's distance
        ("The purported video shows a man being beaten.", "claimed", None),
    ],
)
def test_denied_claims_unconfirmed_reports_and_purported(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (
            [
                "Instagram has 140 million business accounts across Facebook's apps, "
                "according to the company."
            ],
            "Facebook",
        ),
        (
            ["The moon is a priority target in NASA's search for life, according to the agency."],
            "NASA",
        ),
        # a person's name is no company, nor are two owners one
        (
            [
                "Elon Musk spoke on Monday.",
                "Sales of Musk's cars rose 5%, according to the company.",
            ],
            "the company",
        ),
        (
            ["Apple's sales rose faster than Samsung's, according to the company."],
            "the company",
        ),
    ],
)
def test_the_company_is_the_one_firm_the_sentence_names_as_an_owner(
    texts: list[str], source: str
) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_an_office_too_long_to_show_is_named_without_its_remit_not_by_its_place() -> None:
    sentence = classify_sentence(
        "Carlineo pleaded guilty, the U.S. Attorney's Office for the Western District of New "
        "York said in a statement."
    )
    assert sentence.source == "the U.S. Attorney's Office"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # after a name, a word in -s that takes an object is the verb, not part of the name
        (
            "Apple defines the battery life on its page and said a check lasts four seconds.",
            "Apple",
        ),
        (
            "Cambiasso refuses to give up and admits that staying up will feel like a trophy.",
            "Cambiasso",
        ),
        # a passive speech verb's subject is what was said, not who said it …
        ("Price and gas mileage were not announced.", None),
        ("Britain's Conservative Party was accused on Wednesday of deceiving voters.", None),
        # … but the audience that "was told" is the labels' speaker
        ("The school's results were annulled, the hearing was told.", "the hearing"),
    ],
)
def test_a_verb_in_s_after_a_name_and_a_passive_speech_verb(text: str, source: str | None) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a negated hedge still hedges
        (
            "Occasional use is not thought to cause harm, the authors said.",
            "claimed",
            "the authors",
        ),
        # "contended" asserts, as "argued"
        (
            "His attorney, Ryan McGuigan, contended the agents want to know more.",
            "attributed",
            "Ryan McGuigan",
        ),
        # an event reported in the passive, or reported to someone, is narration
        ("No serious injuries were reported in the crashes on the highway.", "none", None),
        ("The theft was reported to police on Monday.", "none", None),
        ("The BBC reported on Monday that 20 people died.", "attributed", "The BBC"),
        ("He was reported to have fled the country.", "claimed", None),
    ],
)
def test_negated_hedges_contended_and_events_reported_in_the_passive(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # data released by a body are that body's
        ("According to data released by MOTIE in August, capacity reached 1.64 GW.", "MOTIE"),
        # a subordinate clause or an adverbial is not the sentence's subject
        (
            "But you have to be aware of other chances, and when England come calling, you "
            "should not say no.",
            None,
        ),
        (
            "Shortly after, some of Johnson's defenders took to social media apparently "
            "to discredit her, claiming that her wealth far exceeded her salary.",
            "some of Johnson's defenders",
        ),
    ],
)
def test_data_released_by_a_body_and_no_subject_from_a_subordinate_clause(
    text: str, source: str | None
) -> None:
    assert classify_sentence(text).source == source


def test_a_caption_label_in_the_past_is_no_speaker() -> None:
    sentence = classify_sentence(
        "Caught red-faced : incredibly , mchenry was warned that she was being filmed at the "
        "start of her rant ."
    )
    assert sentence.source is None


@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        # "the company" is not a country, a person or a regulator the sentence names as owner
        (
            ["Japan's biggest bank posted record profits, the company said."],
            "attributed",
            "the company",
        ),
        (["The deal was backed by Musk's allies, the company said."], "attributed", "the company"),
        (
            ["The fine was imposed under the SEC's new rules, the company said."],
            "attributed",
            "the company",
        ),
        (
            ["The software was built on Microsoft's cloud, according to the company."],
            "attributed",
            "the company",
        ),
        # "contended with" is no speech
        (["Firefighters contended with strong winds."], "none", None),
        # what was not made known is narration
        (["Terms of the deal were not disclosed."], "none", None),
        (["Further details were not immediately announced."], "none", None),
        # a passive "reported" keeps its named agent; a report to a body is narration
        (["The plans were reported on Tuesday by The Times."], "attributed", "The Times"),
        (["The deal was first reported on Monday by Bloomberg."], "attributed", "Bloomberg"),
        (["The incident was reported to Ofcom."], "none", None),
        (["The incident was reported to regulators."], "none", None),
        # a named body's reports speak for it
        (["UN reports say millions face famine."], "attributed", "UN"),
        # "his" in a dash aside may be someone else's
        (
            [
                "Wayne Rooney was sacked on Monday.",
                "Everton — who gave him his debut at 16 — offered him a coaching role.",
                "He said he was proud.",
            ],
            "attributed",
            "Wayne Rooney",
        ),
        (
            [
                "Nicola Sturgeon met the Prime Minister.",
                "Westminster — which her party has long opposed — refused the request.",
                "She said she was angry.",
            ],
            "attributed",
            "Nicola Sturgeon",
        ),
        # a one-word name with an age or a census name before its apposition and ", said"
        (
            ["Ahmed, 34, a father of three, said the bombing destroyed his home."],
            "attributed",
            "Ahmed",
        ),
        (["Fatima, a mother of four, said the soldiers took everything."], "attributed", "Fatima"),
        # a plural noun for people after a name is no verb
        (["British Airways workers to strike over Christmas, union says."], "attributed", None),
    ],
)
def test_third_review_of_this_sessions_rules(
    texts: list[str], status: str, source: str | None
) -> None:
    assert _verdict(*texts) == (status, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # going on with a quotation names its speaker
        ("Charlotte continued: 'She could hear a gurgling sound when I spoke.'", "Charlotte"),
        # after a possessive, "claim" is a noun: whoever speaks of it is the speaker
        (
            "Sean Robertson, a spokesperson for the coalition, told VOA that the ministry’s "
            "claim is false.",
            "Sean Robertson",
        ),
        ("The ministry’s claim was dismissed.", "the ministry"),
        # a title's stop is no sentence's (and the title goes, as the guideline drops it)
        ("Cmdr. Sean Robertson told reporters the claim was false.", "Sean Robertson"),
        # a cited reason may carry a name as its modifier
        (
            "Talks collapsed when President Trump scuttled them in September, citing Taliban "
            "violence.",
            "President Trump",
        ),
    ],
)
def test_continued_quotes_owned_claims_titles_and_cited_reasons(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a one-word name that opened a sentence is no maker described later: a country
        # opens sentences as often as a firm
        (
            [
                "China is the biggest market for German cars.",
                "The German automaker said sales there fell 10 percent.",
            ],
            "The German automaker",
        ),
        (
            ["China is the largest market for electric cars.", "The company said sales rose."],
            "the company",
        ),
        # an agency known by its initials keeps them under a longer description
        (
            [
                "NASA said the launch went well.",
                "'The spacecraft had telemetry problems,' the American space agency said.",
            ],
            "NASA",
        ),
    ],
)
def test_a_described_agency_is_the_body_named_before_but_no_opener_is_a_maker(
    texts: list[str], source: str
) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    "text",
    [
        "The panel has been told Ms Ratcliffe accepts 77 allegations.",
        "Ms Ratcliffe accepts 77 allegations, the panel has been told.",
    ],
)
def test_a_panel_that_has_been_told_is_the_audience_that_heard_the_evidence(text: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status.value, sentence.source) == ("attributed", "the panel")


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        # outside any quotation, the first person who speaks is the writer
        (["As I said earlier, nobody else is talking about this."], "none"),
        (["We believe that the charity is well placed to run the programme."], "none"),
        (["When she finally let me go, I told the man in charge what she did."], "none"),
        # inside a quotation the sentences before left open, it is the speaker's
        (
            [
                "Shiraz said: 'It was quite shocking.",
                "I told the guys in the shop to switch off the gas.",
            ],
            "attributed",
        ),
    ],
)
def test_the_writer_speaking_in_the_first_person_is_no_attribution(
    texts: list[str], status: str
) -> None:
    assert classify_sentences(texts)[-1].status.value == status


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # narration, not speech: what was not made known, a stock phrase, a deal agreed
        ("The price wasn’t announced.", "none", None),
        ("After all is said and done, you will be left with one trooper.", "none", None),
        ("Police have met the clubs and agreed a series of measures.", "none", None),
        ("The two sides agreed that talks should resume.", "attributed", "the two sides"),
        # the writer in the first person, whatever comes before the verb
        ("We've said this before: no special hardware is required.", "none", None),
        (
            "I tested it with Logitech’s keyboard, and I have to say the two are a great pair.",
            "none",
            None,
        ),
        # … but not after a quotation mark left open
        (
            "It was quite shocking . ' I told the guys in the shop to switch off the gas .",
            "attributed",
            None,
        ),
        # "what X said": X is the subject
        ("Take a look at what PFF said about his performance:", "attributed", "PFF"),
    ],
)
def test_narration_the_writer_and_what_someone_said(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        # a quotation going on in tokenised text, or closed after the verb, is the speaker's
        (
            [
                "the 32-year-old added : ' we are devastated .",
                "we believe the club has let us down .",
            ],
            "attributed",
            "the 32-year-old",
        ),
        (
            [
                "Smith , 45 , said : ' It was terrifying .",
                "I told my wife to get the kids out of the house .",
            ],
            "attributed",
            "Smith",
        ),
        (['We told police everything we knew."'], "attributed", None),
        # the first person beside a named speaker, or told by one, does not make it the writer's
        (["As we have reported, the FBI said the suspect acted alone."], "attributed", "the FBI"),
        (
            ["We were told by the ministry that the road would reopen."],
            "attributed",
            "the ministry",
        ),
        (
            ["We believe the ruling is wrong and will appeal, the company said."],
            "attributed",
            "the company",
        ),
        # agreeing that something is so is speech, without its "that" too; a deal agreed is not
        (["Smith agreed the plan was sensible."], "attributed", "Smith"),
        (["A deal was agreed on Monday."], "none", None),
        # "what" inside an apposition is part of it
        (
            ["Smith, asked what the club should do, said it must sack the manager."],
            "attributed",
            "Smith",
        ),
        # a cited reason leaves the subject without its verb
        (["Smith quit, citing Brexit uncertainty."], "attributed", "Smith"),
        (["The bank cut its forecast, citing IMF projections."], "attributed", "the bank"),
        # "'s claimed" is "has claimed"
        (["Trump's claimed repeatedly that the election was stolen."], "claimed", "Trump"),
        # "continued," with no colon is no speech tag
        (
            ['The trend continued, "and we expect more of it," the analyst said.'],
            "attributed",
            "the analyst",
        ),
        # an order to an audience is an order
        (["The panel has been told to reconsider its findings."], "none", None),
    ],
)
def test_fourth_review_of_this_sessions_rules(
    texts: list[str], status: str, source: str | None
) -> None:
    assert _verdict(*texts) == (status, source)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # only the passive is narration: someone who has not yet announced still speaks
        ("Christie has not yet announced if he plans to run.", "attributed"),
        ("Terms of the deal have not been disclosed.", "none"),
        # not confirmed is a doubt, not narration
        ("The report has not been confirmed.", "unverified"),
    ],
)
def test_what_was_not_made_known_is_narration_only_in_the_passive(text: str, status: str) -> None:
    assert classify_sentence(text).status.value == status


def test_a_name_glued_before_the_and_a_name_is_cut_off_the_speaker() -> None:
    sentence = classify_sentence(
        "It was the work of his assistant, Flinck The FBI and U.S. Attorney's Office in "
        "Connecticut declined to comment on McGuigan's claim."
    )
    assert sentence.source == "The FBI and U.S. Attorney's Office"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a price or an index that "added" a figure says nothing
        ("Spot gold added 0.1% to $1,472.19 an ounce.", "none", None),
        ("The index added 25 points on Monday, traders said.", "attributed", "traders"),
        # "prior to" opens an adverbial, not a name
        ("Prior to launch Google promised players powerful hardware.", "attributed", "Google"),
    ],
)
def test_a_price_that_added_a_figure_and_an_adverbial_prior_to(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


def test_an_order_to_say_something_names_no_speaker() -> None:
    sentence = classify_sentence("Say goodbye to that feeling of overwhelm you've been carrying!")
    assert sentence.source is None


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a party giving out its own news or figures reports it
        ("Rolling Stone reported details of the reunion tour.", "attributed", "Rolling Stone"),
        (
            "The health authority reported its third case of plague.",
            "attributed",
            "the health authority",
        ),
        ("Police reported two deaths on the motorway.", "attributed", "Police"),
        # … not an adjective, the passive, nor a report made to the police
        ("There have been no reported deaths from the procedure.", "none", None),
        ("No injuries were reported.", "none", None),
        ("She reported a sighting of the bear to police.", "none", None),
        ("He reported his car stolen.", "none", None),
    ],
)
def test_a_party_reporting_its_own_news_is_attributed(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


def test_a_name_owning_what_opens_the_sentence_is_no_person_a_pronoun_means() -> None:
    sentences = classify_sentences(
        ["Mrs Christie's departure will mean a dip in income.", "She reported a large salary."]
    )
    assert sentences[1].source != "Mrs Christie's"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a plural subject's present tense before "that" is speech …
        ("Critics also point out that the plan is flawed.", "attributed", "Critics"),
        ("Economists argue that the tax will hurt growth.", "attributed", "Economists"),
        # … not what someone might say, nor an order to the reader
        ("Others may argue that the plan is flawed.", "none", None),
        ("Note that the prices exclude tax.", "none", None),
        # an outlet telling a fact without "that", and a firm reporting money
        (
            "Days earlier Bloomberg reported WeWork is the subject of an inquiry.",
            "attributed",
            "Bloomberg",
        ),
        (
            "CBS DFW reports the man who took the child was sentenced to life.",
            "attributed",
            "CBS DFW",
        ),
        ("Home Depot reported $2.53 in earnings per share.", "attributed", "Home Depot"),
        # … or a clause in the past tense, or after a pronoun, with no "that"
        ("Witnesses reported the gunman walked into the bank.", "attributed", "Witnesses"),
        ("Scientists have reported they were sacrificed to the god.", "attributed", "Scientists"),
        # (a crime reported, and study participants reporting on themselves, are no statement)
        ("The couple reported the theft to police.", "none", None),
        ("In each pair, they reported they carried out similar levels of exercise.", "none", None),
        # (nor a participle after a noun: what was reported is the thing, not a statement)
        ("Officials reported the injured patients treated at the scene.", "none", None),
        ("The agency reported the annual rainfall measured at the station.", "none", None),
        ("She reported the stolen car parked on the street.", "none", None),
    ],
)
def test_plural_present_speech_and_reports_without_that(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("There is no credible evidence for the estimates.", "unverified"),
        # a finding of fact opening the sentence is the writer's own ("There was no evidence
        # that anyone else had been involved")
        ("There was no evidence that anyone else had been involved.", "none"),
        # another's finding of no evidence is theirs to report
        ("Police said there was no evidence that the attack was planned.", "attributed"),
    ],
)
def test_the_writer_finding_no_evidence_leaves_a_statement_unverified(
    text: str, status: str
) -> None:
    assert classify_sentence(text).status.value == status


def test_counted_claims_are_a_noun_and_the_source_after_a_dash_ends_there() -> None:
    sentence = classify_sentence(
        "Given that history -- and the fact that Trump has made more than 13,000 false or "
        "misleading claims, according to The Washington Post's Fact Checker -- it is odd."
    )
    assert (sentence.status.value, sentence.source) == (
        "claimed",
        "The Washington Post's Fact Checker",
    )
    # a year before a pronoun's verb counts nothing
    she = classify_sentences(
        ["Mrs Alexander lives next door.", "In 2008, she claims a section of hedge fell."]
    )
    assert she[-1].source == "Mrs Alexander"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # speculation, suggestion or a report no one is named for
        (
            "Odds fell because of widespread speculation that she will have a girl.",
            "claimed",
            None,
        ),
        ("There has been suggestion that the pundit put some off the name.", "claimed", None),
        ("Police want to question him after a report that he bribed voters.", "claimed", None),
        # "others" as the only authority, unless one of a named list or inside named speech
        ("Others suggest that the singer put some off the name.", "claimed", None),
        ("Some blame the singer for the name's declining popularity.", "claimed", None),
        ("Smith and others said the plan was good.", "attributed", "Smith and others"),
        # an unnamed source met before keeps its distance
        ("“Nobody is stopping civilians,” the source said.", "claimed", "the source"),
    ],
)
def test_unnamed_speculation_others_and_the_source_are_distanced(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


def test_others_inside_a_named_speakers_words_are_the_speakers() -> None:
    sentence = classify_sentence(
        "Tim Morrison referred to his testimony, in which he said others had raised concerns."
    )
    assert sentence.status.value == "attributed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ad spending rose in 2017, according to analysis from Poynter.", "Poynter"),
        (
            "The figure rose, according to a report from the Institute for Fiscal Studies.",
            "the Institute for Fiscal Studies",
        ),
    ],
)
def test_a_documents_author_may_be_a_body_named_with_for(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # blaming someone, lashing out at something and a public post speak
        ("Mr Hussen blamed the authorities for failing to stop her.", "attributed", "Mr Hussen"),
        (
            "The striker had taken to Twitter to insist he was committed.",
            "attributed",
            "the striker",
        ),
        # … not a passive blame, a participle, a negation, nor a photo revealed
        ("The crash was blamed on ice.", "none", None),
        ("The storm, blamed for 12 deaths, moved north.", "none", None),
        ("The pilot was later blamed for the crash.", "none", None),
        ("Nobody blamed him for leaving.", "none", None),
        ("Rihanna took to Instagram to reveal her new tattoo.", "none", None),
    ],
)
def test_blame_and_a_public_post_are_statements(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # tokenised text splits a possessive off its owner, who owns the claims
        ("was it retribution for barton ’ s claims albion players had panicked ?", "barton"),
        ("the club ’ s claims were rejected .", "the club"),
        # a time cut short before a subject, and a relative clause without "who"
        ("Earlier this month scientists discovered that lightning makes glass.", "scientists"),
        (
            "But according to multiple people I spoke to, his partner was at issue.",
            "multiple people",
        ),
    ],
)
def test_a_split_possessive_a_cut_time_and_a_contact_clause_leave_the_name(
    text: str, source: str
) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # "reported" as an adjective, in a relative clause, of a crime or of survey answers
        ("Reported cases of measles rose by 30%.", "none", None),
        ("The number of reported cases rose sharply.", "none", None),
        ("Newly reported infections fell.", "none", None),
        ("There were 300 reported sightings.", "none", None),
        ("Under the new rules, reported losses must be audited.", "none", None),
        ("The couple reported a theft from their car.", "none", None),
        ("The woman who reported the attack was interviewed by detectives.", "none", None),
        ("About 30 percent of respondents reported symptoms of anxiety.", "none", None),
        ("The fire was reported Tuesday afternoon and crews were on the scene.", "none", None),
        ("Smith, who reports the news for KTLA, was arrested.", "none", None),
        # "repeated claims": the one who repeats them claims
        ("Trump repeated claims that the election was stolen.", "claimed", "Trump"),
        # "others" and "some blame" doing, not saying
        ("Some stood while others raised their glasses.", "none", None),
        ("The manager accepted some blame for the defeat.", "none", None),
        # a report that found something is a published report; "stress" a noun
        ("The council acted following a report that found high levels of lead.", "none", None),
        ("Despite the stress that comes with the job, she stayed.", "none", None),
        ("Republicans did not argue that the call was proper.", "none", None),
        # an en dash inside a name, a client after "for the"
        (
            "Flights fell, according to the Dallas–Fort Worth airport authority.",
            "attributed",
            "the Dallas–Fort Worth airport authority",
        ),
        ("Labour leads, according to a poll by YouGov for The Times.", "attributed", "YouGov"),
    ],
)
def test_review_of_the_reported_plural_speech_and_weasel_rules(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


def test_a_hyphenated_description_before_a_name_is_not_part_of_it() -> None:
    sentences = classify_sentences(
        [
            "Sacramento-based McClatchy owns 30 newspapers.",
            "McClatchy reported a loss of $304.7 million.",
            "But the company also reported long-term debt of more than $700 million.",
        ]
    )
    assert [s.source for s in sentences[1:]] == ["McClatchy", "McClatchy"]
    pat = classify_sentences(["Grandmother-of-three Pat Ingles is 69.", "She said: 'I like it.'"])
    assert pat[-1].source == "Pat Ingles"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("On Monday, day care workers said the centre would close.", "day care workers"),
        ("At the school, year 10 pupils said the test was hard.", "year 10 pupils"),
        ("Earlier this month scientists discovered that lightning makes glass.", "scientists"),
    ],
)
def test_only_what_a_cut_time_leaves_is_dropped_from_a_speaker(
    text: str, source: str | None
) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a subordinate clause inside what was said keeps "according to" a relay
        (
            "Villagers said that his brother had died there last August, when a lorry hit "
            "him, according to the People's Daily.",
            "Villagers",
        ),
        # … a second main clause does not
        (
            "The dam had been weak for years, but it collapsed, killing 40, according to "
            "state media.",
            "state media",
        ),
    ],
)
def test_according_to_after_a_subordinate_clause_relays_the_first_speaker(
    text: str, source: str
) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Democrats are alleging that the call was irregular.", "The Democrats"),
        ("Smith is claiming that the call was irregular.", "Smith"),
        ("It is claimed that the call was irregular.", None),
    ],
)
def test_a_claim_verb_in_the_progressive_has_its_subject(text: str, source: str | None) -> None:
    # "is claiming" is active: its subject makes the claim ("is claimed" is a passive)
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus.CLAIMED
    assert sentence.source == source


@pytest.mark.parametrize(
    "text",
    [
        "June's oldest daughter, Anna Cardwell, has accused McDaniel of abusing her.",
        "Anna Cardwell, his daughter, has also said McDaniel abused her.",
    ],
)
def test_an_auxiliary_after_an_apposition_keeps_the_subject(text: str) -> None:
    # ", has accused": the auxiliary after the apposition's comma is the subject's, not a
    # clause of its own
    assert classify_sentence(text).source == "Anna Cardwell"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Both were said to have run into issues, according to The Hollywood Reporter.",
            "The Hollywood Reporter",
        ),
        ("The CEO is believed to have quit, according to court documents.", "court documents"),
        ("The CEO is believed to have quit.", None),
    ],
)
def test_a_hedge_with_an_according_to_source_is_that_sources(
    text: str, source: str | None
) -> None:
    # "is said to", "is believed to" name no one, unless "according to" names who says it
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus.CLAIMED
    assert sentence.source == source


def test_a_titled_surname_in_lower_cased_text_is_the_full_name() -> None:
    # tokenised, lower-cased copy loses the capital that shows a name; the title still does
    sentences = classify_sentences(
        [
            "Carrie reichert , 43 , has released a teaser from her upcoming book .",
            "Ms reichert said the party went on all night .",
        ]
    )
    assert sentences[-1].source == "Carrie reichert"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police alleged the man had stolen a car.", "Police"),
        ("Prosecutors alleged he tried to flee.", "Prosecutors"),
        ("The alleged victim told police she was attacked.", None),
    ],
)
def test_alleged_with_a_clause_after_it_is_a_verb(text: str, source: str | None) -> None:
    # "alleged" before a clause is its subject's claim; before a noun it is an adjective
    assert classify_sentence(text).source == source


def test_a_place_given_after_a_name_is_no_speaker() -> None:
    # "of Upminster, east London": where the speaker lives, however many commas it takes
    source = classify_sentence("His mother Lucy, 32, of Upminster, east London, said it.").source
    assert source is not None
    assert "Lucy" in source
    assert "Upminster" not in source


@pytest.mark.parametrize(
    "text",
    [
        "According to a report released by the Montgomery County police, the man fled.",
        "According to a press release put out by the Montgomery County police Friday, he fled.",
    ],
)
def test_a_document_put_out_by_a_body_is_that_bodys(text: str) -> None:
    # a press release or a document "put out", "prepared" or "released" by a body speaks for
    # it, whose name may end in a lower-case force ("… County police") and be followed by a day
    assert classify_sentence(text).source == "the Montgomery County police"


def test_a_linking_adverb_before_the_subject_and_its_aside_is_no_speaker() -> None:
    sentence = classify_sentence(
        "However, the researchers, who also included Choa Zhao, warned that it may be at risk."
    )
    assert sentence.source == "the researchers"


@pytest.mark.parametrize(
    "text",
    [
        "But speaking on ABC News, Gov. Chris Christie, who is insistent he is not a candidate, "
        "said he was not sure.",
        "Asked about Fox News, Gov. Chris Christie, who is not a candidate, said he was not sure.",
    ],
)
def test_a_participle_of_speaking_before_the_subject_and_its_aside_is_no_speaker(
    text: str,
) -> None:
    # the outlet the opening participle names sets the scene; the subject after it speaks
    assert classify_sentence(text).source == "Chris Christie"


def test_someones_role_named_before_is_that_name() -> None:
    # "Altice's attorney, Ed Brass," names the role; another's attorney is not him
    first = "Altice's attorney, Ed Brass, said his client wanted to resolve the case."
    same = classify_sentences([first, "Altice's attorney said his client wanted a deal."])
    other = classify_sentences([first, "Smith's attorney said his client wanted a deal."])
    assert same[-1].source == "Ed Brass"
    assert other[-1].source == "Smith's attorney"


def test_keeping_to_a_norm_is_no_source() -> None:
    # "according to plan" is how things went, not who says so
    sentence = classify_sentence("'Things did not go according to plan,' Smith said.")
    assert sentence.source == "Smith"
    assert classify_sentence("It went according to plan, according to police.").source == "police"


@pytest.mark.parametrize(
    "texts",
    [
        # a place or a club acts as a surname does: a person named before stays "he"
        ["Roberto Martinez was delighted.", "Burnley won 3-0 at Turf Moor.", "He said: 'Superb.'"],
        # … a place the article named as one is no person ("against Burnley")
        ["The win against Burnley was a relief.", "Burnley won 3-0.", "He said: 'Superb.'"],
        # … and a plural noun after a place is no verb ("Leeds fans invaded")
        ["Leeds fans invaded the pitch.", "He said: 'It was wild.'"],
    ],
)
def test_a_place_or_club_is_not_who_he_means(texts: list[str]) -> None:
    source = classify_sentences(texts)[-1].source
    assert source not in ("Burnley", "Leeds")


@pytest.mark.parametrize(
    ("first", "text", "source"),
    [
        ("James Creag, 7, has a rare condition.", "'It was hard,' Mrs Creag said.", "Mrs Creag"),
        ("Summer Robertson died in the sea.", "Mr Robertson said he was proud.", "Mr Robertson"),
        (
            "David Cameron spoke first.",
            "Mr Cameron said the economy was growing.",
            "David Cameron",
        ),
    ],
)
def test_a_title_of_the_other_gender_is_another_of_that_name(
    first: str, text: str, source: str
) -> None:
    # "Mrs Creag" after "James Creag" is his mother: a first name the census gives one gender
    # and a title of the other are two people
    assert classify_sentences([first, text])[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Consumer advocates are urging the regulator to set backup power rules.",
            "Consumer advocates",
        ),
        ("The United States is complaining to Moscow about the incident.", "The United States"),
        ("I was telling myself that this dream matters.", None),
    ],
)
def test_a_speech_verb_in_the_progressive_is_speech(text: str, source: str | None) -> None:
    sentence = classify_sentence(text)
    assert sentence.source == source
    assert (sentence.status is ClaimStatus.ATTRIBUTED) == (source is not None)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a lone word no name list knows, acting in the past, is whom the next "he" means
        (
            [
                "Tuft cells glowed in Boston.",
                "Kravitzky had barely heard of them.",
                "'Odd,' he said.",
            ],
            "Kravitzky",
        ),
        # (a short sentence with no capital after its first word opening an article may be
        # lower-cased text, where a capital tells nothing)
        (["Kravitzky had barely heard of them.", "'Nobody knew,' he said."], None),
        (["Obamu hammered the plan.", "'It is a disgrace,' he said."], "Obamu"),
        # … but not a word for a kind of thing, a present or future verb, or a title
        (["Everyone had left.", "'It is over,' he said."], None),
        (["Kilmarnock will confirm the deal.", "'It is done,' he said."], None),
        # … nor when the article has shown a person, who stays "he"
        (
            ["Tom Brown was delighted.", "Transap hired two robots.", "'Superb,' he said."],
            "Tom Brown",
        ),
        # … nor a word a plural verb shows to be a team ("Kilmarnock are eighth")
        (
            [
                "The cells glowed in Boston.",
                "Kilmarnock went unbeaten in March.",
                "Kilmarnock are eighth in the league.",
                "'No problems,' he said.",
            ],
            None,
        ),
        # … nor two sentences on
        (
            ["Kravitzky had barely heard of them.", "It rained.", "Cars slid.", "'Odd,' he said."],
            None,
        ),
    ],
)
def test_a_lone_unknown_subject_is_he_only_when_no_person_is_known(
    texts: list[str], source: str | None
) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_a_bodys_initials_are_not_who_she_means() -> None:
    texts = [
        "The NMC said four midwives should face hearings.",
        "She noted the system was flawed.",
    ]
    assert classify_sentences(texts)[-1].source != "The NMC"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # tokenised text opens a quotation with `` and may close one with it too
        ("But mentally , we are , `` said basnet .", "basnet"),
        # in lower-cased text the one word "according to" names is a name that lost its capital
        ("His blood alcohol reading was .375 , according to wistv .", "wistv"),
        # … but not a word for a group, nor one in text that keeps its capitals
        ("His blood alcohol reading was .375 , according to police .", "police"),
        ("His blood alcohol reading was high, according to tradition.", None),
    ],
)
def test_tokenised_and_lower_cased_text_keep_their_speakers(text: str, source: str | None) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a first name of one gender tells whom "she" means when two people were named
        (
            [
                "Mary Steenburgen wrote the songs.",
                "“It drives me nuts,” Charlie McDowell laughed.",
                "“I was obsessed with acting,” she said.",
            ],
            "Mary Steenburgen",
        ),
        # a name right after a quotation is its speaker, whatever the verb
        (["“I won't be missing you,” Mr Buccheri sang."], "Mr Buccheri"),
        # a body mentioned twice is no "she"
        (
            [
                "Voters backed Labour on Monday.",
                "Polls favour Labour again.",
                "John Smith was quiet.",
                "She said it was fine.",
            ],
            None,
        ),
    ],
)
def test_gender_and_a_tag_after_a_quotation_tell_the_speaker(
    texts: list[str], source: str | None
) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # claiming a sum or a body is no assertion
        ("The former MP claimed more than £100,000 in expenses and allowances.", ClaimStatus.NONE),
        ("The family claimed Ford’s body and left town.", ClaimStatus.NONE),
        # … unless a clause says something about it
        ("He claimed £5,000 was owed to him.", ClaimStatus.CLAIMED),
        ("She claimed the body was moved.", ClaimStatus.CLAIMED),
        # a denial whose participle spells out the claims reports them
        ("Carlos Tevez has refuted claims suggesting he will rejoin Boca.", ClaimStatus.CLAIMED),
    ],
)
def test_claiming_sums_and_bodies_and_claims_spelled_out_by_a_participle(
    text: str, status: ClaimStatus
) -> None:
    assert _status(text) is status


def test_an_inverted_tag_with_an_apposition_before_according_to_keeps_its_speaker() -> None:
    sentence = classify_sentence(
        '"He survived by sheer willpower," said Akhilesh Shrestha, a doctor who treated him, '
        "according to the Reuters news agency."
    )
    assert sentence.source == "Akhilesh Shrestha"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # one report the article names is a document, as a study is; unnamed reports are hearsay
        ("The report suggests that midwives covered up the failings.", "attributed", "the report"),
        ("Reports suggest that midwives covered up the failings.", "claimed", None),
        # unnamed friends are unaccountable sources, whatever their number
        ("Multiple friends of Mike Ford had told me they hid his work.", "claimed", None),
        # a capitalised "Today" after a name's word ends the name
        ("The baby was rescued, USA Today reported on Monday.", "attributed", "USA Today"),
        ("Police today said the baby was rescued.", "attributed", "Police"),
    ],
)
def test_a_named_report_unnamed_friends_and_a_papers_today(
    text: str, status: str, source: str | None
) -> None:
    sentence = classify_sentence(text)
    assert str(sentence.status) == status
    if source is not None:
        assert sentence.source == source


def test_someones_relative_is_not_the_person_last_named() -> None:
    texts = ["Webb, 51, was convicted of kidnapping.", "The victim's mother testified in court."]
    assert classify_sentences(texts)[-1].source == "the victim's mother"
    texts = ["Webb, 51, was convicted of kidnapping.", "The 51-year-old said he was sorry."]
    assert classify_sentences(texts)[-1].source == "Webb"


def test_a_participle_after_a_prepositions_noun_is_no_speech_verb() -> None:
    texts = [
        "Maria Barrionuevo led the inquiry.",
        "In a report released this week she slammed their actions as 'arrogant'.",
    ]
    assert classify_sentences(texts)[-1].source == "Maria Barrionuevo"
    sentence = classify_sentence("The ministry said in a statement released on Monday it failed.")
    assert sentence.source == "the ministry"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a player or an opponent dismissed is no denial
        ("The second seed comfortably dismissed the unseeded Almagro - who is back.", "none"),
        ("Vincent Kompany was dismissed for two bookable offences.", "none"),
        ("The foul saw Mulumbu dismissed from the pitch.", "none"),
        # … claims or a report dismissed are
        ("District Judge Kevin Grey dismissed Boase’s claims of sleepwalking.", "claimed"),
        ("The club dismissed the Daily Mail report as fiction.", "attributed"),
    ],
)
def test_dismissing_a_player_is_no_denial(text: str, status: str) -> None:
    assert str(_status(text)) == status


def test_a_name_run_into_a_venue_by_a_lost_stop_is_the_subject() -> None:
    sentence = classify_sentence(
        "His effort is saved by goalkeeper Tom Heaton at Goodison Park Martinez insisted "
        "Barkley was within his rights."
    )
    assert sentence.source == "Martinez"
    assert classify_sentence("Jean Morris from the farm said it was fine.").source == "Jean Morris"


@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        # probes of a fresh-eyes review of these rules, each an over-reach it found, now narrowed
        (["She claimed $2.3m was missing."], "claimed", None),
        (["The union claimed £1.5bn had been taken."], "claimed", "the union"),
        (
            ["In a statement the company confirmed the deal and said it was pleased."],
            "attributed",
            "the company",
        ),
        # (a denial in the passive is the denier's, as the active one is: fifteenth session)
        (["The claims were dismissed by the ministry as nonsense."], "attributed", "the ministry"),
        (["Starmer dismissed Sunak, saying he had failed."], "attributed", "Starmer"),
        (
            ["Apple CEO Tim Cook spoke.", "The company's chief executive said sales rose."],
            "attributed",
            "Apple CEO Tim Cook",
        ),
        (["Boris Johnson Today said he would resign."], "attributed", "Boris Johnson"),
        (["The tree was planted here, according to legend ."], "none", None),
        (
            ["Multiple friends of the actress had told me she was unhappy."],
            "claimed",
            "Multiple friends of the actress",
        ),
        (["Tampa had been evacuated.", "'We are safe,' she said."], "attributed", None),
    ],
)
def test_the_reviewed_limits_of_the_rules_for_lone_subjects_sums_and_dismissals(
    texts: list[str], status: str, source: str | None
) -> None:
    sentence = classify_sentences(texts)[-1]
    assert (str(sentence.status), sentence.source) == (status, source)


def test_a_quotation_that_tags_a_new_speaker_hands_the_next_lines_to_them() -> None:
    texts = [
        "Bill Kenwright, the chairman, said: 'He was a great man.",
        "We will always remember him.",
        "He will leave one on me.' Denise Barrett-Baxendale, the chief executive, said: 'Today "
        "is an unbelievably sad day.",
        "But today we feel bereft.",
    ]
    sources = [sentence.source for sentence in classify_sentences(texts)]
    # the third sentence goes on with Kenwright's quotation before it tags hers
    assert sources == [
        "Bill Kenwright",
        "Bill Kenwright",
        "Bill Kenwright",
        "Denise Barrett-Baxendale",
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The number who called, and the depth of feelings expressed, sums up the man.", None),
        ("The views expressed are those of the author.", None),
        ("Concerns have been expressed by residents about the new road.", "residents"),
        ("The views and tips expressed by experts on the site are their own.", None),
        ("Smith expressed, in a letter to the board, his deep regret.", "Smith"),
        ("Smith expressed concern that the plan would fail.", "Smith"),
        ("Police expressed their sympathy to the family.", "Police"),
    ],
)
def test_expressed_speaks_only_with_what_was_expressed(text: str, source: str | None) -> None:
    assert classify_sentence(text).source == source


def test_a_headline_between_the_lines_names_nobody_the_story_goes_on_about() -> None:
    texts = [
        "A video shows the moment a kidnapped girl was rescued by police.",
        "Video Shows Dramatic Rescue of Kidnapped Girl",
        "Man Shot at Dallas Gas Station Dies at Hospital",
        "“Here she is,” she said.",
    ]
    assert classify_sentences(texts)[-1].source is None
    texts = ["Mary Jones found the girl.", *texts[1:]]
    assert classify_sentences(texts)[-1].source == "Mary Jones"


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        pytest.param(
            [
                "The suspect, Michael Webb, was convicted and sentenced to life last Thursday.",
                "Police said the case was closed.",
                "The suspect said he needed to get dressed.",
            ],
            "Michael Webb",
            id="a role before a full name in commas is that person",
        ),
        pytest.param(
            ["The mayor, New Smith, opened the bridge.", "The mayor said it was great."],
            "New Smith",
            id="a name word that is also a modifier does not make the role another's",
        ),
        pytest.param(
            [
                "Lord Janner was able to remain in the House of Lords.",
                "He has not attended the Lords since detectives raided his home in 2013.",
                "But Janner requested an extension in the letter sent to a senior Lords official.",
                "Simon Danczuk said it was not right for Janner to stay in the Lords.",
                "A spokesman for the prosecutor said the decision was made alone.",
                "She said Mr Moore was a barrister of the highest integrity.",
            ],
            None,
            id="a place or house named again and again is not who she means",
        ),
        pytest.param(
            [
                "Mary Smith said she never heard from the family.",
                "The deal brings back his books, plus stories, poems, Christmas cards, and more.",
                "“It’s such good news,” she replied in an email.",
            ],
            "Mary Smith",
            id="a capitalised word in a list of plurals is no subject",
        ),
    ],
)
def test_names_a_role_a_place_and_a_list_give_to_later_lines(
    texts: list[str], source: str | None
) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_a_quotation_is_the_speaker_its_closing_tag_names() -> None:
    texts = [
        "'For me it is all about managing myself,' Hall said.",
        "Meanwhile, Cardiff prop Gethin Jenkins is a doubt.",
        "'Gethin has got a calf strain but it is not as bad as we thought.",
        "He hasn't trained this week, but he is keen to play,' Blues attack coach Paul John said.",
    ]
    sources = [sentence.source for sentence in classify_sentences(texts)]
    assert sources == [
        "Hall",
        None,
        "Paul John",
        "Paul John",
    ]


def test_a_quotation_still_open_when_another_opens_keeps_the_last_speaker() -> None:
    texts = [
        "'We are fine,' Hall said.",
        "'We will play on Saturday.",
        "It is a big game.' Another said: 'We are ready,' Smith said.",
    ]
    assert classify_sentences(texts)[1].source == "Hall"


def test_a_lower_cased_name_with_an_age_or_a_who_is_a_full_name() -> None:
    texts = [
        "Simon wood , 38 , from oldham won masterchef last friday .",
        "The lucky children often get his dishes .",
        "He said : ' the first thing i ever cooked was an omelette .",
    ]
    assert classify_sentences(texts)[-1].source == "Simon wood"
    texts = [
        "The winner of masterchef simon wood , who won the title last friday , is self-taught .",
        "Simon said : ' i love it .",
    ]
    assert classify_sentences(texts)[-1].source == "simon wood"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A statement from the club read: 'We are saddened.'", "a statement from the club"),
        ("'We are saddened,' the statement read.", "the statement"),
        (
            "A banner inside the stadium read: '£5bn and what do we get?'",
            "a banner inside the stadium",
        ),
        # a text inside the narration, or one read out, is no source
        ("He read the book in one night.", None),
        ("They held a sign that read: 'Real friends' as Jo Smith said she was proud.", "Jo Smith"),
        ("In the letter read to the panel, Ms Ratcliffe said: 'I am sorry.'", "Ms Ratcliffe"),
    ],
)
def test_a_text_quoted_as_it_reads_is_its_source(text: str, source: str | None) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # narration after a quotation hands nothing over; a new quotation after a tag does
        (
            [
                "Mark Jones, 32, said: 'I did nothing wrong.",
                "I was just walking home.' But police said Jones had been drinking heavily.",
                "'I had one pint and that was it.",
            ],
            "Mark Jones",
        ),
        # a role in commas is the head's, one person's, and not a former holder's
        (
            [
                "The wife of the president, Michelle Obama, visited the school.",
                "The president said it was great.",
            ],
            "the president",
        ),
        (
            [
                "The suspects, John Smith, 23, and Tom Brown, 25, were remanded.",
                "The suspects said they were innocent.",
            ],
            "the suspects",
        ),
        (
            [
                "The former manager, Harry Redknapp, was at the game.",
                "The manager said it was great.",
            ],
            "the manager",
        ),
        # a side beaten is no place
        (
            [
                "Djokovic beat Federer in the final on Sunday.",
                "It was the third time this year Federer had lost to the Serb.",
                "The 33-year-old said he was disappointed.",
            ],
            "Federer",
        ),
        # a time after a quotation is no tag; a description there is the speaker named before
        (
            [
                "Sarah Lane said: 'I was there.",
                "'The car came out of nowhere.",
                "It hit us and drove off,' hours before police said they had found the car.",
            ],
            "Sarah Lane",
        ),
        (
            [
                "Jane Smith said: 'We are heartbroken.",
                "He was our world,' the grieving mother of three said.",
            ],
            "Jane Smith",
        ),
        # a team or a body with a "who" is no full name
        (
            [
                "orlando magic , who have lost six straight , fired their coach on monday .",
                "he said he was surprised .",
            ],
            None,
        ),
        # a text that reads only with what it reads; its named owner speaks
        (
            ["In a statement read on his behalf outside court, Smith said he was innocent."],
            "Smith",
        ),
        (["A note read during the service thanked the nurses."], None),
        (["The letter read more like a threat than an apology."], None),
        (["At half-time the scoreboard read: Chelsea 2 Arsenal 0."], None),
        (
            ["Bob Katter spoke on Monday.", "'I can't help it,' Mr Katter 's statement reads ."],
            "Bob Katter",
        ),
    ],
)
def test_the_reviewed_limits_of_the_rules_for_quotations_roles_places_and_texts(
    texts: list[str], source: str | None
) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_calling_claims_untrue_is_a_denial_by_whoever_calls_them_so() -> None:
    texts = [
        "Kenneth Stancil accused Lane of abuse.",
        "Lane's family has described those accusations as untrue and slanderous.",
    ]
    sentence = classify_sentences(texts)[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, "Lane's family")


def test_the_tail_of_a_cut_word_is_no_speaker_but_a_name_like_it_is() -> None:
    for fragment in ("'s gerhard tremmel", "000 current and former drivers"):
        assert not is_plausible_source(fragment), fragment
    assert not is_plausible_source("Saturday 's visit of Fleetwood Town")
    assert not is_plausible_source("many parts of the world banned the chemical")
    assert is_plausible_source("a team led by the coach")
    for name in ("Time Warner", "day care workers", "12 people", "June Shannon"):
        assert is_plausible_source(name), name


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a body's name keeps the "the" the sentence writes before it
        (["Earlier this month the Christies said they were undecided."], "the Christies"),
        (["They ended up on the ground the Palm Beach Post reported."], "the Palm Beach Post"),
        (["Sarah Jones said the plan was sound."], "Sarah Jones"),
        # initials keep their stop
        (["The man was saved, said Pushparam K.C., a police spokesman."], "Pushparam K.C."),
        # names in apposition to a role are the speakers
        (
            [
                "Freberg died at a Santa Monica hospital, his son and daughter, Donavan and "
                "Donna Freberg, confirmed to The Hollywood Reporter."
            ],
            "Donavan and Donna Freberg",
        ),
        # an apposition that lost its closing comma describes the person before it …
        (
            [
                "The boy was not attacked by the animals, Dr. Christopher Kuhar, the zoo's "
                "executive director told Fox 8."
            ],
            "Dr. Christopher Kuhar",
        ),
        # … not a tag set inside the clause it reports, nor a place before a body's name
        (["In the end, John Smith, the minister said, would leave."], "the minister"),
        (
            ["Mason robbed a branch in Biggin Hill, Kent, the Old Bailey heard."],
            "the Old Bailey",
        ),
        # a passive speech verb after a dash names its agent
        (
            ["The row is over food banks – said by supporters to show that hunger is common."],
            "supporters",
        ),
        # "according to" inside a quotation is the quoted speaker's own phrase
        (
            [
                "Eric Pickles said the strike was wrong.",
                "'It would be worked out according to patterns of work,' he said.",
            ],
            "Eric Pickles",
        ),
    ],
)
def test_names_as_written_initials_apposed_names_dashed_agents_and_quoted_according_to(
    texts: list[str], source: str | None
) -> None:
    assert classify_sentences(texts)[-1].source == source


def test_a_finding_its_finder_reported_is_published_research_not_speech() -> None:
    text = "She found a receptor in kidney cells, a finding that she reported in 2009."
    assert classify_sentence(text).status is ClaimStatus.NONE
    assert classify_sentence("The results were wrong, the panel reported.").source == "the panel"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a capitalised article after a name is the next sentence, its stop lost
        (
            "Thousands have joined militant groups, according to a report by the United "
            "Nations The number of fighters has soared.",
            "attributed",
            "the United Nations",
        ),
        # "thinks" or "senses" is a belief only with a clause after it
        (
            "They are building a robot that thinks, senses and acts like a bee Professor "
            "James Marshall said the work was hard.",
            "attributed",
            "James Marshall",
        ),
        ("Flintoff senses he no longer has age on his side.", "attributed", "Flintoff"),
        # "felt" and a name with its verb is a named view, as "felt that"
        (
            "Everton manager Martinez felt Coleman had been barged by Emnes.",
            "attributed",
            "Everton manager Martinez",
        ),
        ("She felt the ground shake.", "none", None),
    ],
)
def test_a_glued_article_ends_a_source_and_beliefs_need_a_clause(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a title teaches its role while one person holds it in the article
        (
            [
                "Dr Ram Manohar was accused by a nurse.",
                "Nurse B said he was rude.",
                "The doctor denied touching her.",
            ],
            "Ram Manohar",
        ),
        (
            [
                "Gov. Eric Holcomb spoke on Monday.",
                "Gov. Matt Bevin lost his race.",
                "The governor said the teachers would be paid.",
            ],
            "the governor",
        ),
        # … or, of two holders, the one the article is about, named twice as often
        (
            [
                "Republican Gov. Eric Holcomb has avoided criticism of teachers.",
                "Holcomb touted the plan as a step forward.",
                "Kentucky Gov. Matt Bevin faced similar protests last year.",
                "Teachers did not see Holcomb at the Statehouse on Tuesday.",
                "The governor said he was waiting for a pay commission to report.",
            ],
            "Eric Holcomb",
        ),
        # a titled name in apposition to a role is the speaker, whoever held the title before
        (
            [
                "Judge Stephen Kramer QC ordered Allen to pay.",
                "The judge, Mr Recorder Simon Farrell QC, told him: 'You stole.'",
            ],
            "Mr Recorder Simon Farrell QC",
        ),
    ],
)
def test_a_title_names_its_role_while_one_person_holds_it(
    texts: list[str], source: str | None
) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Prior said : ' we are hugely ambitious as a team . '", "Prior"),
        ("Prior to that, police said the man fled.", "police"),
        ("Prior to launch Google promised players would get 4k games.", "Google"),
    ],
)
def test_prior_is_a_name_unless_it_is_prior_to(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


def test_a_lone_name_acts_past_an_aside_between_commas() -> None:
    texts = [
        "Boente, from Birmingham, was charged with two counts of threats to kill.",
        "He denied all of the charges.",
    ]
    assert classify_sentences(texts)[-1].source == "Boente"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a person's suggestion, past a dashed aside whose closing dash is glued on
        (
            "David Lat - a lawyer and legal commenter -suggests she could have been hacked.",
            "attributed",
            "David Lat",
        ),
        # a thing's suggestion is the writer's inference
        ("This suggests that the virus spread early.", "none", None),
        ("Our initial testing suggests that the laptop runs cooler.", "none", None),
    ],
)
def test_a_persons_suggestion_is_a_statement_a_things_is_not(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        # a stop the splitter missed ends the source
        (
            ["There is evidence he was there, according to police. the boy was charged later."],
            "attributed",
            "police",
        ),
        # "X's lawyer, Name," makes Name "the lawyer" too
        (
            [
                "Luna's lawyer, Jim Berry, made a shock admission in court on Tuesday.",
                "The lawyer told the jury that the murder was not premeditated.",
            ],
            "attributed",
            "Jim Berry",
        ),
        # a role a possessive owns, then a titled name, after an inverted verb
        (
            ["Falls may drop, said the study's author, Dr Urho Kujala, of Oulu."],
            "attributed",
            "Dr Urho Kujala",
        ),
        (
            ["The attack was terrible, said the family of the victim, Sarah Jones."],
            "attributed",
            "the family of the victim",
        ),
        # adding to a thing, responding in deeds and a self-declared body are no speech
        (["The study adds to evidence that divorce hurts for years."], "none", None),
        (["Garrett responded by hitting Rudolph with his own helmet."], "none", None),
        (["Three died in protests against the self-declared “interim” government."], "none", None),
        # a participle of saying after a comma: the clause's subject said it
        (
            ["Barry Beavis launched a legal bid, saying the fine was unfair."],
            "attributed",
            "Barry Beavis",
        ),
        (
            ["Mr. Trump continues to insist his tactics work, saying he alone is tough enough."],
            "attributed",
            "Mr. Trump",
        ),
        # a question about what was said, and a quoted term, are no statements
        (["What did the prosecutors say?"], "none", None),
        (["When the substance is feathers, HP is called “feather duvet lung.”"], "none", None),
        # a sentence that opens with its speaker's "said" is theirs, relayed by the outlet
        (
            ["A police spokesman said they had taken statements, India Times reported."],
            "attributed",
            "a police spokesman",
        ),
        (
            ["She was, acting, she said, as though nothing happened, the Mirror reported."],
            "attributed",
            "the Mirror",
        ),
        (
            ["Police learned of it after she said it was a sham, the Post reported."],
            "attributed",
            "the Post",
        ),
    ],
)
def test_patterns_from_real_tune12(texts: list[str], status: str, source: str | None) -> None:
    assert _verdict(*texts) == (status, source)


def test_a_titled_name_glued_on_after_a_quotation_is_whom_she_means() -> None:
    texts = [
        "She is known as 'the blonde Filipino' Ms Moon performs a diverse range of styles.",
        "The judges included Rita Ora's producer.",
        "'Acting's what I really love,' she told NT News.",
    ]
    assert classify_sentences(texts)[-1].source == "Ms Moon"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        (
            "Meanwhile motoring groups said the ruling was a victory.",
            "attributed",
            "motoring groups",
        ),
        ("Bacteria were discovered on notes and coins from scientists' pockets.", "none", None),
        ("Smith notes that the plan failed.", "attributed", "Smith"),
        (
            "Guard Simon Scott posted messages slamming companies for their products.",
            "attributed",
            "Guard Simon Scott",
        ),
        ("She posted a video of her cat.", "none", None),
        (
            "The law allows it, according to a statement on Brownback's website.",
            "attributed",
            "Brownback",
        ),
        ("The plan failed, according to a report on Monday.", "attributed", "a report"),
    ],
)
def test_group_modifiers_paper_notes_posted_messages_and_own_websites(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        (
            [
                "Quoting court documents, The New York Daily News said she had married ten men.",
                "The newspaper reported that she could be sentenced to eight years.",
            ],
            "attributed",
            "The New York Daily News",
        ),
        (
            [
                "Her department bought 'likes,' according to an Associated Press report.",
                "'The department said it would stop buying fans,' the wire service said.",
            ],
            "attributed",
            "Associated Press",
        ),
        # a paper is no "site"
        (
            [
                "The Daily News claimed the actress was angry.",
                "They are discussing a divorce, according to the news site.",
            ],
            "attributed",
            "the news site",
        ),
        # an unnamed paper stays a hedge
        (["Newspapers reported that the minister would resign."], "claimed", None),
    ],
)
def test_the_newspaper_is_the_outlet_that_reported_before(
    texts: list[str], status: str, source: str | None
) -> None:
    assert _verdict(*texts) == (status, source)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a name after the subordinator the sentence opens with is whom "he" means
        (
            [
                "Winston Churchill coined the phrase.",
                "When David Cameron visited the White House, he insisted it was strong.",
            ],
            "David Cameron",
        ),
        (["When Mary Smith arrived, he said the room was empty."], None),
        # "so says X", and "tweeted" as an inverted verb
        (["Or so says actress Patsy Kensit, who spoke to Stylist magazine."], "Patsy Kensit"),
        (["Destination unknown,' tweeted Wall Street Journal reporter Byron Tau."], "Byron Tau"),
        # a royal title names its role
        (
            ["Prince Andrew hosted the event.", "The Prince joked: 'What was it about dogs?'"],
            "Andrew",
        ),
        # the head of a subject a past participle and its place modify
        (
            ["The authors of the research published in JAMA Psychiatry argued it was harmful."],
            "the authors of the research",
        ),
        (["Mila Kunis is being sued by a singer who claims she stole a chicken."], "a singer"),
        # the name a ", who" clause is about, past its apposition
        (
            ["The agency cited Ali Mirshekari, the deputy governor, who said the men crossed."],
            "Ali Mirshekari",
        ),
    ],
)
def test_openers_inverted_idioms_royal_titles_participles_and_who_clauses(
    texts: list[str], source: str | None
) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a few words in scare quotes after an article, a possessive or a preposition are a term
        ('The park opened the "giga-coaster" in May.', "none", None),
        ("Your “success mindset” matters.", "none", None),
        ("The couple hired Ford to work as a “games consultant” for the series.", "none", None),
        # … not a characterisation a named speaker makes
        (
            "Martinez labelled the result 'a real disappointment', after the late goal.",
            "attributed",
            "Martinez",
        ),
        # a quotation opened after a colon and going on in the next sentence
        (
            "Tevez threw cold water over the 'chicken dance' story by telling Sky: 'That "
            "game does not come into it.",
            "attributed",
            "Tevez",
        ),
        # a label in capitals is no speaker
        ("EXPERT VERDICT: 'This is easily absorbed and free of parabens.'", "attributed", None),
    ],
)
def test_scare_quotes_are_terms_and_a_label_in_capitals_no_speaker(
    text: str, status: str, source: str | None
) -> None:
    assert _verdict(text) == (status, source)


@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        # probes of a fresh-eyes review of this session's rules, each once misread
        (["Kane struck twice, adding the third with a header."], "none", None),
        (["Stir the mixture, adding the eggs one at a time."], "none", None),
        (["The team won 3-0, concluding the season on a high."], "none", None),
        (
            ["The drug works, according to Prof. Jane Smith of Oxford University."],
            "attributed",
            "Prof. Jane Smith of Oxford University",
        ),
        (
            ["Speaking at the Obama Foundation summit, Obama said the party must change."],
            "attributed",
            "Obama",
        ),
        (
            [
                "Prince William County police said the road was closed.",
                "The prince said he was pleased.",
            ],
            "attributed",
            "the prince",
        ),
        (
            [
                "Dr Jane Brown said the risk was low.",
                "The doctor who performed the surgery said he was well.",
            ],
            "attributed",
            "the doctor",
        ),
        (
            ["Police spoke to the wife of Mark Davies, who said she had not seen him."],
            "attributed",
            "Police",
        ),
        (
            ["The gunman shot his former wife, Mary Jones, the sheriff told reporters."],
            "attributed",
            "the sheriff",
        ),
        # (one paper the article has in mind, named earlier or not, is a speaker, as real
        # labels have it: no longer unnamed media)
        (
            [
                "White House Press Secretary Sean Spicer said the crowd was large.",
                "The newspaper said the figures were wrong.",
            ],
            "attributed",
            "the newspaper",
        ),
        (["Despite the poor results he said the team would improve."], "attributed", None),
        (["The evidence suggests he was murdered, police said."], "attributed", "police"),
        (["Police responded by saying that the man had fled."], "attributed", "Police"),
        (["Smith added to the BBC that the talks were over."], "attributed", "Smith"),
        (["When Jane Smith's parents divorced, she said she was relieved."], "attributed", None),
        (["Nobody told him the plan had changed, the BBC reported."], "attributed", "the BBC"),
        (
            ['Talks stalled, according to "people close to the talks".'],
            "attributed",
            "people close to the talks",
        ),
        (["Jane Roe, 40, recalled her mother telling her: 'You can do anything."], "none", None),
    ],
)
def test_the_reviewed_limits_of_the_rules_for_participles_titles_outlets_and_quotes(
    texts: list[str], status: str, source: str | None
) -> None:
    assert _verdict(*texts) == (status, source)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (
            [
                "Volkswagen is giving us a glimpse into the car of the future, the ID Vizzion.",
                "The German automaker says the wagon will go 300 miles on a charge.",
            ],
            "Volkswagen",
        ),
        (
            [
                "Power should return on Thursday, said Mark Quinlan, PG&E's senior director.",
                "The utility said it will closely monitor the weather.",
            ],
            "PG&E",
        ),
        (
            [
                "NASA's plans depend on getting sufficient funding.",
                "Congress has not provided the money the agency says is essential.",
            ],
            "NASA",
        ),
        # a noun phrase after "is" describes the subject, it shows no firm acting
        (
            [
                "Stadia is Google's attempt to make cloud gaming happen.",
                "The company has promised that games will run in 4K, it said.",
            ],
            "the company",
        ),
        # a person, a place or a country's initials owns things too: none is "the company"
        (
            [
                "Smith is leaving the board.",
                "The UK's biggest lender is selling branches.",
                "The company said the sale would close in May.",
            ],
            "the company",
        ),
        # initials that own something may be a regulator's
        (
            ["The fine followed the SEC's new rules.", "The company said it would appeal."],
            "the company",
        ),
    ],
)
def test_the_company_is_the_body_the_lines_showed_acting_or_owning(
    texts: list[str], source: str
) -> None:
    assert _verdict(*texts)[1] == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a body named in passing, wherever: object, owner, before what it owns, by its trade
        (
            ["Regulators are investigating WeWork over its accounts.", "The company said so."],
            "WeWork",
        ),
        (["Tesco's profits fell in August.", "The retailer said prices had been cut."], "Tesco"),
        (
            ["Police said a Barclays branch was robbed.", "The bank said no one was hurt."],
            "Barclays",
        ),
        (
            ["Ryanair cancelled 400 flights on Friday.", "The airline said 70,000 were hit."],
            "Ryanair",
        ),
        (
            ["Halvorsen Energy will cut 800 jobs.", "The company said the cuts were painful."],
            "Halvorsen Energy",
        ),
        (
            ["Shareholders sued Carrow Biotech.", "The company said the suit had no merit."],
            "Carrow Biotech",
        ),
        # … a lone name or initials for a body of another kind
        (
            ["Oxfam flew water kits to Sudan.", "The charity said cholera was feared."],
            "Oxfam",
        ),
        (
            ["The IMF cut its growth forecast.", "The fund said rates weighed on investment."],
            "the IMF",
        ),
        # two that fit, a reader cannot tell apart: the description stays
        (
            ["Apple sued Samsung in a California court.", "The company said it would win."],
            "the company",
        ),
        # never a public body for a firm, a place, people, or a name's product
        (["The European Commission fined Google.", "The company said it would appeal."], "Google"),
        (
            ["A fire broke out at a plant in Leeds.", "The company said no one was hurt."],
            "the company",
        ),
        (["Investors dumped the shares.", "The company said it was calm."], "the company"),
        (["The worm spreads via Microsoft's Outlook.", "The firm said it was rare."], "the firm"),
        # the trade a name shows: "Thames Water" is no bank
        (["Barclays lent £2bn to Thames Water.", "The bank said it had no exposure."], "the bank"),
    ],
)
def test_a_description_takes_up_the_body_the_lines_named_in_passing(
    texts: list[str], source: str
) -> None:
    assert _verdict(*texts)[1] == source


def test_a_body_that_spoke_long_ago_is_not_the_company_after_others_were_named() -> None:
    texts = [
        "Zentrix Group said on Monday that it would cut 300 jobs in Leeds.",
        "The cuts follow a fall in sales.",
        "Unions were told on Tuesday.",
        "A meeting is planned for next week.",
        "Workers were shocked.",
        "Regulators are investigating Zenith Water over its accounts.",
        "The company said it would cooperate fully.",
    ]
    assert _verdict(*texts)[1] == "Zenith Water"
    # … while the one that spoke lately still is
    assert _verdict(*texts[:1], *texts[5:])[1] == "Zentrix Group"


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (
            [
                "“Oh my,” Lucas responded with a sigh.",
                "Stafford, earlier in the hearing, was adamant about the launcher.",
                "“If you don’t have a big booster, you’re not going to make it,” he said.",
            ],
            "Stafford",
        ),
        (
            [
                "When the music didn't go away, Steenburgen realized she had to act.",
                "“I called a friend on Martha’s Vineyard,” she said.",
            ],
            "Steenburgen",
        ),
        (
            [
                "By the time Buckley realised who had written the song, she was surprised.",
                "“I told her my secrets,” she said.",
            ],
            "Buckley",
        ),
        # a verb a club, a place or a thing takes shows no person
        (["When Burnley won the match, the Clarets rose to ninth.", "He said: 'Great.'"], None),
        (["After Tampa was evacuated, officials met.", "She said: 'We are ready.'"], None),
        # a place the article named is no one, whatever its verb
        (
            [
                "The team trained in Sedona for a week.",
                "Sedona felt like home.",
                "He said: 'We will be back.'",
            ],
            None,
        ),
    ],
)
def test_a_lone_name_a_persons_verb_follows_is_whom_he_or_she_means(
    texts: list[str], source: str | None
) -> None:
    assert _verdict(*texts)[1] == source


def test_a_place_the_lines_named_is_no_one_an_age_means() -> None:
    texts = [
        "Summer pictured volunteering in South Africa.",
        "The 21-year-old had spoken to her father John just hours before she had died Miss "
        "Robertson, left, died alongside fellow volunteer Alice Barnett, right, after they "
        "went for a celebratory swim 'She said everything was great.",
    ]
    assert _verdict(*texts)[1] != "South Africa"


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (
            [
                "Emmanuel Adebayor scored twice on Sunday.",
                "The Togo international said he was happy.",
            ],
            "Emmanuel Adebayor",
        ),
        (
            ["Tiger Woods shot a 69 on Friday.", "The 14-time major winner said he was pleased."],
            "Tiger Woods",
        ),
    ],
)
def test_a_sporting_description_is_the_person_who_acted_last(
    texts: list[str], source: str
) -> None:
    assert _verdict(*texts)[1] == source


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        (
            ["The plan was branded 'reckless' by opposition leaders."],
            ("attributed", "opposition leaders"),
        ),
        (["The decision was called 'a disgrace' by fans."], ("attributed", "fans")),
        (
            ["Emmanuel Adebayor is sometimes branded 'eccentric' by pundits and fans alike."],
            ("attributed", "pundits"),
        ),
        (
            ["Officers, who were described as 'over-zealous' by the boy's father, took the toy."],
            ("attributed", "the boy's father"),
        ),
        (
            ["The venue was described by enthusiastic patrons as a prime 'pre-game' spot."],
            ("attributed", "enthusiastic patrons"),
        ),
        # the one labelled is who the story is about: a later description is that person
        (
            [
                "Emmanuel Adebayor is sometimes branded 'eccentric' by pundits and fans alike.",
                "The Togo international said he was happy.",
            ],
            ("attributed", "Emmanuel Adebayor"),
        ),
        # a name in quotation marks is no label anyone gave
        (["A group called 'Friends of the Earth' met on Monday."], ("none", None)),
        (["The film, called 'Jaws', was made by Steven Spielberg."], ("none", None)),
    ],
)
def test_a_label_in_quotation_marks_is_its_agents_statement(
    texts: list[str], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


def test_speech_told_inside_an_open_quotation_is_still_its_speakers() -> None:
    sentences = classify_sentences(
        [
            "Martinez said on BT Sport: 'My thoughts are that straight away there is contact.",
            "Seamus tells me straight away there is contact and he gets unbalanced.",
            "'Sometimes you need to apply a little bit of common sense.",
        ]
    )
    assert [s.source for s in sentences] == ["Martinez"] * 3


def test_a_speech_verb_inside_the_sentence_closing_a_quotation_is_its_speakers() -> None:
    sentences = classify_sentences(
        [
            "Jeremy Summers, chairman of the panel, said: 'The panel heard the matter afresh.",
            "Having done so, it concluded that no act of foul play took place.'",
            "Hughes is free to play on Saturday, it concluded.",
        ]
    )
    assert [s.source for s in sentences] == ["Jeremy Summers", "Jeremy Summers", None]


def test_a_spokesman_for_a_described_body_speaks_for_the_body_named_before() -> None:
    sentences = classify_sentences(
        [
            "The Immigration Department says the fires were part of a deliberate campaign.",
            "A spokesman for the department says the first fire was lit at about 11pm.",
            "A spokesman for the club said the match would go ahead.",
        ]
    )
    assert [s.source for s in sentences] == [
        "The Immigration Department",
        "a spokesman for the Immigration Department",
        "a spokesman for the club",
    ]


def test_the_us_is_no_first_person_that_goes_on_quoting() -> None:
    verdict = _verdict(
        "Smith said: 'We will fight back next year.",
        "Her defeat on Sunday left the US facing a battle to get back among the elite.",
    )
    assert verdict == ("none", None)


def test_an_interviews_answers_are_the_interviewees_statements() -> None:
    sentences = classify_sentences(
        [
            "Experience is thrilled to have Junior Gaspard as our new President and CEO.",
            "We asked Junior Gaspard to share some insights.",
            "Q: Junior – When you woke up that first morning, how did it feel?",
            "A: Inspired and humbled!",
            "To be in this role, for this awesome company, is tremendous.",
            "Q: Favorite vacation spot?",
        ]
    )
    verdicts = [(s.status.value, s.source) for s in sentences]
    assert verdicts[2:] == [
        ("none", None),
        ("attributed", "Junior Gaspard"),
        ("attributed", "Junior Gaspard"),
        ("none", None),
    ]


def test_an_answer_with_no_one_known_to_give_it_is_a_quiz_or_an_faq_unless_it_says_i() -> None:
    quiz = classify_sentences(
        [
            "Q: Favorite book?",
            "A: The Hard Thing About Hard Things.",
            "Q: Favorite app?",
            "A: Sonos.",
        ]
    )
    assert [(s.status.value, s.source) for s in quiz][1::2] == [("none", None)] * 2
    faq = classify_sentences(
        ["Q: How do I apply for a permit?", "A: Fill in the online form.", "Permits cost £50."]
    )
    assert [s.status.value for s in faq] == ["none"] * 3
    # never a capital a question opens with as the one who answers
    answer = _verdict("Q: Favorite book?", "A: I loved The Hard Thing About Hard Things.")
    assert answer == ("attributed", None)


def test_narration_about_the_interviewee_ends_the_answer() -> None:
    sentences = classify_sentences(
        [
            "We spoke to chef Anna Brown.",
            "Q: Anna – what inspired you?",
            "A: My grandmother's cooking.",
            "I learned everything from her.",
            "Brown opened the restaurant in 2019.",
            "Thanks Anna!",
            "Her cookbook is out in May.",
        ]
    )
    verdicts = [(s.status.value, s.source) for s in sentences]
    assert verdicts[2:4] == [("attributed", "Anna Brown")] * 2
    assert verdicts[4:] == [("none", None)] * 3


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("One study in 17 people showed that a food diary cut binge eating.", "One study"),
        (
            "Another study among 400 nurses found that night shifts raise the risk.",
            "Another study",
        ),
    ],
)
def test_a_study_of_whom_it_was_done_among_still_speaks_for_its_finding(
    text: str, source: str
) -> None:
    assert _verdict(text) == ("attributed", source)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a document, table or chart speaks for the body that made it …
        (
            "A graph compiled by the British Pest Control Association shows Wales is worst.",
            ("attributed", "the British Pest Control Association"),
        ),
        (
            "This graphic, provided by Statista, shows the states where it is legal.",
            ("attributed", "Statista"),
        ),
        ("A survey by YouGov shows most voters back the plan.", ("attributed", "YouGov")),
        (
            "Figures released by the Home Office show crime fell.",
            ("attributed", "the Home Office"),
        ),
        # … and a chart or map with no maker named is the writer's own illustration
        ("The map shows the flood zones.", ("none", None)),
        ("He was hit by a car, the map shows.", ("none", None)),
    ],
)
def test_a_document_or_chart_speaks_for_the_body_that_made_it(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Looking ahead, Home Depot sees sales growth of 1.8 percent.",
            ("attributed", "Home Depot"),
        ),
        # a season or a recipe "sees" and "expects" too, with no figure; "forecasts" is as
        # often a noun
        ("Black Friday sees sales surge across the country.", ("none", None)),
        ("The recipe expects you to have a stand mixer.", ("none", None)),
        ("Smith expects to start on Saturday.", ("none", None)),
        ("The number fell from 660,000 based on updated forecasts of the wind.", ("none", None)),
    ],
)
def test_a_forecast_of_figures_is_a_named_view(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    "word", ["All", "Few", "Never", "Scroll", "Click", "Correction", "Breaking", "Perhaps"]
)
def test_a_lone_quantifier_adverb_call_to_act_or_editors_label_names_no_one(word: str) -> None:
    assert not is_plausible_source(word)
    # … while a name that is a word too still speaks
    assert is_plausible_source("Lovely") and is_plausible_source("Promise")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Race winner Hamilton celebrates with the trophy on the podium in Bahrain 'There "
            "was a point where people said Nico was a doctor of this or that.",
            "Race winner Hamilton",
        ),
        (
            "Police arrived, according to the Arizona DPS According to Facebook, the family "
            "is part of a group.",
            "the Arizona DPS",
        ),
        (
            "Joshua Burns and and his wife, Brenda Burns, say he is innocent.",
            "Joshua Burns and his wife",
        ),
        (
            "Scroll down for video Gordon Brown, pictured campaigning, has warned that the SNP "
            "want another vote.",
            "Gordon Brown",
        ),
        ("She was criticised by an online troll for not working, he claimed.", "an online troll"),
        # (a name in -ing is no reason: "for Irving school district")
        (
            "A spokesman for Irving school district said the teacher was on leave.",
            "a spokesman for Irving school district",
        ),
    ],
)
def test_a_caption_verb_a_glued_cue_or_a_doubled_word_is_cut_from_the_name(
    text: str, source: str
) -> None:
    assert _verdict(text)[1] == source


@pytest.mark.parametrize(
    "phrase",
    [
        "the plan appears consistent with another",
        "Mr Cameron's remarks comes",
        "always stop by his office to exchange",
        "Scroll down for video",
        "an online troll for not working due",
        "[sic]' Transfield Services spokesman David Jamieson",
        "Never cold water",
    ],
)
def test_a_clause_or_a_caption_is_no_source(phrase: str) -> None:
    assert not is_plausible_source(phrase)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Greece has denied it will fail to pay a loan following reports it has drawn up "
            "plans to introduce a parallel currency.",
            ("claimed", None),
        ),
        ("The club acted after reports the manager had been approached.", ("claimed", None)),
        ("The move follows reports that the firm is for sale.", ("claimed", None)),
        # an unnamed source who speaks after such reports is the one the reader is given
        (
            "Teams swarmed the campus amid reports the shooter had barricaded himself inside "
            "'This started and ended in D.C.,' an FBI source told WUSA.",
            ("claimed", "an FBI source"),
        ),
    ],
)
def test_reports_no_one_is_named_for_keep_their_distance_without_a_that(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # labels that name rather than judge, and the one labelled never speaks
        (["The storm was dubbed 'Ciara' by the Met Office."], ("none", None)),
        (["The boy was called 'Sonny' by his grandmother."], ("none", None)),
        (
            ["the striker was branded ' a disgrace ' by fans after the match ."],
            ("attributed", "fans"),
        ),
        # studies and trials of things and places, not people
        (["The time trial in Stage 5 showed that Pogacar was strongest."], ("none", None)),
        (["The trial in Manchester found him guilty of fraud."], ("none", None)),
        (["The experiment in the kitchen showed that resting the dough helps."], ("none", None)),
        # bodies and animals want, hope and learn too: none is whom "he" means
        (
            ["When Arsenal learned of the offer, they met.", "'We are delighted,' he said."],
            ("attributed", None),
        ),
        (["Max loves long walks.", "'He is the best boy,' she said."], ("attributed", None)),
        # a passive shows no firm acting; a news outlet's initials are no agency
        (
            ["Production was halted at the plant.", "The company said it would reopen."],
            ("attributed", "the company"),
        ),
        (
            ["The BBC's documentary aired on Monday.", "The agency said the figures were wrong."],
            ("attributed", "the agency"),
        ),
        (
            ["The Amnesty International said the trial was unfair."],
            ("attributed", "The Amnesty International"),
        ),
        # a name may be doubled, and may hold "not"
        (["Sirhan Sirhan told the parole board he was sorry."], ("attributed", "Sirhan Sirhan")),
        (["Hope not Hate said the march was banned."], ("attributed", "Hope not Hate")),
        # "reports" a relative clause describes are documents, no hearsay
        (["The council acted following reports it had received from residents."], ("none", None)),
        (
            ["The charity said it is reviewing its policy following reports its staff had filed."],
            ("attributed", "the charity"),
        ),
        (["The minister resigned following reports he had misled parliament."], ("claimed", None)),
    ],
)
def test_the_reviewed_limits_of_the_seventh_sessions_rules(
    texts: list[str], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


def test_a_quotation_left_open_closes_after_a_full_stop_even_in_the_third_person() -> None:
    # tokenised text writes opening and closing marks alike (" . ' "): while a quotation
    # is open, the first mark after a full stop closes it, so the words before it are the
    # first speaker's, and the speaker named after it opens a new quotation
    opened = "Ann Vale said : ' the squad has been through a lot ."
    closed = classify_sentences(
        [
            opened,
            "He will always be part of this club . ' Tom Reed , the chairman , said : ' it"
            " is a sad day .",
        ]
    )
    assert closed[1].source == "Ann Vale"
    narration = classify_sentences(
        [opened, "It was a long season . ' Reed joined the club in 1998 ."]
    )
    assert (narration[1].status, narration[1].source) == (ClaimStatus.ATTRIBUTED, "Ann Vale")


@pytest.mark.parametrize(
    "second",
    [
        # the speaker the sentence tags acts before the mark, which opens their quotation
        "Reed says the budget is tight . ' He is a fine manager , and the board knows it .",
        # the words after the mark speak as a quote and run to the end: the mark opened them
        "The club was founded in the late nineteenth century . ' It 's a quiet place .",
        # the quotation the mark opens is tagged where it stops
        "Fans marched in the town on Sunday . ' This is our club , ' supporter Jo Kerr said .",
        # a comma stops a quotation for its own tag, a stop does not
        "It 's a new start , ' a coach explains to reporters .",
    ],
)
def test_a_mark_after_a_full_stop_opens_a_quotation_when_the_sentence_shows_it(
    second: str,
) -> None:
    sentences = classify_sentences(
        ["Ann Vale said : ' the squad has been through a lot .", second]
    )
    assert sentences[1].source != "Ann Vale", second


def test_tokenised_marks_are_told_apart_by_what_stands_around_them() -> None:
    # a mark after a colon opens; a contraction's apostrophe ("I ’ m", "club 's") is no mark
    opened = classify_sentences(
        ["Ann Vale said : ' the squad has been through a lot .", "I ’ m proud of them all ."]
    )
    assert opened[1].source == "Ann Vale"
    possessive = classify_sentences(
        ["The club 's plans for the summer are clear .", "We see right through you ."]
    )
    assert possessive[1].status is ClaimStatus.NONE
    # a mark after a stop closes the open quotation, and narration follows
    closed = classify_sentences(
        [
            "Ann Vale said : ' the squad has been through a lot .",
            "They never gave up . ' The club was founded in 1901 .",
            "Its ground holds 20,000 fans and was rebuilt in 2004 .",
        ]
    )
    assert (closed[1].source, closed[2].status) == ("Ann Vale", ClaimStatus.NONE)


def test_a_relative_named_after_a_possessive_pronoun_is_who_that_relative_is_later() -> None:
    sentences = classify_sentences(
        [
            "Gemma handed both infants to her 52-year-old mother Debbie Shaw last year.",
            "'She does not care,' her mother said.",
            "'He was my hero,' his son said.",  # no son was named: the words stay
        ]
    )
    assert [s.source for s in sentences[1:]] == ["Debbie Shaw", "his son"]


@pytest.mark.parametrize(
    ("opening", "later", "holder"),
    [
        ("Mayor Bill de Blasio visited Queens on Friday.", "The mayor", "Bill de Blasio"),
        ("Chancellor Angela Merkel visited Paris on Friday.", "The chancellor", "Angela Merkel"),
    ],
)
def test_an_office_written_before_a_name_is_that_holder_when_a_description_speaks(
    opening: str, later: str, holder: str
) -> None:
    sentences = classify_sentences(
        [opening, "Jane Doe, a resident, met the visitor.", f"{later} said the trip went well."]
    )
    assert sentences[2].source == holder


def test_a_lower_cased_name_with_an_irish_surname_is_a_person_a_pronoun_can_mean() -> None:
    sentences = classify_sentences(
        [
            "some , including the former coach danny o'donoghue , believe she did n't work hard .",
            "when asked about it , he said , ' she did not want to work . '",
        ]
    )
    assert sentences[1].source == "danny o'donoghue"


def test_a_quotation_tagged_with_a_name_and_its_apposition_is_that_persons() -> None:
    # the tag after the closing mark may put an apposition between the name and the verb,
    # and the sentences inside the quotation before it are that person's too
    sentences = classify_sentences(
        [
            "The friends were on their way to a show, DNA Info reports.",
            "'We came here for a holiday.",
            "We’re no heroes, just tourists,' Makrus Åsberg, a 25-year-old officer with the"
            " police in Uppsala, Sweden, told the New York Post.",
        ]
    )
    assert [s.source for s in sentences[1:]] == ["Makrus Åsberg"] * 2
    # (without a tag, the words before a first mark stay as they are: no one's; the hedge
    # "reported to have" names no one either)
    untagged = classify_sentence(
        "He was sent to custody,' His arrest follows incidents reported to have taken place."
    )
    assert (untagged.status, untagged.source) == (ClaimStatus.CLAIMED, None)


def test_they_in_a_sentence_that_opens_with_people_in_the_plural_means_them() -> None:
    sentences = classify_sentences(
        [
            "The former gas engineer rang the fire service.",
            "Firefighters extinguished the blaze, which they said was caused by a faulty cable.",
        ]
    )
    assert sentences[1].source == "Firefighters"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        (
            "Education advocacy groups estimated this year that a 9% increase was needed.",
            "attributed",
            "Education advocacy groups",
        ),
        ("The institute has also estimated that 964,000 people use it.", "attributed", None),
        # no one is named for an estimate in the passive, and a participle is no verb
        ("It is estimated that 40 people died.", "none", None),
        ("The estimated cost was high.", "none", None),
    ],
)
def test_an_estimate_with_its_clause_is_its_makers_statement(
    text: str, status: str, source: str | None
) -> None:
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus(status)
    if source:
        assert sentence.source == source


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # a mark glued to its word opens a quotation wherever it stands
        (
            [
                "A spokesperson said 'it ’ s been an exciting day .",
                "Not only have they got married but they have run the marathon for our team .",
            ],
            ("attributed", "a spokesperson"),
        ),
        # a quotation that reopens for a new paragraph goes on in the first person
        (
            [
                "Lindsay Sandiford said : ' i really admire andrew .",
                "He 's been a help to me . ' The heart of the prison has gone since they left .",
                "If it was n't for them , we would n't have running water on the blocks .",
            ],
            ("attributed", "Lindsay Sandiford"),
        ),
        # a quotation tokenised text opens in the sentence itself is quoted speech
        (
            ["She took to Facebook , writing ; ' I want to thank the car thieves for this ."],
            ("attributed", None),
        ),
        # a plural's apostrophe opens nothing, whatever case follows it
        (
            [
                "Below , we analyze the stats for the Cleveland Browns ’ Week 11 game .",
                "I 'd expect some changes this week .",
            ],
            ("none", None),
        ),
        # "his mother" named before, until someone new comes into the story
        (
            [
                "Tom Jones met his mother Mary at the airport.",
                "Later, Peter Smith, 19, was found injured in a nearby street.",
                "'He is lucky to be alive,' his mother said.",
            ],
            ("attributed", "his mother"),
        ),
        (
            ["He now lives with his mother, Police said.", "'He is kind,' his mother said."],
            ("attributed", "his mother"),
        ),
        (
            [
                "The singer and her manager Monday announced a tour.",
                "Her manager said it sold out.",
            ],
            ("attributed", "Her manager"),
        ),
        # a vice president is no "the president"
        (
            ["Vice President Mike Pence met the troops.", "The president said the war was over."],
            ("attributed", "Mike Pence"),
        ),
        # "they" is people who act, not things or people acted upon
        (
            [
                "A spokesman said the inquiry goes on.",
                "The new computers crashed twice, which they said was a software fault.",
            ],
            ("attributed", "a spokesman"),
        ),
        (
            [
                "A spokesman said the inquiry goes on.",
                "Residents were evacuated from the street, which they said was unsafe.",
            ],
            ("attributed", "a spokesman"),
        ),
        # an estimate no one is named for
        (["It's estimated that 40% of adults smoke."], ("none", None)),
        (["It is widely estimated that 40% of adults smoke."], ("none", None)),
        (["The estimated cost suggests that the project is unaffordable."], ("none", None)),
    ],
)
def test_the_reviewed_limits_of_the_eighth_sessions_rules(
    lines: list[str], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*lines) == verdict, lines


def test_a_verb_in_s_with_its_object_is_a_clause_not_a_speaker() -> None:
    assert not is_plausible_source("His arrest follows the incidents")
    assert not is_plausible_source("The rule requires a permit")
    for group in ("the parents of the victims", "Friends of the family", "Texas officials"):
        assert is_plausible_source(group), group


def test_an_event_an_act_a_quantity_or_an_idea_never_speaks() -> None:
    for thing in (
        "the stock",
        "a deal",
        "the number",
        "tensions",
        "a number of reasons",
        "the views and opinions",
        "the attempted abuse",
        "a sensible idea",
    ):
        assert not is_plausible_source(thing), thing
    # documents, signs and posts speak for their authors; a capitalised head is a name
    for speaker in (
        "the report",
        "a banner",
        "the hypothesis",
        "Mr Deal",
        "Vincent Price",
        "the people familiar with the deal",
        "the Department of Energy",
    ):
        assert is_plausible_source(speaker), speaker


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The stock added more than 2% to begin the week.", ("none", None)),
        ("Of adults, the number who said they had used it rose by 23 percent.", ("none", None)),
        ("Coty bought a 51% stake in the brand, a deal announced on Monday.", ("none", None)),
        # a person's speech is kept, whatever the sentence is about
        ("The deal was done, the minister added.", ("attributed", "the minister")),
        ("The number of cases rose, Dr Ana Ruiz said.", ("attributed", "Ana Ruiz")),
    ],
)
def test_a_speech_verb_after_a_thing_that_cannot_speak_is_another_sense(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # a confession is an admission
        (["Jan Kos, 38, has confessed to strangling the girl."], ("attributed", "Jan Kos")),
        # telling someone that something is so; sharing a thing is no statement
        (
            ["Project Manager Ken Ito shared with AutoIndustriya.com that they added braces."],
            ("attributed", "Ken Ito"),
        ),
        (["Ken Ito shared a photo with his fans that showed the car."], ("none", None)),
        # a complaint with what it holds; a loss lamented is not a statement
        (["Gaiman still bemoans that the book was badly marketed."], ("attributed", "Gaiman")),
        (["The players lamented the loss."], ("none", None)),
        # a promise in words, with a quotation or "to"; "is promising" as an adjective
        (
            ["Chairman Billy Payne is promising a ‘beautification’ project."],
            ("attributed", "Billy Payne"),
        ),
        (
            ["Chairman Billy Payne is promising to widen the road."],
            ("attributed", "Billy Payne"),
        ),
        (["Why the new vaccine is promising."], ("none", None)),
        # a participle clause with no comma before its subject: the name after a time
        (
            ["Announcing the hire in a blog post on Thursday Kalanick wrote: 'We are both here.'"],
            ("attributed", "Kalanick"),
        ),
        # "according to" a document relays what the speaker said, even after a quotation's
        # own comma and a second verb of the same speaker
        (
            [
                "Theocharakis said Greece would be 'close to the end' on April 9 and called the"
                " technical teams from its creditors 'completely useless,' according to an"
                " extract of the article."
            ],
            ("attributed", "Theocharakis"),
        ),
        (
            [
                "Ministers said the plan would fail, and the dam collapsed, according to"
                " the Daily Mail."
            ],
            ("attributed", "the Daily Mail"),
        ),
        # dubbing or branding someone by a quoted phrase, as calling; not a participle
        (
            ['The New York Times dubbed him the "Che Guevara of advertising," years ago.'],
            ("attributed", "The New York Times"),
        ),
        (["Critics branded the plan 'a total disaster' on Monday."], ("attributed", "Critics")),
        (["He toured the prison, dubbed the “Hanoi Hilton” since the war."], ("none", None)),
        (
            ["Midwives who dubbed themselves 'The Musketeers' were to blame."],
            ("none", None),
        ),
        (["Bader's story is told in a film dubbed ‘The First Great Escape’."], ("none", None)),
        # a quotation that goes on with an unnamed source is as anonymous as its source; one
        # that goes on with a named speaker is theirs
        (
            [
                "“No one is stopping them,” a source who asked not to be named said.",
                "“Many people are afraid to return. They want a safe road.”",
            ],
            ("claimed", "a source"),
        ),
        (
            [
                "“No one is stopping them,” Ali Hassan said.",
                "“Many people are afraid to return. They want a safe road.”",
            ],
            ("attributed", "Ali Hassan"),
        ),
        # … and one that goes on from a speech the writer hedged is as hedged: the rest of
        # the same reported words, all quotation or the open quotation running on
        (
            [
                "“I am not pro-gay marriage,” Liz Cheney reportedly said.",
                "“I believe the issue must be decided by the states, not by judges.”",
            ],
            ("claimed", "Liz Cheney"),
        ),
        (
            [
                "'Bees are miracles of engineering,' Professor James Marshall reportedly told "
                "the BBC.",
                "'If we could recreate a fraction of their abilities, we would have made a "
                "tremendous advance.'",
                "'It would change farming.'",
            ],
            ("claimed", "James Marshall"),
        ),
        (
            [
                "Mary Cheney allegedly wrote on Facebook: “I love my sister.",
                "But she is dead wrong on the issue of marriage.”",
            ],
            ("claimed", "Mary Cheney"),
        ),
        # (not a new tag of the same speaker, narration between, the speaker's own hedge nor
        # another speaker)
        (
            [
                "“I am not pro-gay marriage,” Liz Cheney reportedly said.",
                "“I have said so for years,” she told reporters on Friday.",
            ],
            ("attributed", "Liz Cheney"),
        ),
        (
            [
                "“I am not pro-gay marriage,” Liz Cheney reportedly said.",
                "The remarks drew criticism from her sister.",
                "“Freedom means freedom for everyone.”",
            ],
            ("attributed", "Liz Cheney"),
        ),
        (
            [
                "“The minister reportedly said no,” Ali Hassan said.",
                "“Many people are afraid to return.”",
            ],
            ("attributed", "Ali Hassan"),
        ),
        (
            [
                "“No one is stopping them,” Ali Hassan reportedly said.",
                "“Many are afraid,” the mayor, Tom Reed, said.",
            ],
            ("attributed", "Tom Reed"),
        ),
        # (the hedge must be on the quotation's tag, or on the main clause's speech: not in
        # a side clause, on a third party's words, inside the speaker's own tokenised quote,
        # on a speech that said nothing, nor carried past a tag of the next sentence's own)
        (
            [
                "Smith, who reportedly told friends he wanted out, said on Monday: “I am staying.",
                "This is my club.”",
            ],
            ("attributed", "Smith"),
        ),
        (
            [
                "Police said the teenager allegedly posted threats online.",
                "“We are treating this as a priority.”",
            ],
            ("attributed", "Police"),
        ),
        (
            [
                "' he supposedly said he was ill , ' the landlord said .",
                "' but i saw him at the pub that night . '",
            ],
            ("attributed", "the landlord"),
        ),
        (
            ["The boy reportedly said nothing during the interview.", "“He was terrified.”"],
            ("attributed", "the boy"),
        ),
        (
            [
                "Harry reportedly told the Telegraph: “I want my father back.",
                "I want my brother back,” the Duke said in an interview aired on Sunday.",
            ],
            ("attributed", "Harry"),
        ),
        # (… but any verb that tags a quotation may be hedged, and so may the main clause's
        # speech before a quotation, with the place it was said between)
        (
            ["“We will win,” the general reportedly boasted.", "“There is no doubt.”"],
            ("claimed", "the general"),
        ),
        (
            ["Smith reportedly told colleagues he would quit.", "“I have made my decision.”"],
            ("claimed", "Smith"),
        ),
        (
            [
                "Mary Cheney reportedly posted to her personal page on the social media site: "
                "“I love my sister, but she is dead wrong.”",
                "“Freedom means freedom for everyone.”",
            ],
            ("claimed", "Mary Cheney"),
        ),
        # hoping that something is so is a stance, as being hopeful is; hoping to do is not
        (
            ["One Scottish scientist is hoping they could heat our homes."],
            ("attributed", "One Scottish scientist"),
        ),
        (["The club is hoping to sign a striker."], ("none", None)),
        # an adverbial "as" phrase after a source is not part of its name
        (
            ["Each group plays a final for a spot, according to UEFA as part of the playoffs."],
            ("attributed", "UEFA"),
        ),
        # a cut phrase learned as a person long before is never shown as a speaker
        (
            [
                "Goalkeeper - gerhard tremmel ( swansea ) .",
                "Swansea 's gerhard tremmel , 36 , is the understudy but has done well .",
                "Named captain last summer , cleverley thought he had a future . ' I think i 'm"
                " going to be his type of player , ' he said .",
            ],
            ("attributed", None),
        ),
        # issuing a statement speaks, as releasing one does; a warrant issued does not
        (
            [
                "In a reflection of the confusion, the Electoral Commission, which regulates"
                " campaign finances, issued a statement warning that voters are entitled to it."
            ],
            ("attributed", "the Electoral Commission"),
        ),
        (["The court issued a warrant for his arrest."], ("none", None)),
        # disputing that something is so is a statement; a reply in words too
        (["Dale Ford disputed that anyone had a problem with it."], ("attributed", "Dale Ford")),
        (
            ["McHenry laughed, responding: 'That is why I have a degree.'"],
            ("attributed", "McHenry"),
        ),
        # a linking verb after a name ends the subject
        (
            ["McHenry seems unfussed, responding: 'That is why I have a degree.'"],
            ("attributed", "McHenry"),
        ),
        (["The team won, responding to the early goal with three."], ("none", None)),
        # the subject of a coordinated clause, past its apposition, is whom "she" means
        (
            [
                "Police try to take the flag, but Manhart, a former sergeant who served in"
                " Kuwait, refuses.",
                "Speaking to the Daily Times, she said: 'I did not want anything like this.'",
            ],
            ("attributed", "Manhart"),
        ),
        # the name of an opening clause that the main clause's pronoun takes up is whom a
        # later "she" means; not one the main clause passes over for another
        (
            [
                "By the time Buckley learned who had written the song, she was only surprised.",
                "“I told her my secrets,” she said.",
            ],
            ("attributed", "Buckley"),
        ),
        (
            [
                "Gary Locke was the assistant.",
                "After Johnston was relieved of his duties, assistant Locke was put in charge.",
                "“I have broad shoulders,” he said.",
            ],
            ("attributed", "Gary Locke"),
        ),
        # criticism in an idiom, as "slammed"; a finding stated with its clause, not one "of"
        (["Elton lashed out at the fundraising ball."], ("attributed", "Elton")),
        (
            ["Then inspectors found evidence that six schools had an unbalanced curriculum."],
            ("attributed", "inspectors"),
        ),
        (["NASA's Galileo spacecraft found evidence of a conductive fluid."], ("none", None)),
        # "that said" is the idiom only before its comma; a relative "that said" speaks
        (
            ["Pepsi and Costco are among retailers that said they raised prices."],
            ("attributed", "retailers"),
        ),
        (["That said, the film is good."], ("none", None)),
        # a message that speaks is its sender's words
        (
            [
                "Jason Cotterill sent the victim a link with a message that said: 'I will"
                " send more.'"
            ],
            ("attributed", "Jason Cotterill"),
        ),
        (
            ["The company published a blog post that said customers could listen for free."],
            ("attributed", "the company"),
        ),
        # an adverb before the sender's verb is no passive; a receiver in the passive is no
        # sender, whatever adverb stands between
        (
            ["The company also published a blog post that said customers could listen free."],
            ("attributed", "the company"),
        ),
        (
            ["He was later issued with an injunction that said he would face arrest."],
            ("attributed", None),
        ),
        # taking a stand against a position
        (
            ["Key Security Council powers distanced themselves from the US position."],
            ("attributed", "Key Security Council powers"),
        ),
        (["The car was parked at a distance from the house."], ("none", None)),
        # a document and who issued it, however the phrase goes on
        (
            [
                "The whale swam 14,000 miles, according to a release from Oregon State University,"
                " whose scientists helped."
            ],
            ("attributed", "Oregon State University"),
        ),
        (
            [
                "Prices rose, according to a report published in March by the Office for National"
                " Statistics."
            ],
            ("attributed", "the Office for National Statistics"),
        ),
        # in lower-cased text a title and a surname still name the role
        (
            [
                "but judge cooke said it was not possible to impose a penalty at the hearing .",
                "the judge said the original sentence will stand .",
            ],
            ("attributed", "cooke"),
        ),
        (
            [
                "the court heard the judge was unhappy with the way the case was run .",
                "the judge said the original sentence will stand .",
            ],
            ("attributed", "the judge"),
        ),
        # a photo's pointer parts no name from its verb
        (
            [
                "Linda Prior cried as she told the court how she tried to help.",
                "Joy Smith (right) leaves court after she told the court how she saw him fall.",
            ],
            ("attributed", "Joy Smith"),
        ),
    ],
)
def test_the_ninth_sessions_rules(lines: list[str], verdict: tuple[str, str | None]) -> None:
    assert _verdict(*lines) == verdict, lines


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # a "who" aside after a clause's subject, as an apposition: the name is the person a
        # later pronoun means
        (
            [
                "Following the crash, Maria, who had trained for years, was dropped by her club.",
                "'I wanted to prove them wrong,' she said.",
            ],
            ("attributed", "Maria"),
        ),
        # praising someone as something is a statement, as "praised"; being hailed is not
        (
            ["Jose Mourinho hailed his young striker as the best finisher in the league."],
            ("attributed", "Jose Mourinho"),
        ),
        (["The rescuer was hailed as a hero after the flood."], ("none", None)),
        # citing something in support speaks, as "citing" does; being cited does not, and a
        # cited person's words stay theirs
        (
            ["Bankers cited the weak pound as the reason for the cuts."],
            ("attributed", "Bankers"),
        ),
        (["The driver was cited for speeding on the motorway."], ("none", None)),
        (
            ["The agency cited Maria Lopez, a local official, who said the road was closed."],
            ("attributed", "Maria Lopez"),
        ),
        # a fear or a worry voiced with its clause; not the noun, nor a condition
        (
            ["Teachers fear that the new rules will drive staff away."],
            ("attributed", "Teachers"),
        ),
        (["Nobody swam out, for fear that the ice would break."], ("none", None)),
        (["Parents should hide passports if they fear the children may travel."], ("none", None)),
        # a verb of reporting in any form that cannot be a noun, with its "that" clause
        (
            ["Officials confirm that the bridge will reopen in May."],
            ("attributed", "Officials"),
        ),
        (
            ["Dr Lena Fischer asserts that the drug is safe for children."],
            ("attributed", "Lena Fischer"),
        ),
        (
            ["The budget office projected that tariffs would cut growth."],
            ("attributed", "the budget office"),
        ),
        # … not a noun before a relative "that", evidence, a negation, a modal or the writer
        (["The protests that began in May spread to the south."], ("none", None)),
        (["He broke his vow that he would never return."], ("none", None)),
        (["Images of the scene indicate that live rounds were used."], ("none", None)),
        (["Critics can not deny that the scheme has worked."], ("none", None)),
        (["Others may argue that the money would be better spent."], ("none", None)),
        (["We should also note that prices vary by region."], ("none", None)),
        # the state's own outlets are known, as a named paper is; unnamed local media are not
        (
            ["State media have reported only a handful of deaths in the protests."],
            ("attributed", "State media"),
        ),
        (
            ["Chinese state media reported that 12 people had died."],
            ("attributed", "Chinese state media"),
        ),
        (["Local media reported that 12 people had died."], ("claimed", None)),
        # an accuser named after the charge, up to a second charge; not a means
        (
            ["Mr Lund was accused of theft by a neighbour and fraud by his brother in 2019."],
            ("claimed", "a neighbour"),
        ),
        (["He was accused of killing his wife by poisoning her tea."], ("claimed", None)),
        # the accused of a passive accusation are never its accusers, even where another
        # speech verb makes the sentence speak
        (
            [
                "In 2003, officials there were accused of hiding the outbreak, and the mayor"
                " later admitted that there had been more cases."
            ],
            ("claimed", None),
        ),
        # a plural's apostrophe before a name inside a quotation does not close it, nor does a
        # relative clause after it make a speaker; a quoted title still closes before a name
        (
            [
                "'She gave me the Union of Cleaners' Rights sheet which tells about the law.",
                "'It helped,' she said.",
            ],
            ("attributed", None),
        ),
        (
            ["He chose the track 'Dangerous' Laurent Moreau said he liked it."],
            ("attributed", "Laurent Moreau"),
        ),
        # … nor a narrative verb the writer uses in their own voice, nor "others" fearing
        (["Many businesses agree that the tariffs have hurt them."], ("none", None)),
        (["Others fear that the trial could hurt their candidates."], ("claimed", None)),
        # calling something a name is a statement; the idiom "called it a day" is not
        (["The ministry called the report a smear."], ("attributed", "the ministry")),
        (["The players called it a day after the storm."], ("none", None)),
        # a quotation's tag may use any past form of reporting, in either order
        (["'The plan will fail,' the minister stressed."], ("attributed", "the minister")),
        (["'It was a mistake,' retorted the coach on Monday."], ("attributed", "the coach")),
        (["The judge mused: 'Who could have known?'"], ("attributed", "the judge")),
        (
            ["Ascom, a provider of alarm systems, announced a new product line on Monday."],
            ("attributed", "Ascom"),
        ),
        # an unnamed official of a government or an armed force is an anonymous source; a
        # routine functionary or a named official is not
        (
            ["Two senior US officials told CNN the strike had been planned for weeks."],
            ("claimed", "Two senior US officials"),
        ),
        (
            ["An official with the European Commission said the deal was dead."],
            ("claimed", "An official with the European Commission"),
        ),
        (
            ["Two people were hurt, a hospital official said."],
            ("attributed", "a hospital official"),
        ),
        (["An official, Ana Ruiz, said the road was shut."], ("attributed", "Ana Ruiz")),
        # a person's full name without the role or title written before it, as the guideline
        # names a speaker; not friends "of" someone, two people joined, nor a courtesy title
        (["Juventus striker Carlos Tevez said he was happy."], ("attributed", "Carlos Tevez")),
        (
            ["Multiple friends of Mike Ford said he had changed his will."],
            ("claimed", "Multiple friends of Mike Ford"),
        ),
        (["Mr Duncan Smith said the figures were wrong."], ("attributed", "Mr Duncan Smith")),
        # "thing" is no speaker, even as an epithet for one
        (["Poor thing actually believes she was hired for her brains."], ("attributed", None)),
        # claims "made by" someone are theirs, not those of whoever investigates them
        (
            ["Police are investigating claims made by a former guard that he was beaten."],
            ("claimed", "a former guard"),
        ),
    ],
)
def test_the_tenth_sessions_rules(lines: list[str], verdict: tuple[str, str | None]) -> None:
    assert _verdict(*lines) == verdict, lines


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # a lone given name no surname list knows tells its gender: "she" is not "Tom"
        (
            [
                "Lisa Brown said her son, Tom, had been bullied for years.",
                "Tom, 12, now studies at home.",
                "She said the school had ignored her complaints.",
            ],
            ("attributed", "Lisa Brown"),
        ),
        (
            [
                "Peter Wilson said his daughter Amy had been bullied.",
                "Amy, 14, left the school in May.",
                "He said the school had done nothing.",
            ],
            ("attributed", "Peter Wilson"),
        ),
        # a paper known by its head alone is an outlet, whom "the newspaper" means
        (
            [
                "The Guardian reported that the minister had resigned.",
                "The newspaper said he had left on Tuesday.",
            ],
            ("attributed", "The Guardian"),
        ),
        # a club's name shows it is "the club"; the police who spoke are not
        (
            [
                "Leeds United confirmed the signing on Friday.",
                "The club said the fee was undisclosed.",
            ],
            ("attributed", "Leeds United"),
        ),
        (
            [
                "West Yorkshire Police said two fans were arrested.",
                "The club said it would ban them for life.",
            ],
            ("attributed", "the club"),
        ),
        # … nor are they, or a ministry, "the company"
        (
            ["Police said the shop was targeted twice.", "The company said staff were safe."],
            ("attributed", "the company"),
        ),
        # "Hall", "Lane" or "Park" after a first name ends a person's name, not a venue's
        (
            [
                "Peter Hall, a party donor, said the leader must change course.",
                "Mr Hall warned that the election could be lost.",
            ],
            ("attributed", "Peter Hall"),
        ),
        (
            [
                "Simon Reed played the Royal Albert Hall on Friday.",
                "He said the crowd had been wonderful.",
            ],
            ("attributed", "Simon Reed"),
        ),
        # a name with a plural verb is a team or a firm, never "he"
        (
            [
                "Glasgow Warriors have confirmed that the stadium will be full.",
                "He said tickets had sold out.",
            ],
            ("attributed", None),
        ),
        # a capitalised role, then the name it is, between commas: the name speaks
        (
            ["The Defence Minister, Robert Hill, says it is too early to act."],
            ("attributed", "Robert Hill"),
        ),
        (
            ["But Yallourn Energy mine manager, Lindsay Ward, says power has been cut."],
            ("attributed", "Lindsay Ward"),
        ),
        # … and its "says" opens no tag over the names that follow it
        (
            [
                "The Labor leader, Simon Crean, says senior figures Bob Hawke and Neville Wran"
                " will help."
            ],
            ("attributed", "Simon Crean"),
        ),
        # two people, the apposition naming the second, stay both
        (
            ["John Burns and his wife, Brenda Burns, say he is innocent."],
            ("attributed", "John Burns and his wife"),
        ),
        # unnamed reports that speak are no one's: claimed, with no speaker
        (
            ["Reports say the fight erupted after gunmen surrounded the house."],
            ("claimed", None),
        ),
        (
            ["Initial reports spoke of up to 50 people trapped in the building."],
            ("claimed", None),
        ),
        (["Police reports say the driver was drunk."], ("attributed", "Police")),
        # … nor are reports under inquiry; reports of a crime are complaints to the police
        (
            [
                "The minister confirmed the Government is investigating reports that a citizen"
                " has been fighting abroad."
            ],
            ("claimed", None),
        ),
        (
            ["Police said they were investigating reports of a break-in at the school."],
            ("attributed", "Police"),
        ),
        # … while the one who passed them on is whom a later "he" means
        (
            [
                "Foreign Minister Alexander Downer confirmed the Government is investigating"
                " reports that a citizen has been fighting abroad.",
                "He said the reports were taken seriously.",
            ],
            ("attributed", "Alexander Downer"),
        ),
        # an unnamed source with two words before "source", or an unnamed official of a
        # movement who "has said", is anonymous
        (
            ["A US diplomatic source told the news agency the talks would go on."],
            ("claimed", "A US diplomatic source"),
        ),
        (
            ["A senior Hamas official has said the group will stop its attacks."],
            ("claimed", "a senior Hamas official"),
        ),
        # the unnamed official the lines quoted goes on unnamed; a spokesman still speaks
        # for the body
        (
            [
                "A senior Hamas official has said the group will stop its attacks.",
                '"We cannot predict anything," the official said.',
            ],
            ("claimed", "a senior Hamas official"),
        ),
        (
            [
                "A spokesperson who did not wish to be named said the agency had no vaccines.",
                '"Running a vaccine programme is not feasible," the spokesperson said.',
            ],
            # (shown in the sentence's words: the one before was given in no more)
            ("attributed", "the spokesperson"),
        ),
        # … whatever noun the article keeps them under, and when "he" or "she" goes on
        (
            [
                "A man who asked not to be named said the factory had been bombed.",
                '"It is a disaster," the man said.',
            ],
            ("claimed", "the man"),
        ),
        (
            [
                "A senior Hamas official has said the group will stop its attacks.",
                "He told the news agency that the decision had been taken in secret.",
            ],
            ("claimed", "a senior Hamas official"),
        ),
        # an adverbial aside between the name and "said" opens no tag over what follows
        (
            [
                "Donald Rumsfeld, on a visit to troops at Bagram air base, said the battle"
                " against the Taliban was not over."
            ],
            ("attributed", "Donald Rumsfeld"),
        ),
        # a role with the body it serves after "of", then the name it is
        (
            ["The head of the US Central Command, General Tommy Franks, said progress was slow."],
            ("attributed", "Tommy Franks"),
        ),
        (
            [
                "The national secretary of the Workers Union (AMWU), Doug Cameron, said the"
                " strike would go on."
            ],
            ("attributed", "Doug Cameron"),
        ),
        # "it is feared" is a hedge no one is named for, as "it is thought" is
        (
            ["Crews are working on a fire front, which it is feared will devour homes."],
            ("claimed", None),
        ),
        # unnamed sources of a kind, with more verbs than "said" (not "after sources told")
        (
            ["Earlier, diplomatic sources indicated that a new government would be installed."],
            ("claimed", "diplomatic sources"),
        ),
        (
            ["Oil fell after sources told Reuters that Russia would not cut output."],
            ("claimed", "sources"),
        ),
        # a title and a full name, then the role with no comma: the name speaks
        (
            [
                "Professor Alan Trounson deputy director of the Monash Institute of"
                " Reproduction and Development says the institute is ready."
            ],
            ("attributed", "Alan Trounson"),
        ),
        # a body's name before its document is the document's author, now and later
        (
            [
                "A new report has revealed fewer young people use homeless services.",
                "The Australian Institute of Health and Welfare report shows 1 per cent do.",
                "The report suggests older people use them less.",
            ],
            ("attributed", "The Australian Institute of Health and Welfare"),
        ),
        (["US data show prices rose in May."], ("attributed", "US data")),
        (["A Gallup poll found most people agree."], ("attributed", "A Gallup poll")),
        # titles before a name, then an adverbial aside: the name is the subject
        (
            [
                "US Defence Secretary Donald Rumsfeld, on a visit to US troops at Bagram air"
                " base outside Kabul, said the battle against the Taliban was not over."
            ],
            ("attributed", "Donald Rumsfeld"),
        ),
        # an unnamed source is anonymous however many speakers came between
        (
            [
                "Five men were arrested, a Palestinian security source said.",
                "A Hamas official confirmed the arrests.",
                "The security source said more than 75 militants were held.",
            ],
            ("claimed", "a Palestinian security source"),
        ),
        # a passive confirmation with the one who confirmed it is theirs; an identity proved
        # is no statement
        (["The death was confirmed by police last night."], ("attributed", "police")),
        (
            [
                "The split was confirmed in a statement released by Hewitt's managers late"
                " this morning."
            ],
            ("attributed", "Hewitt's managers"),
        ),
        (
            ["The bed has now been confirmed by DNA as once belonging to Henry VII."],
            ("none", None),
        ),
        (["He was confirmed as manager by the board."], ("none", None)),
        # more roles a name may follow: the Treasurer, the Attorney-General; a possessive role;
        # a body's name with "and" after the role's "of"
        (
            ["The Treasurer, Peter Costello, says the Government's review committee will cut."],
            ("attributed", "Peter Costello"),
        ),
        (
            ["The Attorney-General, Daryl Williams, says the man left Australia in 1998."],
            ("attributed", "Daryl Williams"),
        ),
        (
            ["Victoria's Industrial Relations Minister, Monica Gould, admits it is frustrating."],
            ("attributed", "Monica Gould"),
        ),
        (
            [
                "The national secretary of the Manufacturing and Workers Union, Doug Cameron,"
                " says the unions have done everything possible."
            ],
            ("attributed", "Doug Cameron"),
        ),
        # rejecting claims, or denying claims a pronoun's clause spells out, is a denial of
        # unsourced claims, by the denier (not a fragment of the denier's phrase)
        (
            ["A spokeswoman has rejected claims that 950 detainees are to be moved."],
            ("claimed", "a spokeswoman"),
        ),
        (
            ["The former managing director of One.Tel has denied claims he misled the board."],
            ("claimed", "the former managing director of One.Tel"),
        ),
        (
            [
                "China said it is committed to the formula, while the city's police deny"
                " accusations of brutality."
            ],
            ("claimed", "the city's police"),
        ),
        (["The insurer rejected claims that were filed late."], ("none", None)),
        # "is reported as saying" is "reportedly said": claimed, by the one reported
        (
            ["Party President Shane Stone is reported as saying a merger must be considered."],
            ("claimed", "Shane Stone"),
        ),
        # an unnamed diplomat or source named after the quotation is anonymous too
        (
            ['"The government will be installed next week," said a western diplomat.'],
            ("claimed", "a western diplomat"),
        ),
        # … and an unnamed official from a movement who "also said"
        (
            [
                "An official from Palestinian leader Yasser Arafat's Fatah movement also said"
                " there had been a meeting."
            ],
            ("claimed", "An official"),
        ),
        (
            ["An airport official said the runway was closed."],
            ("attributed", "An airport official"),
        ),
        # lives claimed in words are deaths, not claims; a clause after them is a claim
        (["Violence in the last week has claimed at least eight lives."], ("none", None)),
        (["The fighting has claimed hundreds of lives."], ("none", None)),
        (["Smith claimed eight people had died."], ("claimed", "Smith")),
        # a speech verb denied before the question it leaves open states nothing
        (
            ["The Indian authorities have not said who they believe was behind the killings."],
            ("none", None),
        ),
        (["Police would not say whether the man was armed."], ("none", None)),
        (["Police said the man was armed."], ("attributed", "Police")),
        # "the source" is the latest unnamed source, not the first
        (
            [
                "An Israeli military source said four men were shot.",
                "A Palestinian security source said three leaders were arrested.",
                "The security source said more than 75 militants were held.",
            ],
            ("claimed", "A Palestinian security source"),
        ),
        # a firm may be "the retail giant" or "the supermarket"
        (
            [
                "Amazon has launched a new delivery service in London.",
                "The retail giant said it would hire 500 drivers.",
            ],
            ("attributed", "Amazon"),
        ),
    ],
)
def test_the_eleventh_sessions_rules(lines: list[str], verdict: tuple[str, str | None]) -> None:
    assert _verdict(*lines) == verdict, lines


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # a role whose remit has an "and" in it is one person, named in the apposition
        (
            [
                "The Trade and Industry Secretary, Patricia Hewitt, said the cost was being"
                " evaluated."
            ],
            ("attributed", "Patricia Hewitt"),
        ),
        (
            ["Joshua Burns and his wife, Brenda Burns, said they were shocked."],
            ("attributed", "Joshua Burns and his wife"),
        ),
        # a role with its remit after "for", then the name it is
        (
            [
                "The former chief weapons inspector for the United Nations in Iraq, Richard"
                " Butler, said the plants could be rebuilt."
            ],
            ("attributed", "Richard Butler"),
        ),
        (
            ["A spokesman for the council, John Smith, said the road was closed."],
            ("attributed", "John Smith"),
        ),
        # unnamed sources keep the words for their kind, capitalised or joined by "and"
        (["US and Israeli sources said he would go on."], ("claimed", "US and Israeli sources")),
        (["Diplomatic sources said he would go on."], ("claimed", "Diplomatic sources")),
        (
            ["After the talks diplomatic sources said he would go on."],
            ("claimed", "diplomatic sources"),
        ),
        (["But sources said he would go on."], ("claimed", "sources")),
        # a first name no list knows stays with the name after the role
        (
            ["Home Minister Lal Krishna Advani said the attack was planned."],
            ("attributed", "Lal Krishna Advani"),
        ),
        (
            ["Chief Magistrate Ray Rinaudo said the accused was no risk."],
            ("attributed", "Ray Rinaudo"),
        ),
        # a claim passed on inside a named speaker's quotation: what another claims to be or
        # do, or the allegations against someone
        (
            ['"The charity claims to serve the hungry, but it armed the rebels," Bush said.'],
            ("claimed", "Bush"),
        ),
        (
            ['"I think the allegations against the senator are not credible," Volker said.'],
            ("claimed", "Volker"),
        ),
        (['"We claim to be the best," Smith said.'], ("attributed", "Smith")),
        (['"We will not accept unlawful maritime claims," Esper said.'], ("attributed", "Esper")),
        # no evidence "of that": a note on what was just said
        (
            ["Smith claimed the lab leaked the virus.", "There is no evidence of that."],
            ("unverified", "Smith"),
        ),
        (
            ["The charge is that he is involved in a cover-up, but there is no evidence of that."],
            ("unverified", None),
        ),
        (["Police said there was no evidence of foul play."], ("attributed", "Police")),
        # a plural speech word after a number, a determiner or a possessive is a noun
        (
            [
                "The Tory co-chairman attacked Labour's six new pledges as vacuous and said"
                " Mr Blair was worried."
            ],
            ("attributed", "The Tory co-chairman"),
        ),
        (["A spokesman says the product is safe."], ("attributed", "a spokesman")),
        # "a lack of evidence to back up its claims": the last claimant's claims, however far
        # back and whoever doubts them; "it" after a work's name is the work
        (
            [
                "The Da Vinci Code claims Jesus was not crucified.",
                "It claims this was later covered up.",
                "The Bishop of Durham described the novel as a great thriller.",
                "The book has sold seven million copies.",
                "The Bishop said there was a lack of evidence to back up its claims.",
            ],
            ("unverified", "The Da Vinci Code"),
        ),
        (
            ["The Da Vinci Code claims Jesus was not crucified.", "It claims it was covered up."],
            ("claimed", "The Da Vinci Code"),
        ),
        # reports the one they are put to will not discuss are no one's
        (
            ["He would not discuss reports the party repaid the loan."],
            ("claimed", None),
        ),
        (["He would not discuss the reports from the inspectors."], ("none", None)),
        # what was denied to someone is no denial
        (["Greene was also denied Olympic gold in the relay."], ("none", None)),
        (["He was denied bail."], ("none", None)),
        (["A photo of the meeting was denied by Andrew."], ("attributed", "Andrew")),
        # writing a work, with its article and modifiers, is authorship
        (
            ["He is working with Steve Brown, who wrote the award-winning musical Spend Spend."],
            ("none", None),
        ),
        (["He soon wrote his first novel, Web of Angels."], ("none", None)),
        (["Smith wrote in the book that the plan was flawed."], ("attributed", "Smith")),
        # a forecast with what it holds is a statement
        (
            ["Morgan Stanley has forecast that the market will grow."],
            ("attributed", "Morgan Stanley"),
        ),
        (["The Met Office forecast rain."], ("none", None)),
        # one report that says something is a document, as "according to a report" is
        (
            ["Ethiopia produced 14 million tonnes of crops in 2004, a report says."],
            ("attributed", "a report"),
        ),
        (["Ethiopia produced 14 million tonnes of crops, reports say."], ("claimed", None)),
        # two bodies joined by "and the" speak together
        (
            [
                "Reports in the Wall Street Journal and the Financial Times suggested that the"
                " firm is considering a bid."
            ],
            ("attributed", "the Wall Street Journal and the Financial Times"),
        ),
        # an aside whose closing comma was lost is still an aside
        (
            ["Ms Robinson, who presents The Weakest Link tells Cockerell that she despaired."],
            ("attributed", "Ms Robinson"),
        ),
        # a share glued on by a lost comma is no part of the name
        (
            ["According to Jupiter Research 40% of homes with broadband say it helps them."],
            ("attributed", "Jupiter Research"),
        ),
        # a month after a first name or a title is a surname
        (["Theresa May said the plans were old."], ("attributed", "Theresa May")),
        (
            ["The minister, Theresa May, spoke first.", "Mrs May said the plans were old."],
            ("attributed", "Theresa May"),
        ),
        (["Officials said Wednesday the plans were old."], ("attributed", "Officials")),
        # a noun for a stretch of time, alone with its capital, is a name as no date is
        (["Asked about Hudson, Day said he was a friend."], ("attributed", "Day")),
        (["He led, according to Time, the largest march ever held."], ("attributed", "Time")),
        (["The minister said on Monday the plans were old."], ("attributed", "the minister")),
        (["Police said last night the road was closed."], ("attributed", "Police")),
        # a term in scare quotes after "and" is no quotation, and narration's subject with
        # no capital after its first word is no speaker
        (
            [
                'Plans include funding for universities and "taster courses" for men and women'
                " in non-traditional jobs."
            ],
            ("none", None),
        ),
        (
            [
                "Human hibernation has been the subject of initial research, then recommended as"
                ' a key "enabling technology" for space by the Future Technology Advisory Panel.'
            ],
            ("attributed", None),
        ),
    ],
)
def test_the_twelfth_sessions_rules(lines: list[str], verdict: tuple[str, str | None]) -> None:
    assert _verdict(*lines) == verdict, lines


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # the twelfth session's rules, kept to what they name (found by a review)
        (["The CEO declined to discuss quarterly earnings reports."], ("attributed", "The CEO")),
        (["Smith would not confirm reports."], ("attributed", "Smith")),
        (["The IMF's forecast that growth will slow proved wrong."], ("none", None)),
        (
            ["Trump wrote a series of posts saying the election was rigged."],
            ("attributed", "Trump"),
        ),
        (
            ["The critic wrote a film review saying the movie was a disaster."],
            ("attributed", "the critic"),
        ),
        (
            ["Before George Martin wrote A Song of Ice and Fire, Ford created a retelling."],
            ("none", None),
        ),
        (["It was denied in a statement on Friday."], ("attributed", None)),
        (["Numerous sources said the talks had failed."], ("claimed", "sources")),
        (
            ["The Prime Minister said the plan would work.", "It says the deal is near."],
            ("attributed", None),
        ),
    ],
)
def test_the_twelfth_sessions_rules_stay_narrow(
    lines: list[str], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*lines) == verdict, lines


def test_claims_a_pronoun_owns_are_doubted_back_to_their_claimant() -> None:
    sentences = classify_sentences(
        [
            "The Da Vinci Code claims Jesus was not crucified.",
            "It claims this was later covered up.",
            "The Bishop of Durham described the novel as a great thriller.",
            "The book has sold seven million copies.",
            "The Bishop said there was a lack of evidence to back up its claims.",
        ]
    )
    assert [s.status.value for s in sentences[:2]] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # "saying" and "believe" before a clause with a subject of its own and no "that"
        (
            ["The mayor's office defended the budget, saying a new levy was not needed."],
            ("attributed", "the mayor's office"),
        ),
        (
            ["The league stood by its referees, saying Arsenal had been given a fair hearing."],
            ("attributed", "the league"),
        ),
        (
            ["In the north, many farmers now believe the drought will last another year."],
            ("attributed", "many farmers"),
        ),
        # a role's name set between commas names the speaker of a later participle
        (
            ["The Health Secretary, Jane Doyle, looked tired, saying the review had been hard."],
            ("attributed", "Jane Doyle"),
        ),
        # one body's name with "and" in it, and what "it" says in the sentence it opens
        (
            ["The Office of Fair Trading and Competition has been firm, saying that prices rose."],
            ("attributed", "The Office of Fair Trading and Competition"),
        ),
        (
            ["The Bureau of Land and Water has moved to correct what it says are errors."],
            ("attributed", "The Bureau of Land and Water"),
        ),
        # a fear voiced with a clause that has its own subject
        (
            ["Some doctors fear hospital computer systems could be hacked."],
            ("attributed", "Some doctors"),
        ),
        # the writer's own verdict that nothing supports a statement
        (["No forensic evidence linking the driver to the fire was found."], ("unverified", None)),
        (["There is not a shred of evidence to suggest foul play."], ("unverified", None)),
        # evidence an inquiry has heard, with or without "that"
        (
            ["The inquiry has heard evidence that the ferry's doors were left open."],
            ("attributed", "the inquiry"),
        ),
        (
            ["The tribunal has also heard the manager had ignored three warnings."],
            ("attributed", "the tribunal"),
        ),
        # figures and findings put out by a body, and a paper in a journal, are theirs
        (
            ["Prices rose, according to figures released by the Office for National Statistics."],
            ("attributed", "the Office for National Statistics"),
        ),
        (
            ["Exports fell, according to the latest figures published by the Treasury."],
            ("attributed", "the Treasury"),
        ),
        (
            ["Ice was found, according to a paper published in the journal Nature Geoscience."],
            ("attributed", "Nature Geoscience"),
        ),
        # "according to" a group, then the clause's subject with no comma between
        (
            ["According to police Mr Hale hired the two men to clear his garden."],
            ("attributed", "police"),
        ),
        # who a ", who said" clause is about: a person described, or a name past a bare role
        (
            ["The couple went to their GP, who suggested that the boy had hay fever."],
            ("attributed", "their GP"),
        ),
        (
            [
                "It echoes the worries of writers such as Ann Bell, professor of history at"
                " Leeds University, who said: 'We have been here before.'"
            ],
            ("attributed", "Ann Bell"),
        ),
        (
            [
                "He followed the advice of Tom Reed, his team boss, who told reporters the car"
                " was fine."
            ],
            ("attributed", "Tom Reed"),
        ),
        # a role's apposition that gives the name after its own lower-case role
        (
            ["The report's main author, research fellow Ana Ortiz, said the rise was steep."],
            ("attributed", "Ana Ortiz"),
        ),
        (
            ['A co-author, soil science professor Ben Hart, said, "We did not expect this."'],
            ("attributed", "Ben Hart"),
        ),
        (
            [
                "Oslo University economist and former central bank official, Liv Berg, said"
                " rates would fall."
            ],
            ("attributed", "Liv Berg"),
        ),
        # "and" inside an apposition joins its descriptions, and the words after "said" are
        # what was said, not a speaker
        (
            [
                "Dr Rosa Vance, the head of the trial and a cancer specialist, said the cost of"
                " the drug was too high."
            ],
            ("attributed", "Rosa Vance"),
        ),
        # the subject's first verb, then "and" and the speech verb
        (
            ["The boy's father, Omar, wept on hearing the verdict and said his son was innocent."],
            ("attributed", "Omar"),
        ),
        # an apposition's relative clause stays in the apposition
        (
            [
                "Professor Amy Lin, Director General of the institute that ran the trial,"
                " said the drug works."
            ],
            ("attributed", "Amy Lin"),
        ),
        # who led the work is whom the ", who" clause is about
        (
            ["The study was led by Paul Grey, a marine biologist, who said the reefs are dying."],
            ("attributed", "Paul Grey"),
        ),
        # a tag the splitter parted from its quotation
        (
            ['"Who would steal a bench?"', "wrote Sanna, the artist, in an e-mail."],
            ("attributed", "Sanna"),
        ),
        # one of a group, named in the apposition
        (
            [
                "One of the parties, the Green Alliance (GA), left the talks and said it had"
                " been misled."
            ],
            ("attributed", "the Green Alliance"),
        ),
        # telling someone a fact, and the reports a body wrote
        (["She informed the court she had no money left."], ("attributed", None)),
        (
            ["According to the reports by the World Health Organization, cases are falling."],
            ("attributed", "the World Health Organization"),
        ),
        # a source the reporter keeps unnamed
        (
            ["The paper said a police source, whom it did not name, confirmed the arrest."],
            ("claimed", "a police source"),
        ),
        # a share of people who did something, a span of time before "of", and "the embassy"
        # after the body named with that word
        (
            ["The unions claim 80 per cent of the staff voted against the offer."],
            ("claimed", "the unions"),
        ),
        (
            ["Several villagers have spoken in recent weeks of hearing gunfire at night."],
            ("attributed", "Several villagers"),
        ),
        (
            [
                "The minister wrote to the French Embassy in Rome asking for help.",
                "The embassy declined the request and said the case was closed.",
            ],
            ("attributed", "the French Embassy"),
        ),
        # unnamed sources that report, and a court's written decision
        (["Sources report the singer is being treated as royalty."], ("claimed", "Sources")),
        (
            ["A 2012 federal court decision said the question is one for Congress."],
            ("attributed", "a 2012 federal court decision"),
        ),
        # a magazine that specified what it meant, named with the sentence's stop after it
        (
            [
                "The prize went to the Walkman, chosen by US magazine Gadget World.",
                "The magazine specified that entries needed moving parts.",
            ],
            ("attributed", "Gadget World"),
        ),
    ],
)
def test_the_thirteenth_sessions_rules(lines: list[str], verdict: tuple[str, str | None]) -> None:
    assert _verdict(*lines) == verdict, lines


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # an object, not a clause, after "saying" or "believe"
        (["She waved, saying goodbye to those who were still there."], ("none", None)),
        (["They believe in what is right for the town."], ("none", None)),
        # a belief no one holds yet, and a relative's
        (["The board may still believe the merger is worth it."], ("none", None)),
        (["Those who believe Labour is finished are wrong."], ("none", None)),
        # the name after a role with a remit may be the remit's: no guess
        (
            ["A spokesman for the Home Secretary, Amber Ross, rose to say there was no deal."],
            ("attributed", None),
        ),
        # two subjects, not one body's name
        (["Many Clouds and Aspell jump a fence on the way to winning."], ("none", None)),
        # a fear as a noun, and a verb where a subject would be
        (["Current fears about a flu outbreak are being fuelled by the news."], ("none", None)),
        # a speaker's verdict that there is no evidence is their finding, not the writer's doubt
        (
            ["Police said there was no evidence that the fire was started deliberately."],
            ("attributed", "Police"),
        ),
        # a thing refused, a passive denied and a name's "Said"
        (["The council has repeatedly denied funding for the new bridge."], ("none", None)),
        (["The judge denied the request for bail."], ("none", None)),
        (["Strikes are not reported in the north of the country."], ("none", None)),
        (["Her successor, Hamad Al Said, attended the funeral prayers."], ("none", None)),
        (["She informed police of the theft."], ("none", None)),
        (["The party claimed 40 per cent of the vote in the election."], ("none", None)),
        # found by a review of the thirteenth session's rules
        (["Two climbers believed dead were found alive on Sunday."], ("none", None)),
        (["Security fears mean the match will be played behind closed doors."], ("none", None)),
        (["Residents had heard explosions and were terrified."], ("none", None)),
        (["Police still believe the killer is a local man."], ("attributed", "Police")),
        (["Police arrested a man, whom they did not name, on Tuesday."], ("none", None)),
        (["No evidence of structural damage was reported after the tremor."], ("none", None)),
        (["Scientists have found no evidence linking phones to cancer."], ("none", None)),
        (
            ["The parents of Lucy Brown, who said she had been missing, spoke to police."],
            ("attributed", "the parents of Lucy Brown"),
        ),
        (
            ["According to police Commissioner Bill Bratton, the shooting was gang-related."],
            ("attributed", "Bill Bratton"),
        ),
        (["She informed police of it the next day."], ("none", None)),
        (
            ["The minister denied funding for the hospital had been cut."],
            ("attributed", "the minister"),
        ),
        (["Obama spoke in the last days of the campaign at rallies in Ohio."], ("none", None)),
        (
            ["The incumbent claimed 55 per cent of the vote in a district that backed him."],
            ("none", None),
        ),
        (["Casualties weren't reported in the capital."], ("none", None)),
        (["They were informed that the flight was cancelled."], ("none", None)),
        # … while a cited source, and a denial of what was said, still count
        (["The firm cut its forecast, citing Reuters."], ("attributed", "Reuters")),
        # hearing of something, or of a saying, reports nothing
        (["I have heard of the saying but never understood it."], ("none", None)),
        (["Officials had heard about the crash within minutes."], ("none", None)),
        # little evidence is not none
        (["There is very little evidence that the diet works."], ("none", None)),
    ],
)
def test_the_thirteenth_sessions_rules_stay_narrow(
    lines: list[str], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*lines) == verdict, lines


def test_a_who_clause_after_the_kin_of_a_name_is_not_given_to_the_name() -> None:
    # "the wife of Mark Dale, who said": the clause may be about either; never the name
    _, source = _verdict("Police spoke to the wife of Mark Dale, who said she had not seen him.")
    assert source != "Mark Dale"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Verizon spent $200 million, according to people familiar with the matter who "
            "asked not to be named.",
            "people familiar with the matter",
        ),
        (
            "The firm will cut jobs, according to a person familiar with the company's plans "
            "for its products.",
            "a person familiar with the company's plans",
        ),
    ],
)
def test_an_unnamed_source_is_named_in_whole_words(text: str, source: str) -> None:
    assert _verdict(text) == ("claimed", source)


def test_adverbs_joined_by_and_after_an_apposition_leave_the_speaker() -> None:
    text = "Trump, 78, has repeatedly and falsely claimed that the election was stolen."
    # (the writer's "falsely" doubts the claim: unverified)
    assert _verdict(text) == ("unverified", "Trump")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The allegations have been denied by the player.", ("attributed", "the player")),
        (
            "The accusations have been strongly denied by the player's agent.",
            ("attributed", "the player's agent"),
        ),
        # the active form, as before
        ("The player has denied the allegations.", ("attributed", "the player")),
    ],
)
def test_a_denial_in_the_passive_is_the_deniers_not_a_claim(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


def test_a_name_ending_an_unnamed_source_is_no_dangling_word() -> None:
    text = "The talks stalled, according to officials close to the negotiations in the US."
    assert _verdict(text) == ("claimed", "officials close to the negotiations in the US")


@pytest.mark.parametrize(
    "text",
    [
        "Neither club has commented.",
        "No one at the firm has yet said a word about the sale.",
        "None of the officials commented.",
        "Smith has not commented on the case.",
        "The ministry has yet to respond.",
    ],
)
def test_no_statement_when_no_one_speaks_or_the_speaker_did_not(text: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.NONE, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the negation belongs to another clause than the speaker's
        ("No one was hurt, police said.", "police"),
        ("Police said no one was hurt.", "Police"),
        # a caption run into the story: "no one" is not who "says"
        ("But no one recognized her Facebook says it has teams of employees.", "Facebook"),
        # … and who did not speak is not who speaks next
        ("Neither club has commented, but the league said it was aware of it.", "the league"),
        ("Police have not commented, but the mayor said the road would reopen.", "the mayor"),
        ("Neither party has responded, the court heard.", "the court"),
    ],
)
def test_a_negation_outside_the_speakers_clause_leaves_the_speaker(text: str, source: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


@pytest.mark.parametrize(
    "lines",
    [
        # the note closes the run of both sides' statements …
        [
            "Russian officials claimed the strike hit a weapons depot.",
            "Ukrainian officials said it destroyed a school.",
            "Neither account could be independently verified.",
        ],
        # … or opens it
        [
            "Fighting around the town intensified on Saturday.",
            "Neither side's casualty figures could be independently verified.",
            "The rebel command said it had killed 60 government soldiers.",
            "The army said it had lost nine men.",
        ],
    ],
)
def test_a_note_on_every_side_covers_each_sides_statement(lines: list[str]) -> None:
    statuses = [s.status for s in classify_sentences(lines) if s.source or s.cue]
    assert statuses == [ClaimStatus.UNVERIFIED] * len(statuses)
    assert len(statuses) >= 3


@pytest.mark.parametrize(
    "lines",
    [
        # a note on every side that tells the claims apart at length, before them …
        [
            "None of the claims made by either side on Tuesday could be independently confirmed.",
            "The Kastrany military said it had shot down a fighter jet.",
            "Velmora's air force command said it had struck three ammunition depots.",
        ],
        # … or that says they could not be checked, after them
        [
            "Velmora claims its forces have recaptured the village of Ostry.",
            "Kastrany's general staff said on Wednesday that fighting was continuing.",
            "No satellite images were available, and neither side's account could be checked.",
        ],
    ],
)
def test_a_note_on_every_side_in_more_of_its_words(lines: list[str]) -> None:
    assert [s.status for s in classify_sentences(lines)] == [ClaimStatus.UNVERIFIED] * 3


def test_a_note_on_every_side_reaches_no_further_than_the_run_of_statements() -> None:
    sentences = classify_sentences(
        [
            "The mayor said the bridge would reopen in May.",
            "Heavy rain fell on Sunday.",
            "Russian officials claimed the strike hit a weapons depot.",
            "Ukrainian officials said it destroyed a school.",
            "Neither account could be independently verified.",
        ]
    )
    assert sentences[0].status is ClaimStatus.ATTRIBUTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # claims counted as they are handled are requests for money
        ("About 1,400 claims have been paid so far, worth 18 million pounds.", "none"),
        ("Thousands of claims were filed after the flood.", "none"),
        # … not allegations, which say what they claim
        ("Hundreds of claims of abuse were filed.", "claimed"),
    ],
)
def test_claims_counted_as_they_are_paid_or_filed_are_requests(text: str, status: str) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("lines", "statuses"),
    [
        # a note whose subject is a body's claims, as the sentence opens: "The group's …"
        (
            [
                "A militia calling itself the Eastern Shield said its fighters had set the"
                " depot alight.",
                "The group's account could not be independently verified.",
            ],
            ["unverified", "unverified"],
        ),
        # … or the claim as the subject of a later clause of the note
        (
            [
                "Residents have long claimed that blasting at the quarry cracks their walls.",
                "An inspection found no link, and the claim remains unproven.",
                "The quarry's owner said it monitors vibration daily.",
            ],
            ["unverified", "unverified", "attributed"],
        ),
        # … or what the evidence missing would be for
        (
            [
                "Candidate Dale Whitcombe claimed that thousands of ballots had been shipped in.",
                "He offered no evidence for the assertion, and county officials said they had"
                " found no irregularities.",
            ],
            ["unverified", "unverified"],
        ),
        # … in any of its doubts, not only the first
        (
            [
                "The Hollin People's Army said it had captured 14 government soldiers.",
                "The group did not provide evidence, and its claims could not be independently"
                " verified.",
            ],
            ["unverified", "unverified"],
        ),
        # … and the newsroom's own "we have not been able to verify"
        (
            [
                "Local channels said a fuel depot near the port had been hit.",
                "We have not been able to verify the footage.",
                "The port reopened on Friday.",
            ],
            ["unverified", "unverified", "none"],
        ),
        # (a thing not checked is no note on statements)
        (
            [
                "The mayor said the bridge would reopen in May.",
                "The bridge's cables have not been checked since 2019.",
            ],
            ["attributed", "none"],
        ),
    ],
)
def test_a_note_reaches_back_to_the_claims_it_names(lines: list[str], statuses: list[str]) -> None:
    assert [s.status.value for s in classify_sentences(lines)] == statuses


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # unaccountable sources in more of their forms
        (
            "A Western diplomat in the capital said the talks had collapsed.",
            "claimed",
            "A Western diplomat in the capital",
        ),
        (
            "Aides admit a spring vote is being discussed, according to three people in the"
            " governing party.",
            "claimed",
            "three people in the governing party",
        ),
        (
            "One resident, who gave her name only as Samira, said three houses collapsed.",
            "claimed",
            "One resident",
        ),
        ("It has been suggested that the roof was never tested.", "claimed", None),
        # … with an adverb of how often or how widely before "been" or the verb
        ("It’s even been said that humans can slow their heart rate.", "claimed", None),
        ("It has long been said that the river floods every spring.", "claimed", None),
        ("It is often said that the castle is haunted.", "claimed", None),
        ("It has long been a tradition in the village.", "none", None),
        # (not a report a named outlet made, a report to someone, nor a judgement of what to
        # do)
        (
            "It was also reported by Reuters that the deal could be signed.",
            "attributed",
            "Reuters",
        ),
        ("It has also been reported to Ofcom.", "none", None),
        ("It was also thought best to close the nearby footpath.", "none", None),
        ("Word in the paddock is that the team will switch engines.", "claimed", None),
        # a hedge cut to its participle, with no comma, names no one by its verb …
        ("A man believed to be in his 40s was arrested.", "claimed", None),
        # … unlike an order reported, remembering to, or a belief with its holder
        ("Officials said to expect delays.", "attributed", "Officials"),
        ("Police said to be on the lookout for a white van.", "attributed", "Police"),
        ("Nobody thought to have the boiler inspected before the fire.", "none", None),
        # a proposal is no hearsay
        ("It was suggested that the meeting be moved to Friday.", "attributed", None),
        # naming oneself, or others, is no anonymity
        (
            "Smith, who has agreed to be named as the club's new manager, said he was delighted.",
            "attributed",
            "Smith",
        ),
        (
            "Police declined to give their names, but said both men were in their 20s.",
            "attributed",
            "Police",
        ),
        # neither doubt nor suspicion when negated, nor speculation as a trade or refused
        ("He was never suspected of involvement in the attack.", "none", None),
        ("Rampant speculation over the past year pushed bitcoin to a record high.", "none", None),
        ("Commodity speculation about supply shortages sent wheat prices soaring.", "none", None),
        ("Smith refused to engage in speculation about his future.", "none", None),
        # no statement at all
        ("Cutting the deficit is easier said than done.", "none", None),
        ("Lumora declined to comment.", "none", None),
        ("An Alibaba spokesperson declined to comment on the pricing to Reuters.", "none", None),
        ("No self-respecting affiliate will work to sell an unproven product.", "none", None),
        # … while "No" naming someone is no negation
        ("No 10 said the prime minister had full confidence.", "attributed", None),
        ("No wonder the coach said he was delighted.", "attributed", "the coach"),
        # a doubt about a claim made is no part of who made it
        ("He made an unproven claim about the vote.", "unverified", None),
    ],
)
def test_more_forms_of_hearsay_and_of_no_statement(
    text: str, status: str, source: str | None
) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus(status), source)


@pytest.mark.parametrize(
    ("lines", "index", "verdict"),
    [
        # a body's claims the lines before do not show are not the last speaker's
        (
            [
                "The rebels said they had shot down a helicopter.",
                "The government's account could not be independently verified.",
            ],
            0,
            ("attributed", "the rebels"),
        ),
        # a note on both sides reaches the two sides, not a third statement before them
        (
            [
                "The UN said two million people had fled the region.",
                "Russian officials claimed the strike hit a depot.",
                "Ukrainian officials said it destroyed a school.",
                "Neither account could be independently verified.",
            ],
            0,
            ("attributed", "The UN"),
        ),
        # "one of" a group is one of the unnamed only when it is that group
        (
            [
                "A source close to the player said he would stay.",
                "The match finished 2-2.",
                "One of the club's coaches said the team had trained well.",
            ],
            2,
            ("attributed", "One of the club's coaches"),
        ),
    ],
)
def test_a_note_or_an_unnamed_source_reaches_no_one_else(
    lines: list[str], index: int, verdict: tuple[str, str]
) -> None:
    sentence = classify_sentences(lines)[index]
    assert (sentence.status.value, sentence.source) == verdict


def test_a_note_on_every_side_is_no_one_sides_own() -> None:
    sentences = classify_sentences(
        [
            "Russian officials claimed the strike hit a depot.",
            "Ukrainian officials said it destroyed a school.",
            "Neither account could be independently verified.",
        ]
    )
    assert sentences[-1].source is None


def test_a_lone_witness_who_would_not_be_named_goes_on_as_she() -> None:
    sentences = classify_sentences(
        ["A witness who asked not to be named said the car sped off.", "She said it was red."]
    )
    assert (sentences[1].status, sentences[1].source) == (ClaimStatus.CLAIMED, "a witness")


def test_one_of_the_unnamed_sources_just_quoted_is_as_anonymous() -> None:
    sentences = classify_sentences(
        [
            "Lumora is in talks to buy Veska, according to two people familiar with the matter.",
            "A deal could be announced next week, one of the people said.",
        ]
    )
    assert [s.status for s in sentences] == [ClaimStatus.CLAIMED] * 2


def test_alleged_keeps_its_subject_across_an_aside_before_its_clause() -> None:
    sentence = classify_sentence(
        "Ambassador Richard Grenell alleged, by way of example, the airline had flown troops."
    )
    assert (sentence.status, sentence.source) == (ClaimStatus.CLAIMED, "Richard Grenell")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "say" the noun is no speech
        ("Ford's friends wanted some say in the disposition of his effects.", "none"),
        ("Residents want a say over the plans.", "none"),
        ("Fans will have their say at the meeting.", "none"),
        # … while some who say something unnamed are still hearsay
        ("Some say in private that he should go.", "claimed"),
        ("The club is calm, but some say in private that he should go.", "claimed"),
    ],
)
def test_say_the_noun_is_no_statement(text: str, status: str) -> None:
    assert _status(text) is ClaimStatus(status)


def test_the_writer_writing_back_to_unnamed_sources_is_not_their_anonymous_claim() -> None:
    sentences = classify_sentences(
        [
            "But multiple friends of Mike Ford had told me that they were suppressing his work.",
            "I wrote back, saying that I needed comment from them if they disputed that.",
        ]
    )
    assert sentences[1].status is not ClaimStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # asking for a status or a right is no statement …
        ("Hassan Merali claimed asylum in Aldermark in 2019 after fleeing Dorran.", "none"),
        ("The amateur, Judith Fenn, has claimed naming rights to the comet.", "none"),
        # … a clause about it is one
        ("The prisoner claimed his rights had been violated by the guards.", "claimed"),
        # the lawyer's "the said premises" and a name owning something are no speech
        ("The said premises at 14 Quarry Lane were sold at auction on Thursday.", "none"),
        ("Rovers never recovered after Said's second goal on the hour.", "none"),
        # a finding reported is published research
        ("The study built on a finding she reported in 2009.", "none"),
        ("The finding, which she reported in 2009, helped create the reserve.", "none"),
        ("Police reported that the road was closed.", "attributed"),
        # a hint is a statement when its time stands between
        ("Ewa Sandoval hinted on Sunday that she could call an early election.", "attributed"),
        ("Ewa Sandoval hinted yesterday that she could call an early election.", "attributed"),
    ],
)
def test_claim_and_speech_words_in_other_senses_and_hints(text: str, status: str) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # anonymity asked for as a participle
        (
            "A deal could be announced next week, a banker said, asking not to be identified.",
            "claimed",
            "a banker",
        ),
        # sources telling the reporter, in the progressive
        ("Sources are telling us they expect to win at least 20 seats.", "claimed", "Sources"),
        # people cited and not named …
        (
            "The Sentinel reported, citing a council employee, that Ng had asked staff to act.",
            "claimed",
            "a council employee",
        ),
        ("The paper reported, citing two officials, that the minister quit.", "claimed", None),
        # … not when a name or a document is what is cited
        (
            "The paper reported, citing an aide, Jane Doe, that the minister quit.",
            "attributed",
            "the paper",
        ),
        (
            "The paper reported, citing an official's letter, that the minister quit.",
            "attributed",
            "the paper",
        ),
        # an unnamed part of a group, where they are, as the only authority
        (
            "Some on the mainland say the island will be empty within a generation.",
            "claimed",
            None,
        ),
        ("Many in the party believe he will quit before the summer.", "claimed", None),
        ("Some residents say the island will be empty.", "attributed", "Some residents"),
    ],
)
def test_unnamed_sources_in_more_of_their_forms(
    text: str, status: str, source: str | None
) -> None:
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus(status)
    if source is not None:
        assert sentence.source == source


def test_the_unnamed_group_named_again_by_its_noun_stays_unnamed() -> None:
    sentences = classify_sentences(
        [
            "Halvard is in talks to buy Nordfjell, according to three people familiar with"
            " the matter.",
            "A deal could be announced as early as next week, the people said.",
            "One of them said the price could still change.",
            "The company said the talks were at an early stage.",
        ]
    )
    assert [s.status.value for s in sentences] == ["claimed", "claimed", "claimed", "attributed"]


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a paper's own unnamed sourcing, as the tag that closes the sentence
        (
            "Bask was involved in a bust-up outside a nightclub, The Evening Flare understands.",
            "claimed",
            "The Evening Flare",
        ),
        ("It is hard, but Smith understands.", "none", None),
        # nothing independent behind a statement
        (
            "Redfern's assertion that its dam is safe has not been backed by any independent"
            " inspection.",
            "unverified",
            None,
        ),
        ("The claim was not supported by evidence.", "unverified", None),
        ("The bill was not supported by any independent members.", "none", None),
    ],
)
def test_a_papers_own_sourcing_and_statements_nothing_independent_backs(
    text: str, status: str, source: str | None
) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus(status), source)


def test_a_role_word_of_the_same_meaning_names_the_last_speaker() -> None:
    sentences = classify_sentences(
        [
            "Web tracking company Envisional said 18% of downloaders were in the UK.",
            "About 70% were using BitTorrent, the firm said.",
        ]
    )
    assert sentences[1].source == "Envisional"


def test_a_role_word_of_the_same_meaning_does_not_reach_an_earlier_speaker() -> None:
    sentences = classify_sentences(
        [
            "Hedge fund firm Alden Capital said it had offered $5 a share.",
            "The union said the offer was too low.",
            "But the company said it had long-term debt of $700 million.",
        ]
    )
    assert sentences[2].source != "Alden Capital"


# A reviewer's sentences against the rules above: near misses that are no claim, or another's.


@pytest.mark.parametrize(
    ("lines", "verdicts"),
    [
        # a body named as the kind of its unnamed sources is no unnamed source itself
        (
            [
                "Government sources said the prime minister would announce the plan.",
                "The scheme will cost £2bn over five years.",
                "The government said no decision had been taken.",
            ],
            [("claimed", "Government sources"), ("none", None), ("attributed", "the government")],
        ),
        # a fact not yet confirmed is no note on what was said
        (
            [
                "Police said a man had been found dead at the property.",
                "Police have not been able to confirm the identity of the man.",
            ],
            [("attributed", "Police"), ("none", None)],
        ),
        # a thing that could not be checked is no note on every side
        (
            [
                "Police said the two cars collided at about 60mph.",
                "A witness said one driver had been speeding.",
                "Neither car could be checked for faults because of fire damage.",
            ],
            [("attributed", "Police"), ("attributed", "a witness"), ("none", None)],
        ),
        # a note naming one side's claims is not a note on every side
        (
            [
                "Rebel commander Ali Musa said his fighters had captured the airport.",
                "The army said it had repelled the attack.",
                "None of the claims made by the rebels could be independently verified.",
            ],
            [("attributed", "Ali Musa"), ("attributed", "the army"), ("claimed", None)],
        ),
        # the other side's lawyer is not the lawyer named before
        (
            [
                "Defence lawyer Tom Hart said his client denied the charges.",
                "The prosecution's attorney said the evidence was overwhelming.",
            ],
            [("attributed", "Tom Hart"), ("attributed", "the prosecution's attorney")],
        ),
        # a body that did not speak last is not whom a spokesman speaks for
        (
            [
                "Barclays said profits had fallen.",
                "HSBC cut 2,000 jobs on Tuesday.",
                "A spokesman for the bank said the cuts were regrettable.",
            ],
            [
                ("attributed", "Barclays"),
                ("none", None),
                ("attributed", "a spokesman for the bank"),
            ],
        ),
    ],
)
def test_near_misses_of_the_eighteenth_sessions_rules(
    lines: list[str], verdicts: list[tuple[str, str | None]]
) -> None:
    assert [(s.status.value, s.source) for s in classify_sentences(lines)] == verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Farage claimed asylum seekers pose a threat to British women.",
        "The minister claimed rights groups exaggerated the numbers.",
    ],
)
def test_a_claim_about_a_noun_that_asylum_or_rights_modifies_is_a_claim(text: str) -> None:
    assert _status(text) is ClaimStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The bakery closed, citing a shortage of workers, and its owner retired.", "attributed"),
        (
            "The airline cancelled 200 flights, citing a strike by workers that began.",
            "attributed",
        ),
        ("The UN fact-finding mission reported that forces had committed crimes.", "attributed"),
        (
            "The finding comes as Reuters reported that the bank would cut 2,000 jobs.",
            "attributed",
        ),
        ('Unions called off the "strike" after talks on Friday.', "none"),
        ('Locals call the bridge the "coathanger."', "none"),
        ("Many in the survey said they would not buy an electric car.", "attributed"),
        ("He wanted to stay, Ancelotti understands.", "none"),
        ("Sterling was not supported by data showing retail sales rose.", "none"),
        ("Early polls hinted yesterday that Labour was ahead.", "none"),
        ("Detectives believe their sources were telling the truth about the gang.", "attributed"),
    ],
)
def test_near_misses_of_the_eighteenth_sessions_patterns(text: str, status: str) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a title named in more words is still a title won
        ("Marta Oyelaran claimed the women's 400 metres title in Lisbon on Saturday.", "none"),
        # … but not the subject of a clause
        ("He claimed the club's Premier League titles were tainted by doping.", "claimed"),
        ("The lawsuit claimed Musk ran the company as his personal fiefdom.", "claimed"),
        # … but a verb between makes a clause that is claimed
        ("She claimed the old man had worked as a spy.", "claimed"),
        ("She claimed the old man worked as a spy.", "claimed"),
    ],
)
def test_claim_idioms_with_longer_objects(text: str, status: str) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("lines", "statuses"),
    [
        # a note on a speaker's account covers their run of plain statements before it …
        (
            [
                "The defence ministry said its units destroyed 38 drones overnight.",
                "It said falling debris had damaged a grain silo.",
                "Meridian News Agency could not independently verify the ministry's account.",
            ],
            ["unverified", "unverified", "unverified"],
        ),
        # … but only the claim a claim verb set apart from the plain statement before it
        (
            [
                "About 4,000 people were forced from their homes, the regional governor said.",
                "The governor claimed the dam had been inspected in May and found to be safe.",
                "His claims could not be independently verified.",
            ],
            ["attributed", "unverified", "unverified"],
        ),
        # … and a note on one claim covers that claim only
        (
            [
                "The ministry said the talks would resume on Monday.",
                "The ministry said 300 rebels were killed.",
                "The claim could not be verified.",
            ],
            ["attributed", "unverified", "unverified"],
        ),
        # … and not another speaker's statement before theirs
        (
            [
                "Police said the road was closed.",
                "The ministry said its units destroyed 38 drones overnight.",
                "The ministry's account could not be independently verified.",
            ],
            ["attributed", "unverified", "unverified"],
        ),
    ],
)
def test_a_note_covers_the_speakers_run_of_statements_of_one_kind(
    lines: list[str], statuses: list[str]
) -> None:
    assert [s.status.value for s in classify_sentences(lines)] == statuses


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a body that gives a person something is no person "he" means
        (
            [
                "Lamine Yamal, 17, has been the star of the tournament.",
                "Barcelona gave him his debut at 15.",
                '"I owe the club everything," he said.',
            ],
            "Lamine Yamal",
        ),
        # a title alone is no name (lower-cased text)
        (
            [
                "For most of his journey , mr carr pushed his tent in front of him .",
                "Mr carr embarked on his epic journey to raise money for the charity sane .",
                "He told the independent : ' i have always wanted to see how far i can go .",
            ],
            "mr carr",
        ),
        # the owner opening the sentence is not the "she" who speaks in it
        (
            [
                "Angela Rayner spoke in the Commons.",
                "Mr. Johnson’s government misled Parliament, she claimed.",
            ],
            "Angela Rayner",
        ),
        # a participle and its object's owner are no speaker
        (
            [
                "Kamala Harris spoke in Detroit.",
                "Praising Biden’s record, she said the economy had recovered.",
            ],
            "Kamala Harris",
        ),
    ],
)
def test_who_he_or_she_means_is_never_a_body_an_owner_or_a_participle(
    lines: list[str], source: str
) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    "opening",
    [
        "Mr. Trump’s theatrical embrace is not limited to China.",
        "Mr Trump’s theatrical embrace is not limited to China.",
    ],
)
def test_a_titled_owner_opening_the_sentence_is_the_person_a_role_means(opening: str) -> None:
    # (with the title's stop, as American papers write it, and without the owner's "'s")
    sentences = classify_sentences(
        [
            opening,
            "He has injected similar drama into trade talks with other partners.",
            "The president says his approach has created leverage.",
        ]
    )
    assert sentences[2].source == opening.split("’", maxsplit=1)[0]


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # the description's one name is who speaks, and who a later "he" means
        (
            [
                "An Iraqi defector claims he has information about weapons plants.",
                "The man who calls himself Abu Mohammad told ABC Radio he worked as an engineer.",
                "He says he can provide documents on the weapons.",
            ],
            "Abu Mohammad",
        ),
        (
            [
                "Neighbours gathered outside the court.",
                "A man known as Nick told Channel Ten the detainee is his friend David.",
                "He says in 1999 David told him about training in Kosovo.",
            ],
            "Nick",
        ),
        (["A woman named Dawn said her friend had stolen the money."], "Dawn"),
    ],
)
def test_a_described_person_speaks_under_the_one_name_they_go_by(
    lines: list[str], source: str
) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a name of their own choosing, or a description with one name, holds no one to account
        ("The man who calls himself Abu Mohammad told ABC Radio he was an engineer.", "claimed"),
        ("But a man known as Nick, told Channel Ten he is sure it is his friend.", "claimed"),
        ("A woman known only as Sarah told the court she had been threatened.", "claimed"),
        # … not a name the reader has, nor a thing so named
        ("Frank Lampard, known as Lamps, said he was delighted.", "attributed"),
        ("A horse known as Shutthefrontdoor won the race.", "none"),
    ],
)
def test_a_speaker_known_only_by_a_chosen_or_single_name_is_anonymous(
    text: str, status: str
) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Insiders say the deal is almost done.", "Insiders"),
        ("Palace insiders say the prince is furious.", "Palace insiders"),
    ],
)
def test_unnamed_insiders_are_anonymous_sources_like_sources(text: str, source: str) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus.CLAIMED, source)


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a body named by the word for its kind, wherever the name holds it
        (
            [
                "The Writers Guild of America said its members have struck.",
                "The guild said there had been extensions.",
            ],
            "The Writers Guild of America",
        ),
        (
            [
                "The Bank of England said it had offered borrowing facilities.",
                "The Bank also said it provided the market 456 mln stg assistance.",
            ],
            "The Bank of England",
        ),
        # … not "The Federation" that only took the name up again
        (
            [
                "A spokesman for the Taiwan Textile Federation said the rate hurt exports.",
                "The Federation asked the government to hold the rate.",
                "The federation said many exporters were operating without profit.",
            ],
            "the Taiwan Textile Federation",
        ),
        # a spokesman of "the company" speaks for the firm it means
        (
            [
                "Daimler-Benz AG said its car production could fall.",
                "A company spokesman said the works council had withheld approval.",
            ],
            "a Daimler-Benz AG spokesman",
        ),
        # the report a speaker said something in is theirs, and an embassy is "it"
        (
            [
                "Farm output will grow 1.0 pct, the U.S. Embassy said in a report.",
                "The government estimates rice output at 26.7 mln tonnes.",
                "The report says wheat imports are likely to fall.",
            ],
            "the U.S. Embassy",
        ),
        (
            [
                "Soybean imports will rise, the U.S. Embassy said in its annual report.",
                "It said Indonesia did not achieve its goal.",
            ],
            "the U.S. Embassy",
        ),
        # "the sources" are the sources named before by their kind
        (
            [
                "Saudi crude output fell, Gulf oil sources said.",
                "They said exports fell.",
                "But the drop was smaller than expected, the sources said.",
            ],
            "Gulf oil sources",
        ),
    ],
)
def test_a_body_or_sources_named_again_by_their_kind_are_the_ones_named(
    lines: list[str], source: str
) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a stock ticker or the wire's marks part no name from its verb
        ("Daimler-Benz AG [DAIG.F] said its car production could fall.", "Daimler-Benz AG"),
        ("Intel Corp <INTC> said it will spend 75 mln dlrs.", "Intel Corp"),
        ("Apple (NASDAQ: AAPL) said sales rose.", "Apple"),
        # … and an abbreviation keeps only the stop it was written with
        ("James Kennedy Jr. said it was fine.", "James Kennedy Jr."),
    ],
)
def test_a_firms_ticker_is_no_part_of_its_name(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # the paper's own earlier story is no one's statement
        ("As previously reported, the unit has agreed to sell its smelter.", "none", None),
        ("As reported earlier, the bank cut its rates.", "none", None),
        # "added" as an adjective says nothing
        ("To some however, the need for added capital is puzzling.", "none", None),
        # one unnamed market hand is an anonymous source; the trade as a group is not
        ('"It is worse than it was," a leading bank economist said.', "claimed", None),
        ("One dealer said the Bundesbank may cut the amount.", "claimed", "One dealer"),
        ("Analysts said the stock was cheap.", "attributed", "Analysts"),
        # sources that note, and sources close to someone with a long title
        ("Banking sources noted that the surplus had declined.", "claimed", "Banking sources"),
        (
            "Sources close to Deputy Prime Minister Arnaldo Forlani said Craxi would resign.",
            "claimed",
            "Sources close to Deputy Prime Minister Arnaldo Forlani",
        ),
    ],
)
def test_wire_copy_attributions(text: str, status: str, source: str | None) -> None:
    sentence = classify_sentence(text)
    assert sentence.status is ClaimStatus(status)
    if source:
        assert sentence.source == source


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # "it" takes up a lone name nothing showed a person's: a body
        (
            [
                "Goodrich said it will continue to make aircraft tires.",
                "It said it will stop making insulators for missiles.",
            ],
            "Goodrich",
        ),
        # … and a name with "of" is a body by the words before it
        (
            [
                "Profits will fall 19.2 pct, Wako Research Institute of Economics said.",
                "The private research body also said that 437 firms foresee a fall.",
            ],
            "Wako Research Institute of Economics",
        ),
        # a firm's own results, reported
        (["Earlier, Unilever reported combined pre-tax profit of 276 mln stg."], "Unilever"),
        # a firm's legal name opening a sentence is the firm "the company" means
        (
            [
                "Intel Corp <INTC>, the leading chip maker, alerted the industry last fall.",
                "The company, which just reported a loss, said it will spend 75 mln dlrs.",
            ],
            "Intel Corp",
        ),
        # notes a list goes on with are paper, not a verb
        (
            [
                "Merrill, which will be the dealer for the medium term notes and commercial "
                "paper, said this was the first facility of its kind."
            ],
            "Merrill",
        ),
        # keeping to one's own measure is no source
        (
            [
                "Azpurua said Venezuela has shown solidarity, but each country must negotiate "
                "according to its own interest."
            ],
            "Azpurua",
        ),
    ],
)
def test_a_firm_speaks_as_it_and_reports_its_results(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


def test_it_takes_up_a_lone_name_only_right_after_it_spoke() -> None:
    # (an "it" further on is what the writer speaks of, not the name that spoke before)
    sentences = classify_sentences(
        [
            "iFixit said the keyboard was flawed.",
            "I miss the escape key.",
            "What bugs me is that it confirms the belief that the company seldom has new ideas.",
        ]
    )
    assert sentences[-1].source is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a thing announced, in an aside with its time alone, is narration
        ("The tender offer, announced before the opening today, expires March 25.", "none"),
        ("Each club is run according to its own rules.", "none"),
        # … not one told by whom, nor one's own account
        ("The plan, announced by the minister, will cut 500 jobs.", "attributed"),
        ("According to his own account, he left at noon.", "attributed"),
    ],
)
def test_wire_narration_is_no_attribution(text: str, status: str) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a person's "said it was" is any matter: the firm named before stays "the company"
        (
            [
                "Nissan said it would build the car in Sunderland.",
                "Business Secretary Greg Clark said it was a vote of confidence in Britain.",
                "The company said 7,000 jobs were safe.",
            ],
            "Nissan",
        ),
        # "it" is no person who spoke before, nor a name that spoke of other things
        (
            [
                "Guardiola said the club would appeal against the ban.",
                "It said in a statement that the punishment was excessive.",
            ],
            None,
        ),
        # a company spokesman is no campaigner's or union's that spoke before
        (
            [
                "Greenpeace said the oil company had ignored warnings.",
                "A company spokesman said the firm had followed all safety rules.",
            ],
            "a company spokesman",
        ),
        # someone else's report, or a survey its answerers gave, is not theirs
        (
            [
                "The minister said in a BBC report on Monday that the hospital would close.",
                "The report also said that three other hospitals were under review.",
            ],
            "BBC",
        ),
        (
            [
                "Sixty percent of voters said in a survey that they backed the plan.",
                "The survey was carried out by YouGov.",
                "The survey found that support had fallen.",
            ],
            "the survey",
        ),
        # a title after a body's "of" opens a person's name
        (
            [
                "Federal Reserve Bank of New York President John Williams spoke on Tuesday.",
                "The bank said its forecasts were unchanged.",
            ],
            "Federal Reserve Bank of New York",
        ),
        # "the union" is no union of states
        (
            [
                "The European Union said tariffs would rise.",
                "Workers are represented by Unite.",
                "The union said it would ballot members.",
            ],
            "the union",
        ),
        # "the sources" are no named sources when other unnamed people spoke since
        (
            [
                "Gulf oil sources said output fell.",
                "Two people familiar with the talks said OPEC would meet in March.",
                "The sources said the meeting would be in Vienna.",
            ],
            "sources",
        ),
        (
            [
                "Sources close to the Fed said rates would rise.",
                "The sources said the vote would be unanimous.",
            ],
            "Sources close to the Fed",
        ),
        # a ticker of digits goes whole
        (["Tencent Holdings <0700.HK> said profit rose 20 percent."], "Tencent Holdings"),
    ],
)
def test_second_review_of_the_wire_copy_rules(lines: list[str], source: str | None) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an announcement with its clause, after an apposition, is a statement
        (
            "Tesco, Britain's biggest retailer, announced on Monday that it would close 20 "
            "stores, putting 1,000 jobs at risk.",
            "attributed",
        ),
        (
            "Smith, 54, announced last night he would stand down, ending a 10-year reign.",
            "attributed",
        ),
        # a named outlet's earlier report is its report
        (
            "Reuters previously reported in March that the firm was considering a sale.",
            "attributed",
        ),
        ("As previously reported in The Times, the club is close to signing him.", "attributed"),
        # a record of one's own is a source
        ("The company's shares rose, according to its own filings.", "attributed"),
        # calling oneself what one is is no pseudonym
        ("Mr Patel, who calls himself British first, said the vote was a betrayal.", "attributed"),
        # a description known by one name, with an age too, is anonymous (one "named only
        # as" a first name stays on the record, as the real labels keep it)
        ("A man known as Nick, 34, told Channel Ten he is sure it is his friend.", "claimed"),
        ("One resident, named only as Jassem, said dozens of people had fled.", "attributed"),
        ("A soldier known as Soldier F said he fired in self-defence.", "claimed"),
        # insiders who report share dealings are no sources; old documents are none either
        (
            "Corporate insiders reported buying $2 million of stock, according to SEC filings.",
            "attributed",
        ),
        ("Historical sources note that the castle was built in 1200.", "none"),
        # results need their kind, and a research finding reported is none
        ("Trump never reported net income from the partnership.", "none"),
        ("The study reported higher death rates among smokers.", "none"),
        # a named market hand, or one of a named firm or place, is on the record
        (
            "One analyst, Neil Wilson of Markets.com, said the shares were overvalued.",
            "attributed",
        ),
        ("A Goldman Sachs economist said rates would rise.", "attributed"),
        ("A Tokyo dealer said the yen would rise.", "attributed"),
        ("A Taiwanese banker said it would be a good idea.", "claimed"),
        # "notes due process" is the verb
        ("The judge notes due process was not followed in the original trial.", "attributed"),
    ],
)
def test_second_review_of_the_wire_copy_statuses(text: str, status: str) -> None:
    assert _status(text) is ClaimStatus(status)


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a person titled after a body's "of" is a person, and "the bank" is the body
        (
            [
                "Bank of England Governor Andrew Bailey said rates would stay high.",
                "The bank said it would publish its forecast in May.",
            ],
            "Bank of England",
        ),
        (
            [
                "Reserve Bank of Australia Assistant Governor Christopher Kent said rates "
                "may rise.",
                "The bank said inflation was too high.",
            ],
            "Reserve Bank of Australia",
        ),
        # a body whose kind ends its name keeps it, whatever comes before "of"
        (
            [
                "Isle of Wight Council said the road would remain closed until Friday.",
                "The council said repairs to the sea wall would take a week.",
            ],
            "Isle of Wight Council",
        ),
        # a spokesman of "the company" only right after the firm spoke
        (
            [
                "Amazon.com Inc said on Monday it would hire 150,000 seasonal workers.",
                "A worker at a warehouse run by a contractor in Kent was injured on Friday.",
                "A company spokesman said an investigation was under way.",
            ],
            "a company spokesman",
        ),
        # an attorney general is no firm's legal form
        (
            [
                "Google was sued by the Justice Department on Tuesday.",
                "The AG, Merrick Garland, said the firm had abused its monopoly.",
                "The company said it would fight the case.",
            ],
            "Google",
        ),
        # a legal name as a modifier is no subject
        (
            [
                "Goldman Sachs Group Inc analysts cut their rating on Tesla to sell.",
                "Tesla's shares fell 6% in early trading.",
                "The company said in a statement that demand remained strong.",
            ],
            "Tesla",
        ),
        # "it felt" or "its battery" is no body speaking of itself
        (
            [
                "Arsenal confirmed that Saka had picked up a hamstring problem.",
                "Saka said it felt tight after the first half.",
                "It said he would miss the next two games.",
            ],
            None,
        ),
        # a report put out by another since is not the first speaker's
        (
            [
                "The Met Office said in a report that 2023 was the warmest year on record.",
                "MPs on the environment committee published their own report on Tuesday.",
                "The report said councils were unprepared.",
            ],
            "the report",
        ),
    ],
)
def test_third_review_of_the_wire_copy_rules(lines: list[str], source: str | None) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an announcement's object after its time is a statement
        (
            "Ryanair, Europe's biggest airline, announced yesterday 300 job cuts, blaming "
            "rising fuel costs.",
            "attributed",
        ),
        # a public figure's known name, and a nationality, are on the record
        ("The activist known as Tommy Robinson said he would stand for parliament.", "attributed"),
        ("A man who calls himself English told the BBC he would vote Reform.", "attributed"),
        # survey answers are no firm's results
        ("Forty percent of the firms surveyed reported net profit declines.", "none"),
        # an outlet the paper names keeps its report
        ("As previously reported on Sky News, the club is close to signing him.", "attributed"),
        # a document of one's own is a source
        ("According to its own plans, the council will build 500 homes by 2030.", "attributed"),
        # a market hand of a body the article named is on its record
        (
            "The Reserve Bank of India left rates unchanged. A central bank economist said "
            "inflation would ease.",
            "attributed",
        ),
        # news sources are the media, not unnamed informants
        ("Local news sources noted that the mayor had not attended the meeting.", "attributed"),
    ],
)
def test_third_review_of_the_wire_copy_statuses(text: str, status: str) -> None:
    assert classify_sentences([part + "." for part in text.rstrip(".").split(". ")])[
        -1
    ].status is ClaimStatus(status)


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        # tokenised text opens a quotation with "``": a speaker going on with one is still
        # speaking, and a hedge inside the quotation is the speaker's, not the writer's
        (
            [
                "Defense Minister Gen Nakatani told the Diet that no UFO had been seen .",
                "He continued : `` They sometimes find birds but I do n't know of an object "
                "believed to have come from outer space . ''",
            ],
            ("attributed", "Defense Minister Gen Nakatani"),
        ),
        (
            [
                "`` I do n't know of a case of a UFO believed to have come from outer "
                "space , '' Nakatani said ."
            ],
            ("attributed", "Nakatani"),
        ),
        # a hedge outside the marks is still the writer's
        (
            ["`` We are fine , '' Smith said of the men believed to have fled ."],
            ("claimed", None),
        ),
    ],
)
def test_tokenised_quotation_marks_hold_the_speakers_words(
    lines: list[str], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*lines) == verdict


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a nickname quoted inside a name leaves the name whole, not its surname alone, which
        # may be another person's named before
        (
            [
                "Donald Sterling was banned for life.",
                'In the lawsuit, Rochelle "Shelly" Sterling accused Stiviano of targeting '
                "wealthy older men.",
            ],
            "Rochelle Sterling",
        ),
        (
            [
                "Donald Sterling was banned for life .",
                "In the lawsuit , Rochelle `` Shelly '' Sterling accused Stiviano of targeting "
                "wealthy older men .",
            ],
            "Rochelle Sterling",
        ),
        (["Mike 'Sugar Bear' Thompson said he was sorry."], "Mike Thompson"),
        # a quoted word after a verb is no nickname
        (["He said 'Great' Britain would win.", "Smith said so too."], "Smith"),
    ],
)
def test_a_quoted_nickname_inside_a_name_is_read_past(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a government agency goes by many names: "the agency" is the Administration, the
        # Service, the Bureau or the Authority that spoke
        (
            [
                "The Transportation Security Administration said the incident was deplorable.",
                '"These acts are egregious," the agency said.',
            ],
            "The Transportation Security Administration",
        ),
        (
            [
                "The Federal Bureau of Investigation said the suspect had been arrested.",
                "The agency added that no one else was sought.",
            ],
            "The Federal Bureau of Investigation",
        ),
        # … but not a firm that spoke
        (
            ["Acme Widgets said sales fell.", "The agency added that no one was hurt."],
            "the agency",
        ),
    ],
)
def test_the_agency_is_the_public_body_that_spoke_whatever_it_is_called(
    lines: list[str], source: str
) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # nothing to check a statement by is a lack of evidence too
        (
            "A local parents' group has claimed, without citing any data, that the outbreak "
            "began at a private nursery.",
            "unverified",
        ),
        ("The minister said, without citing sources, that 40 drones were downed.", "unverified"),
        ("The ministry said 200 soldiers were killed, without naming its sources.", "unverified"),
        # … but a statement kept short is no doubt about it, nor are papers not shown
        ("The firm said it would cut jobs, without giving details.", "attributed"),
        (
            "The company announced record sales without providing data on profit margins.",
            "attributed",
        ),
        (
            "Migrants who arrive without showing documentation are held for 48 hours, officials "
            "said.",
            "attributed",
        ),
    ],
)
def test_a_statement_without_data_or_sources_is_unverified(text: str, status: str) -> None:
    assert classify_sentence(text).status is ClaimStatus(status)


def test_a_note_on_either_statement_covers_both() -> None:
    sentences = classify_sentences(
        [
            "Tech investor Royce Amberley wrote in a post that the streaming service Flickwell "
            'was "days away" from collapse.',
            "He said the company had missed two payments to its lenders.",
            "Amberley offered no evidence for either statement.",
            "Flickwell said in a statement that it had met all its obligations.",
        ]
    )
    assert [s.status.value for s in sentences] == [
        "unverified",
        "unverified",
        "unverified",
        "attributed",
    ]


def test_a_note_on_the_groups_claims_covers_the_group_and_the_one_who_spoke_for_it() -> None:
    sentences = classify_sentences(
        [
            "The Tessalian army said it had repelled an attack on the village.",
            "The Free Highlands Front said its fighters had captured two army posts.",
            "A commander of the group said in a video posted online that government troops "
            "had fled.",
            "The group's claims could not be independently verified.",
        ]
    )
    assert [s.status.value for s in sentences[:3]] == ["attributed", "unverified", "unverified"]
    assert sentences[3].source == "The Free Highlands Front"
    assert sentences[2].source == "a commander of the group"


def test_a_note_on_claims_after_a_claim_verb_leaves_the_plain_statement_before() -> None:
    sentences = classify_sentences(
        [
            "About 4,000 people were forced from their homes, the regional governor said.",
            "The governor claimed the dam had been inspected in May.",
            "His claims could not be independently verified.",
        ]
    )
    assert [s.status.value for s in sentences[:2]] == ["attributed", "unverified"]


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a front, a movement, an alliance or a militia is a body, which "the group" means
        (
            [
                "The Popular Liberation Front said it had taken the airport.",
                "The group said its fighters had lost no one.",
            ],
            "The Popular Liberation Front",
        ),
    ],
)
def test_a_front_a_movement_or_a_militia_is_the_group_that_spoke(
    lines: list[str], source: str
) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # guessing aloud is kept at a distance, and the guessers said who they are
        (
            "Analysts have speculated that the group may need to raise fresh capital.",
            ("claimed", "Analysts"),
        ),
        (
            "Some traders privately speculated that a large fund had been forced to sell.",
            ("claimed", "Some traders"),
        ),
        # … with "that" or without
        (
            "Experts speculated the fire may have started in the kitchen.",
            ("claimed", "Experts"),
        ),
        # … not the trade, nor a refusal to guess, nor a question wondered about
        ("He speculated in property for decades.", ("none", None)),
        ("No one has speculated that the minister would resign.", ("none", None)),
        ("Smith has never speculated that the club would be sold.", ("none", None)),
        ("Fans have been speculating about the identity of the masked singer.", ("none", None)),
        (
            "Smith said he would not speculate on whether the minister would resign.",
            ("attributed", "Smith"),
        ),
    ],
)
def test_speculation_is_claimed_by_who_speculates(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("lines", "statuses"),
    [
        # a note on a video is on what the video showed, not on what its subject said of it
        (
            [
                "A video purportedly showing the deputy mayor, Felix Oduya, accepting an "
                "envelope of cash has been shared widely online.",
                'Oduya said in a statement that the video had been "edited to deceive".',
                "The Castrellan Herald has not been able to verify the video.",
            ],
            ["unverified", "attributed", "unverified"],
        ),
        # … and on a message, on what was claimed in it
        (
            [
                "A bomb exploded near a bus depot on Thursday, killing three people.",
                "A group calling itself Northern Dawn claimed responsibility in a message "
                "posted on a messaging channel.",
                "The authenticity of the message could not be confirmed.",
            ],
            ["none", "unverified", "unverified"],
        ),
    ],
)
def test_a_note_on_a_thing_covers_the_statement_it_carried(
    lines: list[str], statuses: list[str]
) -> None:
    assert [s.status.value for s in classify_sentences(lines)] == statuses


def test_a_note_on_a_thing_names_whose_statement_it_doubts() -> None:
    sentences = classify_sentences(
        [
            "A video purportedly showing the deputy mayor, Felix Oduya, accepting cash has "
            "been shared widely online.",
            'Oduya said in a statement that the video had been "edited to deceive".',
            "The Castrellan Herald has not been able to verify the video.",
        ]
    )
    assert sentences[2].source is None


def test_the_one_who_asked_not_to_be_named_is_the_source_not_words_of_the_clause() -> None:
    sentences = classify_sentences(
        [
            "Streaming company Flickwell plans to cut about 600 jobs, a person who asked not to "
            "be named because the plans are private told the Kestrel Wire.",
            "The cuts are expected to fall mainly on its content teams, the person said.",
        ]
    )
    assert [(s.status.value, s.source) for s in sentences] == [
        ("claimed", "a person"),
        ("claimed", "the person"),  # (in its own words: the one before was given in no more)
    ]


def test_an_unnamed_source_stays_anonymous_after_another_speaker() -> None:
    sentences = classify_sentences(
        [
            "Reality TV star Cassidy Brandt and her husband have separated, a friend of the "
            "couple told Glimmer magazine.",
            "A spokesperson for Brandt denied the report on Sunday.",
            "The friend said the pair had been living apart since September.",
        ]
    )
    assert (sentences[2].status.value, sentences[2].source) == (
        "claimed",
        "a friend of the couple",
    )


@pytest.mark.parametrize(
    ("lines", "statuses"),
    [
        # the article's finding that nothing bears out the claim just made
        (
            [
                "A post shared 40,000 times claims that the health agency has banned tap water.",
                "There is no evidence that any such ban exists.",
            ],
            ["unverified", "unverified"],
        ),
        (
            [
                "Opposition leader Hester Caldwell claimed that crime had doubled since 2022.",
                "Police figures do not support this.",
            ],
            ["unverified", "unverified"],
        ),
        # … and records that do not bear out a statement just made judge it, however made
        (
            ["Caldwell said crime had doubled.", "Police figures do not support this."],
            ["unverified", "unverified"],
        ),
        (
            ["Caldwell claimed crime had doubled.", "Senate records do not back this up."],
            ["unverified", "unverified"],
        ),
        # … but on its own, the writer's fact
        (
            [
                "Smith said the drug was tested on 400 patients.",
                "There is no evidence that the drug works.",
            ],
            ["attributed", "none"],
        ),
        # … and after a hedge, which no one claimed, or with its own speaker
        (
            ["The singer reportedly died at his home.", "There is no evidence of foul play."],
            ["claimed", "none"],
        ),
        (
            [
                "The man allegedly punched a guard.",
                "There is no evidence that the incident was filmed.",
            ],
            ["claimed", "none"],
        ),
        (
            [
                "The suspect is believed to have fled to Spain.",
                "There is no evidence that he was armed, police said.",
            ],
            ["claimed", "attributed"],
        ),
    ],
)
def test_no_evidence_right_after_a_claim_judges_it(lines: list[str], statuses: list[str]) -> None:
    assert [s.status.value for s in classify_sentences(lines)] == statuses


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # sources close to a hyphenated name, or a second one of them, are as unnamed
        (
            '"The deal is done," a person close to striker Mateo Rinaldi-Park told the '
            "Harrowgate Ledger.",
            "a person close to striker Mateo Rinaldi-Park",
        ),
        (
            "The deal is not a good one for Trump, a second person briefed on the call said.",
            "a second person briefed on the call",
        ),
    ],
)
def test_unnamed_sources_close_to_a_hyphenated_name_or_a_second_one(
    text: str, source: str
) -> None:
    assert _verdict(text) == ("claimed", source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # one who serves a body speaks, not the body, nor a place before the comma
        (
            "These investors appear to be buying in London rather than in Tokyo, a bond manager "
            "for a British securities house said.",
            "a bond manager for a British securities house",
        ),
        # … and a long unnamed one by the role alone
        (
            '"Prices will rise again," a spokesman for one of the major Dutch roasters said.',
            "a spokesman",
        ),
        # a description of the name before it still names that name
        ("He was sued by Ron Smith, a farmer who claims the land is his.", "Ron Smith"),
    ],
)
def test_a_role_serving_a_body_is_the_speaker(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # words shouted in capitals are a quotation, not a title
        (
            "'SHE IS LYING ABOUT MY AGE,' reported Lehigh Valley Live.",
            ("attributed", "Lehigh Valley Live"),
        ),
        # … while a short title in capitals is still a title, and so are a long one, a sign
        # and a slogan, which end in no stop inside their marks
        ('He starred in "THE LAST OF US" last year.', ("none", None)),
        ('She starred in "THE GIRL WITH THE DRAGON TATTOO" in 2011.', ("none", None)),
        ('The sign read "NO ENTRY FOR UNAUTHORISED PERSONS" in red letters.', ("none", None)),
    ],
)
def test_a_shouted_quotation_is_no_title(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


def test_a_firm_acting_now_is_what_the_company_means() -> None:
    sentences = classify_sentences(
        [
            "Amazon is now letting you listen to music free on smartphones and TV, as well as "
            "online, and Spotify investors are already nervous.",
            "The company said customers without a Prime membership could listen for free.",
        ]
    )
    assert sentences[-1].source == "Amazon"


def test_a_figure_doubted_in_its_own_sentence_is_no_note_on_the_speaker() -> None:
    sentences = classify_sentences(
        [
            "The Free Dorran Front said its fighters had taken control of two villages.",
            "It also claimed to have killed 60 government soldiers, a figure that could not be "
            "verified.",
        ]
    )
    assert [s.status.value for s in sentences] == ["attributed", "unverified"]
    # … while "It could not be verified" is a note on what came before
    noted = classify_sentences(
        ["The Front said it had taken two villages.", "It could not be verified."]
    )
    assert [s.status.value for s in noted] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # unnamed sources placed but not named, however they speak
        (
            "Sources in the Green Alliance camp are telling us they expect to win 20 seats.",
            "Sources in the Green Alliance camp",
        ),
        ("Insiders at the club said the manager would be sacked.", "Insiders at the club"),
        (
            "Sources close to the player are telling reporters he will stay.",
            "Sources close to the player",
        ),
        ("Insiders are saying the deal is done.", "Insiders"),
    ],
)
def test_unnamed_sources_placed_or_speaking_at_length_are_anonymous(
    text: str, source: str
) -> None:
    assert _verdict(text) == ("claimed", source)


def test_energy_sources_in_a_region_are_no_informants() -> None:
    assert _verdict("Energy sources in the region said prices would rise.")[0] == "attributed"


def test_a_note_on_every_side_reaches_the_line_that_set_them_against_each_other() -> None:
    sentences = classify_sentences(
        [
            "Each side accused the other on Sunday of breaking the ceasefire in the Renn valley.",
            "The army said rebel units had fired mortars at its positions.",
            "The rebels said government drones had struck a fuel depot.",
            "Neither account could be independently verified.",
        ]
    )
    assert [s.status.value for s in sentences] == ["unverified"] * 4


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # "the group" is a front that spoke last, not one before another body spoke
        (
            [
                "The Polisario Front said it had attacked a base.",
                "French energy company Total said it was suspending work.",
                "The group said the decision was temporary.",
            ],
            "the group",
        ),
        # … nor after a group named without a name
        (
            [
                "The National Liberation Front said it had taken the town.",
                "A group of protesters gathered outside the ministry.",
                "The group said it would return every day.",
            ],
            "the group",
        ),
        # "the agency" is no body whose kind the name gives in lower case
        (
            [
                "Royal Mail's parcel service said deliveries were delayed.",
                "The agency said staff were sick.",
            ],
            "the agency",
        ),
    ],
)
def test_the_group_or_the_agency_is_only_the_body_so_named_that_spoke_last(
    lines: list[str], source: str
) -> None:
    assert classify_sentences(lines)[-1].source == source


def test_an_unnamed_source_is_forgotten_once_one_of_that_kind_speaks_on_the_record() -> None:
    sentences = classify_sentences(
        [
            "A witness who asked not to be named said the car sped off.",
            "Another witness, Tom Hill, said he heard two shots.",
            "The witness said the gunman wore a mask.",
        ]
    )
    assert sentences[2].status is ClaimStatus.ATTRIBUTED


def test_a_note_on_a_bodys_claims_after_its_member_spoke_is_the_bodys() -> None:
    sentences = classify_sentences(
        [
            "The army said it had repelled an attack.",
            "A commander of the army said 40 rebels were killed.",
            "The army's claims could not be verified.",
        ]
    )
    assert [s.status.value for s in sentences] == ["unverified"] * 3
    assert sentences[2].source == "the army"


def test_he_after_one_who_spoke_for_a_body_is_that_person() -> None:
    sentences = classify_sentences(
        [
            "The Free Highlands Front said its fighters had captured two posts.",
            "A commander of the group said government troops had fled.",
            "He said the group had lost no men.",
        ]
    )
    assert sentences[2].source == "a commander of the group"


def test_a_note_on_either_of_two_speakers_statements_covers_both_and_is_no_ones() -> None:
    sentences = classify_sentences(
        [
            "Russia said its forces had taken the village.",
            "Ukraine said its troops had repelled the attack.",
            "Reuters could not verify either statement.",
        ]
    )
    assert [(s.status.value, s.source) for s in sentences] == [
        ("unverified", "Russia"),
        ("unverified", "Ukraine"),
        ("unverified", None),
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # close to a place is no informant's closeness
        (
            "People close to the Franco-Swiss border said they felt the tremor.",
            ("attributed", "People close to the Franco-Swiss border"),
        ),
        # one who speaks for a firm the article does not name is shown whole, on the record
        # (as anonymous, tried twice and dropped: see benchmarks/claims-history.md)
        (
            "Investors are buying in London, a bond manager for a British securities house said.",
            ("attributed", "a bond manager for a British securities house"),
        ),
        # … and a market hand of a named firm on its record
        (
            "Prices will rise, an analyst at Goldman Sachs said.",
            ("attributed", "an analyst at Goldman Sachs"),
        ),
    ],
)
def test_closeness_to_a_place_and_speakers_for_firms(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("lines", "statuses"),
    [
        # what a thing showed is doubted with the thing, whoever relayed it, not the denial
        (
            [
                "The Guardian said documents it had obtained showed the firm paid no tax.",
                "The company said the allegations were false.",
                "The documents could not be independently verified.",
            ],
            ["unverified", "attributed", "unverified"],
        ),
        (
            [
                "Footage shared on social media showed thousands of protesters in the square.",
                "The government said the protests were small.",
                "The footage could not be independently verified.",
            ],
            ["unverified", "attributed", "unverified"],
        ),
    ],
)
def test_a_note_on_a_thing_covers_what_it_showed(lines: list[str], statuses: list[str]) -> None:
    assert [s.status.value for s in classify_sentences(lines)] == statuses


def test_a_named_party_saying_the_allegations_are_false_denies_them() -> None:
    assert _verdict("The company said the allegations were false.") == (
        "attributed",
        "the company",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # tokenised text closes a quotation with '' before an inverted tag
        ("`` We will seek the maximum sentence , '' said prosecutor John Smith .", "John Smith"),
        ("`` It was a disaster , '' said the mayor .", "the mayor"),
    ],
)
def test_an_inverted_tag_after_a_tokenised_quotation_names_its_speaker(
    text: str, source: str
) -> None:
    assert _verdict(text) == ("attributed", source)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the agent a participle's "by" names is whom ", who said" is about
        (
            "The mood was typified by Pope John Paul II, who said the year brought trials.",
            ("attributed", "Pope John Paul II"),
        ),
        (
            "He was attacked by John Smith, who said the man had insulted him.",
            ("attributed", "John Smith"),
        ),
        # an unnamed majority's view is hearsay however it is hedged
        ("Some might say the friendship is a signal to China.", ("claimed", None)),
        ("Some would argue the policy has failed.", ("claimed", None)),
    ],
)
def test_agents_before_who_and_hedged_weasel_words(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # an admission or an announcement made that something is so is a statement
        (
            "Jim Berry made a shock admission in court on Tuesday that his client had fired.",
            ("attributed", "Jim Berry"),
        ),
        # … not one made with nothing said
        ("The club made an announcement on its website.", ("none", None)),
    ],
)
def test_an_admission_made_is_a_statement(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a body near a place is still a body whose insiders are unnamed
        (
            "Sources close to the city council said the mayor would resign.",
            ("claimed", "Sources close to the city council"),
        ),
        (
            "A source close to the Fire Brigades Union said the strike was on.",
            ("claimed", "a source close to the Fire Brigades Union"),
        ),
        # speculation no one put forward, however the denial is worded
        ("Nobody speculated the company would fold.", ("none", None)),
        ("Investigators have not yet speculated that the crash was a bomb.", ("none", None)),
        ("Few speculated that the bank would collapse.", ("none", None)),
        # a modal hedges saying, not fearing or bidding farewell
        ("Some could fear for their jobs if the plant closes.", ("none", None)),
        # a relative clause after a confession is no content of it
        (
            "The suspect made a confession that police later said was coerced.",
            ("attributed", "police"),
        ),
        # a denial of the allegations against them
        (
            "The two men said the allegations against them were baseless.",
            ("attributed", "the two men"),
        ),
    ],
)
def test_the_second_reviews_near_misses(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


def test_records_that_do_not_support_his_claim_are_about_his_not_the_last_speakers() -> None:
    sentences = classify_sentences(
        [
            "John Smith said crime had risen sharply.",
            "The company said sales fell by 5 percent.",
            "Police figures do not support his claim.",
        ]
    )
    assert [(s.status.value, s.source) for s in sentences] == [
        ("attributed", "John Smith"),
        ("attributed", "the company"),
        ("unverified", "John Smith"),
    ]


def test_a_body_named_in_commas_after_its_role_is_what_the_role_means() -> None:
    sentences = classify_sentences(
        [
            "About 1,000 workers will be laid off, according to a group of employees.",
            "The group, WeWorkers Coalition, formed in recent weeks and wrote to management.",
            "The group announced over the weekend that WeWork had reached an agreement.",
        ]
    )
    assert (sentences[2].status.value, sentences[2].source) == (
        "attributed",
        "WeWorkers Coalition",
    )


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # no one spoke before: the quotation is the words of the person the lines were about
        (
            (
                "When the music didn't go away, Mary Steenburgen realized she had to act.",
                "“I called a very talented friend of mine and asked for help.”",
            ),
            ("attributed", "Mary Steenburgen"),
        ),
        # … but one not in the first person may be anyone's: the article does not say whose
        (
            (
                "Mary Steenburgen arrived in Vermont on Monday.",
                '"The house was empty and cold."',
            ),
            ("attributed", None),
        ),
        # a speaker before still goes on
        (
            (
                "Tom Baker said the club was in good shape.",
                "Mary Steenburgen arrived on Monday.",
                '"I am delighted with the team."',
            ),
            ("attributed", "Tom Baker"),
        ),
    ],
)
def test_a_first_person_quotation_no_one_tagged_is_the_last_persons(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


def test_a_note_on_every_sides_account_of_something_reaches_each_side() -> None:
    sentences = classify_sentences(
        [
            "The health ministry in the city said 27 people were killed.",
            "The military said it had struck weapons depots.",
            "Neither side's account of the overnight strikes could be independently verified.",
        ]
    )
    assert [s.status.value for s in sentences] == ["unverified"] * 3
    assert [s.source for s in sentences[:2]] == ["the health ministry in the city", "the military"]


@pytest.mark.parametrize(
    ("texts", "statuses"),
    [
        (
            (
                "The defence ministry said its air defences had destroyed 48 drones.",
                "It said debris had damaged a fuel depot.",
                "None of the ministry's figures could be independently verified.",
            ),
            ["unverified", "unverified", "unverified"],
        ),
        # not what no one claimed
        (("Neither car could be checked for faults.",), ["none"]),
        (("None of the victims could be identified.",), ["none"]),
    ],
)
def test_none_of_a_speakers_figures_could_be_verified_is_a_note(
    texts: tuple[str, ...], statuses: list[str]
) -> None:
    assert [s.status.value for s in classify_sentences(list(texts))] == statuses


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # the one who claimed offered no proof: a note on their claims, not on the reply
        (
            (
                "Councillor Derek Haines claimed the toilets were shut to make way for a kiosk.",
                "Council leader Sue Ormond insisted the claim was nonsense.",
                "Mr Haines has not offered any proof of a link between the kiosk and Ms Ormond.",
            ),
            [
                ("unverified", "Councillor Derek Haines"),
                ("attributed", "Sue Ormond"),
                ("unverified", "Councillor Derek Haines"),
            ],
        ),
        (
            (
                "Hassan Doyo claimed he had bought the sugar legally.",
                "He also claimed that officers had demanded a bribe.",
                "Doyo did not produce receipts or other evidence to support either claim.",
            ),
            [("unverified", "Hassan Doyo")] * 3,
        ),
        # … one who claimed nothing gives no note on anyone
        (
            (
                "Police said the man had been arrested.",
                "John Brown said he had been at home.",
                "Police have not yet shown any evidence.",
            ),
            [("attributed", "Police"), ("attributed", "John Brown"), ("none", None)],
        ),
    ],
)
def test_a_claimant_who_gave_no_proof_is_a_note_on_their_claims(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert [(s.status.value, s.source) for s in classify_sentences(list(texts))] == verdicts


def test_a_note_on_one_partys_figures_passes_over_another_speaker_between() -> None:
    sentences = classify_sentences(
        [
            "The defence ministry of Velstan said its air defences had destroyed 48 drones.",
            "It said debris had damaged a fuel depot near the city of Orvik.",
            "The regional governor, Anton Belyk, said two people were injured.",
            "None of the ministry's figures could be independently verified.",
        ]
    )
    assert [(s.status.value, s.source) for s in sentences] == [
        ("unverified", "the defence ministry of Velstan"),
        ("unverified", "the defence ministry of Velstan"),
        ("attributed", "Anton Belyk"),
        ("unverified", "the defence ministry of Velstan"),
    ]


def test_one_who_alleged_and_gave_no_evidence_is_noted_not_the_last_speaker() -> None:
    sentences = classify_sentences(
        [
            "Sheriff Ray Dunleavy argued that violent crime had fallen 18 percent.",
            "His challenger, Carla Nguyen, alleged that the department had hidden assaults.",
            "Dunleavy said the figures were accurate.",
            "Nguyen did not provide evidence for the allegation.",
        ]
    )
    assert [(s.status.value, s.source) for s in sentences] == [
        ("attributed", "Ray Dunleavy"),
        ("unverified", "Carla Nguyen"),
        ("attributed", "Ray Dunleavy"),
        ("unverified", "Carla Nguyen"),
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # anonymity granted on the way to whom they spoke
        (
            "Staff who spoke to the Ashbridge Echo on condition of anonymity said wards were "
            "full.",
            ("claimed", "Staff"),
        ),
        (
            "Two officials speaking to Reuters on the condition of anonymity said talks stalled.",
            ("claimed", "Two officials"),
        ),
        # the claim told of with no evidence for it
        (
            "A herbalist has claimed that a root infusion can cure the disease, a claim for "
            "which there is no evidence.",
            ("unverified", "a herbalist"),
        ),
        # a claim spelled out that could not be checked (not a thing that could not be)
        (
            "The firm has not published an audit, and the claim that funds are fully backed "
            "could not be checked.",
            ("unverified", None),
        ),
        ("The car could not be checked for faults.", ("none", None)),
    ],
)
def test_anonymity_on_the_way_and_claims_told_of_as_unchecked(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # claim words that claim nothing: losses, animals, claims received, a plea, a label
        ("The floods also claimed dozens of cattle and washed away a road.", ("none", None)),
        ("You will need the records to claim losses against gains.", ("none", None)),
        ("Insurers have received more than 18,000 claims since the storm.", ("none", None)),
        ("Thornbury admitted 14 counts of fraud at an earlier hearing.", ("none", None)),
        ("Cheating claims: what we know about the split.", ("none", None)),
        # … but claims received of something, or losses claimed to be so, are claims
        ("Regulators have received 300 claims of abuse at the home.", ("claimed", None)),
        ("He claimed losses were exaggerated.", ("claimed", None)),
        # a denial of charges stays a statement
        ("Fenwick denies two counts of theft.", ("attributed", "Fenwick")),
        # a title's last word is no speech verb
        ("The study was published in the journal Metabolic Health Reports.", ("none", None)),
        # rumours one is asked about or will not comment on are no distance
        (
            "Asked about the rumours on Friday, manager Greg Hallworth said he would not talk "
            "about other clubs' players.",
            ("attributed", "Greg Hallworth"),
        ),
        (
            "An Orbis spokesperson said the company does not comment on rumours.",
            ("attributed", "An Orbis spokesperson"),
        ),
        ("There were rumours he had quit.", ("claimed", None)),
    ],
)
def test_claim_and_report_words_that_state_nothing(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a body named with "for (the)" writes its research, and "the report" is its
        (
            (
                "The Forum for the Future research found that old handsets have a second life.",
                "The report reveals that 15 million phones go out of use every year.",
            ),
            "The Forum for the Future",
        ),
        (
            ("The Centre for Policy Studies research found that taxes were too high.",),
            "The Centre for Policy Studies",
        ),
    ],
)
def test_a_body_named_with_for_authors_its_research(texts: tuple[str, ...], source: str) -> None:
    assert _verdict(*texts) == ("attributed", source)


def test_a_spokesmans_words_are_his_groups_for_a_note_on_the_groups_claim() -> None:
    sentences = classify_sentences(
        [
            "The Afghan Taliban claimed responsibility for shooting down the helicopter.",
            '"The helicopter was shot down," Taliban spokesman Zabihullah Mujahid said.',
            '"All on board were killed," Mujahid said.',
            "It was not possible to independently verify the group's claim.",
        ]
    )
    # (the claim and the words right before the note: "the group's claim" is one statement)
    assert [sentences[i].status.value for i in (0, 2, 3)] == ["unverified"] * 3


def test_a_first_person_quotation_is_no_places() -> None:
    sentences = classify_sentences(
        [
            "South Dakota launched an anti-drug campaign this week.",
            '"Meth. We\'re on it."',
        ]
    )
    assert sentences[1].source is None


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # evidence not shown, given or presented, with no claim behind it: a fact
        (
            ("Tests have not shown any evidence of contamination in the water supply.",),
            ("none", None),
        ),
        (("The defendant has not given evidence at the trial.",), ("none", None)),
        (("The defence did not present witnesses or evidence at the hearing.",), ("none", None)),
        (
            (
                "Police said a post-mortem examination had not shown any evidence of "
                "third-party involvement.",
            ),
            ("attributed", "Police"),
        ),
        # the claimant named by the role the claim gave
        (
            (
                "Councillor Derek Haines claimed the toilets were shut for a kiosk.",
                "The councillor has not offered any proof.",
            ),
            ("unverified", "Councillor Derek Haines"),
        ),
        # rumours that are told of are still rumours
        (("Shares in Acme jumped 8% on rumours of a takeover bid.",), ("claimed", None)),
        (
            ("Hallworth refused to be drawn on rumours linking him with Everton.",),
            ("claimed", "Hallworth"),
        ),
        # a clause about what was claimed is a claim, however far its verb
        (("The union claimed 300 jobs at the plant were at risk.",), ("claimed", "the union")),
        # a side's losses in a war are claimed; losses set against gains are not
        (("Kyiv claimed heavy losses among Russian troops.",), ("claimed", "Kyiv")),
        # admitting that charges are so is no plea
        (("The minister admitted the charges were partly fair.",), ("attributed", "the minister")),
        (("Thornbury admitted 14 fraud offences.",), ("none", None)),
        # a quotation that speaks of a third person is no words of that person
        (
            (
                "John Smith, 72, died in the crash on the A38 on Saturday.",
                "“He was the best dad I could ever have asked for.”",
            ),
            ("attributed", None),
        ),
        # anonymity granted with whom one spoke, and after a comma
        (
            (
                "Two officials who spoke with reporters on condition of anonymity said talks "
                "had stalled.",
            ),
            ("claimed", "Two officials"),
        ),
        # a claim that could not be checked, with figures in it, or an adverb
        (
            ("The company's claim that sales rose 12% could not immediately be checked.",),
            ("unverified", None),
        ),
        (
            ("Customers complained that their bank statements could not be checked for hours.",),
            ("attributed", "Customers"),
        ),
        (
            (
                "Officers took statements from witnesses but the car could not be checked "
                "until it was recovered.",
            ),
            ("none", None),
        ),
        # no evidence for the claim, however it is told
        (
            (
                "Kennedy has said vaccines cause autism, a claim for which there is no "
                "scientific evidence.",
            ),
            ("unverified", "Kennedy"),
        ),
        # a headline's label, with a dash
        (("Bullying claims - what we know so far.",), ("none", None)),
        # a journal with one word before "Reports"
        (("The findings were published in the journal Cell Reports.",), ("none", None)),
        # a long body name with its small words
        (
            ("The Royal Society for the Protection of Birds said numbers had fallen.",),
            ("attributed", "The Royal Society for the Protection of Birds"),
        ),
    ],
)
def test_the_reviews_near_misses_of_the_twenty_first_session(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # a note names one party's figures: theirs, not every side's, whoever spoke between
        (
            (
                "The army said it had killed 30 militants.",
                "Hamas said 12 civilians had died.",
                "None of the army's figures could be independently verified.",
            ),
            [("unverified", "the army"), ("attributed", "Hamas"), ("unverified", "the army")],
        ),
        (
            (
                "The army said it had killed 30 militants.",
                "Hamas said 12 civilians had died.",
                "None of Hamas's figures could be independently verified.",
            ),
            [("attributed", "the army"), ("unverified", "Hamas"), ("unverified", "Hamas")],
        ),
        (
            (
                "The Wagner group said it had taken the town.",
                "The Ukrainian army said fighting was continuing.",
                "None of the group's claims could be independently verified.",
            ),
            [
                ("unverified", "The Wagner group"),
                ("attributed", "The Ukrainian army"),
                ("unverified", "The Wagner group"),
            ],
        ),
        # every side's, however the note words it
        (
            (
                "The army said it had killed 30 militants.",
                "The rebels said 12 civilians had died.",
                "Neither side's version of events could be independently verified.",
            ),
            [("unverified", "the army"), ("unverified", "the rebels"), ("unverified", None)],
        ),
        (
            (
                "The army said it had killed 30 militants.",
                "The rebels said 12 civilians had died.",
                "Neither the army's nor the rebels' figures could be independently verified.",
            ),
            [("unverified", "the army"), ("unverified", "the rebels"), ("unverified", None)],
        ),
    ],
)
def test_a_note_names_one_partys_figures_or_every_sides(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert [(s.status.value, s.source) for s in classify_sentences(list(texts))] == verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The mayor, who visited the site on Monday, said the fire destroyed three homes.",
            ("attributed", "the mayor"),
        ),
        (
            "An Israeli official, who spoke to The Associated Press on condition of anonymity, "
            "said the strike killed two commanders.",
            ("claimed", "An Israeli official"),
        ),
        # a tag that closes the words is still one
        (
            "The fire destroyed three homes, said the mayor, who visited the site.",
            ("attributed", "the mayor"),
        ),
    ],
)
def test_one_described_with_a_relative_aside_is_the_subject_not_what_follows_said(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


def test_he_after_one_described_speaker_is_that_speaker() -> None:
    assert _verdict(
        "A local official told Radio Tessaly that at least 40 civilians had been killed.",
        "He said the town's only hospital had run out of blood.",
    ) == ("attributed", "a local official")
    # (not a role of the other gender)
    assert _verdict(
        "A spokeswoman for the council said the road was closed.", "He said it would reopen."
    ) == ("attributed", None)


def test_a_note_on_reports_from_a_place_opens_what_is_told_from_there() -> None:
    sentences = classify_sentences(
        [
            "Shelling continued overnight.",
            "It was not possible to independently verify reports from the town of Ostrin.",
            "A local official told Radio Tessaly that at least 40 civilians had been killed.",
            "He said the town's only hospital had run out of blood.",
            "The army said it was targeting only military positions.",
        ]
    )
    assert [s.status.value for s in sentences] == [
        "none",
        "unverified",
        "unverified",
        "unverified",
        "attributed",
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # responsibility no one claimed
        ("No organization immediately claimed credit for the attack.", ("none", None)),
        ("Nobody has yet claimed responsibility.", ("none", None)),
        ("There was no immediate claim of responsibility.", ("none", None)),
        ("Islamic State claimed responsibility for the bombing.", ("claimed", "Islamic State")),
        # claims for what one is owed
        ("They will await processing of their claims for temporary visas.", ("none", None)),
        # people in general as a category the law names
        ("The law would allow the extradition of people accused of crimes.", ("none", None)),
        ("Two men accused of murder appeared in court.", ("claimed", None)),
        # a fact not yet known is no claim unverified; casualty figures are
        ("Police were unable to confirm the identity of the man.", ("none", None)),
        ("Officials could not confirm the cause of the fire.", ("none", None)),
        ("Reuters could not confirm the number of casualties.", ("unverified", None)),
    ],
)
def test_claim_words_no_one_claimed(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # warnings in force, no one's words; a warning someone issued is theirs
        (
            "A yellow weather warning for snow and ice is in force across the north.",
            ("none", None),
        ),
        ("A winter storm warning is in effect for Granger County.", ("none", None)),
        # one who would think so, in general
        ("Anyone who thinks they have been targeted should report it.", ("none", None)),
        # a post not made, goals let in, a claim for money as its sum, advice to all
        ("She has not posted on Instagram since October.", ("none", None)),
        ("Rovers have now conceded 21 goals in 11 league games.", ("none", None)),
        ("The minister conceded that mistakes were made.", ("attributed", "the minister")),
        ("The highest single claim was £1,400 for a hotel stay.", ("none", None)),
        ("Travellers are urged to check their journey before setting out.", ("none", None)),
        # a prize won with its sum
        ("Pat Ellery has claimed the £1million top prize on the scratchcard.", ("none", None)),
        # a hedge of fear, as of belief
        ("Midfielder Rhys Doolan is feared to have torn a cruciate ligament.", ("claimed", None)),
        # reported to someone is no hedge
        (
            "Brinsford Police said no such incident had been reported to them.",
            ("attributed", "Brinsford Police"),
        ),
        # figures a paper obtained are its
        (
            "Councillors claimed £212,000 in expenses, figures obtained by the Brinsford Post "
            "show.",
            ("attributed", "the Brinsford Post"),
        ),
    ],
)
def test_the_ninth_sets_words_that_state_nothing_or_name_their_source(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


def test_there_is_no_scientific_evidence_judges_the_claim_just_made() -> None:
    sentences = classify_sentences(
        [
            "A video shared two million times claims that an onion in your sock cures the flu.",
            "There is no scientific evidence that it works.",
        ]
    )
    assert [s.status.value for s in sentences] == ["unverified", "unverified"]


def test_a_note_on_a_speakers_claim_reaches_it_whatever_title_the_claim_gave() -> None:
    sentences = classify_sentences(
        [
            "Former bandmate Lewis Crane claims he wrote most of the group's biggest hit.",
            '"I\'ve got the notebooks to prove it," said Crane.',
            "He has not shown the notebooks to anyone, and his claim cannot be verified.",
        ]
    )
    assert [(s.status.value, s.source) for s in sentences] == [("unverified", "Lewis Crane")] * 3


def test_neither_party_has_confirmed_doubts_the_report() -> None:
    assert _verdict(
        "Diario del Norte reported that Rovers have agreed a fee for Ibarra, although neither "
        "club has confirmed the deal."
    ) == ("unverified", "Diario del Norte")
    sentences = classify_sentences(
        [
            "The Sun reported that Smith had signed for Rovers.",
            "Neither club has confirmed the deal.",
        ]
    )
    assert [(s.status.value, s.source) for s in sentences] == [
        ("unverified", "The Sun"),
        ("unverified", None),
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "While this claim implies wrongdoing, no one has offered any information about how "
            "she built her alleged fortune.",
            ("unverified", None),
        ),
        (
            "They simply tacked on their estimate without making any attempt to justify that "
            "figure.",
            ("unverified", None),
        ),
        (
            "The government is thought to have bought arms abroad, although this is the kind "
            "of story that is hard to verify.",
            ("unverified", None),
        ),
        # a thing, or news no one owes
        ("The route is hard to verify on a map.", ("none", None)),
        ("No one has offered any information about the new timetable yet.", ("none", None)),
    ],
)
def test_nothing_offered_or_attempted_to_back_a_claim(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # "conceded that …" in sport copy is a statement, goals conceded are not
        (("Holden conceded the defeat was deserved.",), ("attributed", "Holden")),
        (
            ("Boss Dean Holden conceded two goals from set pieces had cost his side.",),
            ("attributed", "Dean Holden"),
        ),
        # the standard wire note on footage, and on an identity someone gave
        (
            (
                "Footage shared on social media appeared to show a drone strike.",
                "Reuters could not independently verify the location of the video.",
            ),
            ("unverified", None),
        ),
        (
            (
                "The Israeli military said the man killed was a senior Hezbollah commander.",
                "Reuters could not independently confirm his identity.",
            ),
            ("unverified", "The Israeli military"),
        ),
        # defendants, and people accusing, are no category
        (("Three people accused of plotting the attack appeared in court.",), ("claimed", None)),
        (
            ("Dozens of people accused the company of misleading them.",),
            ("claimed", "Dozens of people"),
        ),
        # responsibility claimed by a group however described; none claimed, however worded
        (
            ("A group with no known history claimed responsibility for the attack.",),
            ("claimed", "a group with no known history"),
        ),
        (
            ("Islamic State wasted no time and claimed responsibility for the bombing.",),
            ("claimed", "Islamic State"),
        ),
        (
            ("None of the militant groups active in the region has claimed responsibility.",),
            ("none", None),
        ),
        (("The attack has not been claimed by any group.",), ("none", None)),
        # prize money said to be withheld is a claim
        (("He claimed $50,000 prize money had been withheld.",), ("claimed", None)),
        # claims about a product's benefits are claims; claims for welfare benefits are not
        (
            (
                "The regulator found the company's claims for the health benefits of the "
                "supplement were misleading.",
            ),
            ("claimed", "the company"),
        ),
        (("Claims for unemployment benefits rose last week.",), ("none", None)),
        # whoever says so is no speaker
        (
            ("Whoever says this club is finished does not know football, Holden said.",),
            ("attributed", "Holden"),
        ),
        # the writer's verdict with a kind of evidence
        (
            (
                "Trump said windmills cause cancer.",
                "There is no scientific evidence to support that.",
            ),
            ("unverified", "Trump"),
        ),
        # a spokesman's possessive is no quotation mark
        (
            (
                "The mayor's spokesman, who asked not to be named, said the fire destroyed three "
                "homes.",
            ),
            ("claimed", "the mayor's spokesman"),
        ),
        (
            ("Two officials, who spoke on condition of anonymity, said the strike killed 12.",),
            ("claimed", "Two officials"),
        ),
        # papers a paper obtained or saw are its, however they were got
        (
            (
                "Figures obtained by the BBC under freedom of information laws show a rise in "
                "waiting times.",
            ),
            ("attributed", "the BBC"),
        ),
        (
            ("Emails seen by the Financial Times show the bank was warned.",),
            ("attributed", "the Financial Times"),
        ),
    ],
)
def test_the_second_reviews_near_misses_of_the_twenty_first_session(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # "he" after one described by a role of the other gender is not that one
        (
            (
                "A police spokeswoman said the road would remain closed.",
                "He said diversions were in place.",
            ),
            [("attributed", "a police spokeswoman"), ("attributed", None)],
        ),
        (
            (
                "A woman told the BBC her son had been stabbed.",
                "He said he had been walking home.",
            ),
            [("attributed", "a woman"), ("attributed", None)],
        ),
        (
            ("An eyewitness said the car sped off.", "He said it was red."),
            [("attributed", "An eyewitness"), ("attributed", "An eyewitness")],
        ),
        # a note on "Trump" is not on "Eric Trump"
        (
            (
                "Trump claimed the election had been rigged against him.",
                "His claims could not be verified.",
                "Eric Trump said the family would keep fighting.",
            ),
            [("unverified", "Trump"), ("unverified", "Trump"), ("attributed", "Eric Trump")],
        ),
        # a note on reports from a place does not reach a party speaking from elsewhere
        (
            (
                "Shelling continued overnight.",
                "It was not possible to independently verify reports from the town of Ostrin.",
                "The army said it was targeting only military positions.",
            ),
            [("none", None), ("unverified", None), ("attributed", "the army")],
        ),
        # what neither side confirmed must be what was reported
        (
            (
                "The two sides met in Doha on Tuesday, but neither side has confirmed a date for "
                "the next round.",
            ),
            [("none", None)],
        ),
        (
            (
                "The two leaders will meet in Geneva next week, the White House said.",
                "Neither side has confirmed the agenda.",
            ),
            [("attributed", "the White House"), ("none", None)],
        ),
        (
            (
                "The Athletic reported that Rovers had agreed a £4m fee for Ibarra.",
                "However, neither club has confirmed the deal.",
            ),
            [("unverified", "The Athletic"), ("unverified", None)],
        ),
        (
            (
                "Axios reported that Trump and Putin spoke by phone on Sunday.",
                "Neither the White House nor the Kremlin has confirmed the call.",
            ),
            [("unverified", "Axios"), ("unverified", None)],
        ),
    ],
)
def test_the_second_reviews_passages_of_the_twenty_first_session(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert [(s.status.value, s.source) for s in classify_sentences(list(texts))] == verdicts


def test_a_nationality_ending_in_man_gives_no_gender() -> None:
    assert _verdict(
        "A German official told Reuters the talks had stalled.",
        "She said a deal was still possible.",
    ) == ("attributed", "A German official")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The US Embassy reported Wednesday that the air was hazardous.", "The US Embassy"),
        ("The embassy reported that the air was hazardous.", "the embassy"),
    ],
)
def test_a_report_with_a_bare_day_before_that_is_attributed(text: str, source: str) -> None:
    assert _verdict(text) == ("attributed", source)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        (["Labour's Ed Balls said the economy was growing."], "Ed Balls"),
        (
            [
                "The Community and Public Sector Union's Wendy Caird said staff were angry.",
            ],
            "Wendy Caird",
        ),
        # … and the person a later role means is the name without its owner
        (
            [
                "Labour's Ed Balls spoke in Leeds on Monday.",
                "The shadow chancellor said the economy was growing.",
            ],
            "Ed Balls",
        ),
        # no first name after the owner: the phrase stays whole
        (["AMR Corp's American Airlines said fares would rise."], "AMR Corp's American Airlines"),
    ],
)
def test_an_owner_before_a_persons_full_name_is_dropped(texts: list[str], source: str) -> None:
    assert _verdict(*texts) == ("attributed", source)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a forecast of what others will do is the forecaster's statement …
        (
            "Seoul expects PV cell producers to raise the efficiency of their devices.",
            ("attributed", "Seoul"),
        ),
        ("Economists expect the central bank to cut rates.", ("attributed", "Economists")),
        # … not one's own plan, nor a passive forecast
        ("ICI expects to file for permission to market the drug this year.", ("none", None)),
        ("Growth is expected to slow next year.", ("none", None)),
        ("The result was better than expected.", ("none", None)),
        ("The law expects drivers to stop at the line.", ("none", None)),
        # a quotation's tag that goes on with it names the speaker
        (
            "“Approval is only needed for contracted recordings,” the statement continued.",
            ("attributed", "the statement"),
        ),
    ],
)
def test_a_forecast_of_others_and_a_tag_that_continues(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    "opening",
    [
        # a lone name that an apposition gives a person's role or trade is a person …
        "Rajagopalan, a student at Boston College, doesn't see any drawbacks.",
        # … as is one a "who" aside tells where they work or live
        "Sullivan, who works in finance, has been quietly testing the program.",
    ],
)
def test_a_lone_name_shown_a_person_by_its_aside_is_who_he_means(opening: str) -> None:
    name = opening.split(",", maxsplit=1)[0]
    assert _verdict(opening, "Most members, he says, are friends of his.") == (
        "attributed",
        name,
    )


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a "For X," opener hands the sentence's view to X, whom the next "he" means …
        (
            (
                "But, for Tom Bennett, Instagram is now a major social network.",
                "“Instagram is Facebook without parents,” he says.",
            ),
            "Tom Bennett",
        ),
        (
            (
                "But, for Mrs Bennett, Instagram is now a major social network.",
                "“It's where my readers are,” she says.",
            ),
            "Mrs Bennett",
        ),
        # … and whose words an untagged quotation goes on with
        (
            (
                "For Owen McCormack, the argument hinges on what is not collected.",
                "“Right now, shops are doing invasive things and we just don't know it.”",
            ),
            "Owen McCormack",
        ),
        # … or an apposition shows a person's, a name no census knows
        (
            (
                "For Charalampos Poulopoulos, the head of Kethea, shisha marks the crisis.",
                "It is, he said, an “austerity drug”.",
            ),
            "Charalampos Poulopoulos",
        ),
        # a place so named is no person
        (
            (
                "For Britain, the deal is a blow.",
                "“It is a bad day,” he said.",
            ),
            None,
        ),
    ],
)
def test_a_for_opener_hands_the_view_to_a_person(
    texts: tuple[str, str], source: str | None
) -> None:
    assert _verdict(*texts) == ("attributed", source)


@pytest.mark.parametrize(
    "opening",
    [
        "Britain rejected the offer on Monday.",
        "For Britain, the deal is a blow.",
        "Israel launched strikes on the town overnight.",
    ],
)
def test_a_country_that_is_also_a_census_surname_is_no_person_he_means(opening: str) -> None:
    assert _verdict(opening, "“It is a bad day,” he said.") == ("attributed", None)


@pytest.mark.parametrize(
    "text",
    [
        "Maycon Batista, a financial analyst who worked with Anitta while she was an intern, "
        "said there had been a huge change.",
        "Maycon Batista, a teacher who taught her when she was young, said she was kind.",
    ],
)
def test_a_subordinate_clause_inside_an_apposition_is_part_of_the_description(
    text: str,
) -> None:
    assert _verdict(text) == ("attributed", "Maycon Batista")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a feature's tag in the present, after its comma, before its speaker
        (
            "Though they may be popular, MOOCs have dire completion rates, observes Brabon.",
            ("attributed", "Brabon"),
        ),
        ("The crowd, concedes Smith, was thin.", ("attributed", "Smith")),
        # banknotes of a sum are no one's notes
        ("In the same week, €1.3m in €500 notes was found in a suitcase.", ("none", None)),
        # a belief held of a thing, with no one who holds it, is hearsay
        (
            "The demand for rhino horn as a medicine believed to cure everything is growing.",
            ("claimed", None),
        ),
        ("He had thought to leave early.", ("none", None)),
    ],
)
def test_present_tags_banknotes_and_beliefs_held_of_things(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


def test_an_adverb_of_degree_is_never_a_speaker() -> None:
    sentence = classify_sentence("Aside from the cards, that pretty much describes an ATM.")
    assert sentence.source is None


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a parenthetical tag, its subject before it, the clause going on after its comma
        (
            "In short, the researchers conclude, the subway is about as safe as thought.",
            ("attributed", "the researchers"),
        ),
        ("Critics argue, however, that the plan fails.", ("attributed", "Critics")),
        # … not the writer's own, nor the idiom of a name
        ("I believe, as many do, that it is safe.", ("none", None)),
        ("As its name suggests, the tool is small.", ("none", None)),
        # a plural subject's insistence, with or without "that"
        ("But ministers insist there will be safeguards.", ("attributed", "ministers")),
        ("They insist on paying for dinner.", ("none", None)),
        # data a named body collected speak for their maker
        (
            "Data collected by Ofcom (the independent regulator for the UK communications "
            "industries) suggests that 280 million tracks were pirated.",
            ("attributed", "Ofcom"),
        ),
    ],
)
def test_parenthetical_tags_insistence_and_estimates(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a pronoun's tag speaks, not the sentence's subject, when no one it means is known
        (("Ageing is no fun, she admits.",), None),
        (("Margaret Allen is 94.", "Ageing is no fun, she admits."), "Margaret Allen"),
        # a surname's particle opens the name after an inverted verb
        (("“It is about balance,” says van Otterdijk.",), "van Otterdijk"),
        # a body's capitalised name holds its "of the" …
        (
            (
                "According to the International Federation of the Phonographic Industry "
                "(IFPI), there were 41m subscribers.",
            ),
            "the International Federation of the Phonographic Industry",
        ),
        # … a person's affiliation does not
        (
            ("He had, according to Alex Horton of the Washington Post, eaten a rabbit.",),
            "Alex Horton",
        ),
    ],
)
def test_pronoun_tags_particles_and_long_body_names(
    texts: tuple[str, ...], source: str | None
) -> None:
    assert _verdict(*texts) == ("attributed", source)


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a predicate and "but" before the speech verb: the sentence's subject speaks
        (
            (
                "Jordan Axani, a 28-year-old developer, made it back to Canada with Elizabeth "
                "Gallagher but said the pair had forged a bond.",
            ),
            ("attributed", "Jordan Axani"),
        ),
        # the adverb that opens a sentence is no name
        (
            ("Furthermore, a study in November 2013 suggested the pause may be an illusion.",),
            ("attributed", "a study in November 2013"),
        ),
        # a surname that is also a nationality, alone after an inverted verb
        (
            ("As the technology develops, said French, scientists need to think carefully.",),
            ("attributed", "French"),
        ),
        (("“It is over,” said French officials.",), ("attributed", "French officials")),
        # what a participle and its agent describe does not speak
        (
            (
                "Moore mainly communicates on an iPad now.",
                "He dismisses the notion that the curfew urged by some MPs would have worked.",
            ),
            ("attributed", "Moore"),
        ),
        (("Smith warned by phone that the dam would burst.",), ("attributed", "Smith")),
        # a survey's share of people claiming to do something is its result
        (
            ("In the US, the percentage of people claiming to use streaming rose to 23%.",),
            ("none", None),
        ),
    ],
)
def test_the_twenty_second_sessions_guardian_passages(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a text's indefinite phrase, with no name in it, is not what "the document" becomes
        (
            (
                "The NSA has access to the systems of Google, according to a top-secret document.",
                "The access is part of a program called PRISM, the document says.",
            ),
            "the document",
        ),
        # … a person's still is
        (
            (
                "A spokesman for Clements said the store would close.",
                "The spokesman said staff would be moved.",
            ),
            "a spokesman for Clements",
        ),
    ],
)
def test_a_definite_description_after_an_indefinite_one(
    texts: tuple[str, str], source: str
) -> None:
    assert _verdict(*texts) == ("attributed", source)


def test_a_quotation_reopened_for_a_new_paragraph_goes_on_with_its_speaker() -> None:
    assert _verdict(
        '"I wouldn\'t say we were surprised," Mr Baker said.',
        '"This was the type of jihad he was beginning to believe in. "September the eleventh '
        'would have had a profound effect on him."',
    ) == ("attributed", "Mr Baker")


@pytest.mark.parametrize(
    "opening",
    [
        "Marine scientist Callum Roberts was one of the scientists who set the target.",
        "World-leading marine scientist Professor Callum Roberts from the University of York "
        "was one of the scientists who set the target.",
    ],
)
def test_a_full_name_after_a_roles_words_is_who_he_means(opening: str) -> None:
    assert _verdict(opening, "But he said it was not enough.") == ("attributed", "Callum Roberts")


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a place, a club or a firm in an opener or an apposition is no one "he" means
        (
            (
                "Keir Starmer arrived in Kyiv on Monday.",
                "For Paris, the summit is a chance to lead.",
                "He said Britain would stand firm.",
            ),
            ("attributed", "Keir Starmer"),
        ),
        (
            (
                "Sean Dyche was sacked on Thursday.",
                "For Everton, the defeat was the final straw.",
                "He said the club had let him down.",
            ),
            ("attributed", "Sean Dyche"),
        ),
        (
            (
                "The mayor, Andy Burnham, was in Bolton on Friday.",
                "Wigan, the birthplace of rugby league's greatest dynasty, has been chosen.",
                "He said the decision was overdue.",
            ),
            ("attributed", "Andy Burnham"),
        ),
        (
            (
                "Mikel Arteta was delighted after the game.",
                "Everton, who lived dangerously for most of the second half, held on.",
                "He said his side had been unlucky.",
            ),
            ("attributed", "Mikel Arteta"),
        ),
        # a person whose name is also a country's, shown a person by an aside
        (
            (
                "Jordan, 24, moved to London in 2019.",
                "“I had no idea what I was getting into,” Jordan said.",
                "He added that rents had doubled.",
            ),
            ("attributed", "Jordan"),
        ),
        (
            ("Talks continued.", "Russia rejected the offer.", "He said the terms were unfair."),
            ("attributed", None),
        ),
        # what a rule asks of people, or the writer's advice, is no forecast
        (("HSBC expects staff to be in the office three days a week.",), ("none", None)),
        (("Landlords should not expect rents to rise much further.",), ("none", None)),
        (("Analysts expect oil prices to climb above $100.",), ("attributed", "Analysts")),
        # an idea someone had is no hearsay
        (("Staff never thought to check the locks on the fire doors.",), ("none", None)),
        # the writer's own discourse, a relative clause and a condition are no one's tag
        (("To conclude, the evidence for the treatment is thin.",), ("none", None)),
        (("Few would argue, for example, that the NHS is over-funded.",), ("none", None)),
        (("Landlords who insist the ban is unfair will be disappointed.",), ("none", None)),
        # an allegation by many is still an allegation
        (
            ("The number of women claiming that the surgeon assaulted them has risen to 40.",),
            ("claimed", None),
        ),
        # a titled person keeps no affiliation; a noun's "-ing" word is no participle
        (
            ("According to Dr Tedros of the World Health Organization, it is not over.",),
            ("attributed", "Dr Tedros"),
        ),
        (
            ("A professor of civil engineering at Imperial College said the bridge was sound.",),
            ("attributed", "a professor of civil engineering at Imperial College"),
        ),
        # a person's name whose surname is a role word is no title
        (
            ("“We were devastated,” said Tom Judge, Emily Judge's father.",),
            ("attributed", "Tom Judge"),
        ),
        # "but" after a clause of the subject's own gives no fragment ("the house")
        (
            ("Police searched the house, found nothing but said they would return.",),
            ("attributed", None),
        ),
        # a time after "by" is no agent; a text released by someone speaks for them
        (
            ("The club announced by the end of the day that the manager had been sacked.",),
            ("attributed", "the club"),
        ),
        # a closing mark typed after a space still closes
        (
            ('"It is over "said Smith, who has run the shop for 30 years.',),
            ("attributed", "Smith"),
        ),
        # a plural pronoun's tag after the sentence's own subject
        (
            (
                "The Bennetts spent years renovating the house, allegedly without planning "
                "permission, they admitted.",
            ),
            ("claimed", "The Bennetts"),
        ),
        # the writer's own estimates
        (("Our estimates suggest the policy will cost £4bn a year.",), ("none", None)),
        # a surname that is a word of degree, in lower-cased text
        (
            ("cbs anchor dan rather said the documents were genuine .",),
            ("attributed", "cbs anchor dan rather"),
        ),
    ],
)
def test_the_twenty_second_sessions_review(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“It's a different city now,” said Welsh.", "Welsh"),
        ("“The team was magnificent,” said van der Merwe.", "van der Merwe"),
        ("Vampire fiction fed on fear of the outsider, observes the author.", "the author"),
    ],
)
def test_the_reviews_variants_of_tags(text: str, source: str) -> None:
    assert _verdict(text) == ("attributed", source)


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a title's stop, as US papers write it, ends no name: "he" is Mr. Trump, not "Mr"
        (
            (
                "Still, Mr. Trump, speaking briefly with reporters, offered an emphatic yes.",
                "“We need a great director,” he told reporters later.",
            ),
            ("attributed", "Mr. Trump"),
        ),
        # … nor an anonymous source's description
        (
            (
                "One person familiar with Mr. Cohen’s testimony said that Mr. Cohen did not "
                "state that the president had pressured him.",
            ),
            ("claimed", "One person familiar with Mr. Cohen’s testimony"),
        ),
        # the stop stays in the source shown, where the article writes it
        (("“It failed,” said Mr. Smith.",), ("attributed", "Mr. Smith")),
    ],
)
def test_a_titles_stop_ends_no_name(texts: tuple[str, ...], verdict: tuple[str, str]) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a stop goes back only on a title the article wrote with one before that name
        (("Dr. Jane Roe spoke.", "Amartya Sen said the famine was a failure."), "Amartya Sen"),
        (("Dr. Jane Roe spoke.", "Gen Z voters said they would stay home."), "Gen Z voters"),
        (("Mr. Trump spoke.", "Mr Farage said Brexit was a triumph."), "Mr Farage"),
        # an anonymous description keeps a short clause of its own
        (
            (
                "The deal was struck late Friday, according to people familiar with what was "
                "discussed.",
            ),
            "people familiar with what was discussed",
        ),
    ],
)
def test_the_reviews_title_stops(texts: tuple[str, ...], verdict: str) -> None:
    assert classify_sentences(list(texts))[-1].source == verdict


def test_a_sentence_about_people_close_to_someone_is_no_anonymous_claim() -> None:
    sentence = "People close to the senator were stunned by the decision to resign."
    assert _verdict(sentence) == ("none", None)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a wire story's dateline is where it was filed, no one who speaks or acts
        (
            (
                "DES MOINES – Hillary Rodham Clinton on Sunday urged President Obama to listen "
                "to congressional Democrats.",
                "In her first detailed comments on the deal, Mrs. Clinton laid out a position.",
                "She declined to take sides on the vote itself.",
                "She argued that the vote gave Mr. Obama an opportunity.",
            ),
            "Hillary Rodham Clinton",
        ),
        (
            (
                "DENVER — Two heartland states filed a challenge on Thursday, saying that the "
                "shops should be shut down.",
            ),
            "Two heartland states",
        ),
    ],
)
def test_a_dateline_is_no_one(texts: tuple[str, ...], source: str) -> None:
    assert classify_sentences(list(texts))[-1].source == source


def test_a_place_before_a_title_tells_no_gender() -> None:
    # "Florida" is a woman's name in the census; the given name after the title tells his
    # (and the place and the title are no part of the name shown)
    texts = ["Florida Sen. Marco Rubio took a positive view of the deal.", "He said it was fair."]
    assert classify_sentences(texts)[-1].source == "Marco Rubio"


@pytest.mark.parametrize(
    ("note", "status"),
    [
        ("The company has not published any data to support that figure.", "unverified"),
        ("The suit doesn't contain statistics to support the claim.", "unverified"),
        # data on something else is no support missing for a claim
        ("The company did not provide data on its margins.", "claimed"),
    ],
)
def test_no_data_to_support_a_claim_is_a_note_on_it(note: str, status: str) -> None:
    claim = "The startup Neurafy claims its headband can improve memory by up to 30 percent."
    sentences = classify_sentences([claim, note])
    assert sentences[0].status.value == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # transfer talk no one is named for is hearsay
        ("Former Harbor City assistant Rob Quist has been linked with the job.", "claimed"),
        ("Javier Hernandez is linked with a move to Orlando City.", "claimed"),
        ("The gene has been linked with cancer.", "none"),
        # a team's pick from the waiver list, and a claim for money by its sum, assert nothing
        ("The Pilots claimed linebacker Andre Boateng off waivers on Tuesday.", "none"),
        ("Insurers face claims of up to $900 million from the grounding of the ship.", "none"),
    ],
)
def test_transfer_talk_waivers_and_claims_for_money(text: str, status: str) -> None:
    assert classify_sentence(text).status.value == status


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name with a middle initial and a party's apposition before ", said" is its subject
        (
            "Former Senator Byron L. Dorgan, Democrat of North Dakota, said Democrats from "
            "rural states would prefer other issues.",
            "Byron L. Dorgan",
        ),
        (
            "Senate Majority Leader Mitch McConnell, R-Ky., said Democrats had walked away.",
            "Mitch McConnell",
        ),
    ],
)
def test_a_us_politicians_party_and_state_are_an_apposition(text: str, source: str) -> None:
    assert _verdict(text) == ("attributed", source)


def test_a_titled_name_of_a_body_is_the_person() -> None:
    text = (
        "There were more protests planned, but Capt. Ronald S. Johnson of the Missouri State "
        "Highway Patrol said he believed they had reached a turning point."
    )
    assert _verdict(text) == ("attributed", "Ronald S. Johnson")


@pytest.mark.parametrize(
    "text",
    [
        "Brig. Gen. Omar Haddad said the strikes hit their targets.",
        "Maj. Gen. Omar Haddad said the strikes hit their targets.",
        "Cpl. Omar Haddad said the strikes hit their targets.",
    ],
)
def test_a_rank_written_short_is_a_title_before_the_name(text: str) -> None:
    assert _verdict(text) == ("attributed", "Omar Haddad")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a document sets out how something was done
        (
            "Investigators spent months on the case, and the indictment unsealed on Friday "
            "detailed how he relied on several associates.",
            "the indictment",
        ),
        # a participle of saying joined by "and" to another speaks for the subject
        (
            "Democrats pushed back hard, casting him as a Democrat in name only and noting "
            "that he had backed the pick.",
            "Democrats",
        ),
    ],
)
def test_a_document_detailing_and_a_joined_participle(text: str, source: str) -> None:
    assert _verdict(text) == ("attributed", source)


def test_a_document_detailing_a_thing_says_nothing() -> None:
    assert _verdict("The report detailed the cost of the repairs.")[0] == "none"


def test_a_name_after_an_age_is_the_name_given() -> None:
    texts = [
        "Pelosi has led House Democrats since 2002.",
        "Democrats lost the House majority in the 2010 wave election.",
        "The 76-year-old Pelosi repeatedly vowed that her party would retake control.",
    ]
    assert classify_sentences(texts)[-1].source == "the 76-year-old Pelosi"


def test_an_anonymous_sources_perfect_tag_is_no_part_of_them() -> None:
    text = "The captain faces three months out, a source close to the club has claimed."
    assert _verdict(text) == ("claimed", "a source close to the club")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the writer's own word that a statement is false doubts it
        (
            "In a tweet, Trump claimed, falsely, that Mexico was already paying for the wall.",
            ("unverified", "Trump"),
        ),
        ("The senator falsely claimed that the vote was rigged.", ("unverified", "the senator")),
        # … not an impostor's claim, nor another's accusation
        (
            "Police warned about people falsely claiming to work for the SES.",
            ("claimed", "Police"),
        ),
        # describing by likeness is a statement, as "described" is
        (
            "DiGenova likened the FBI arrest of Stone to the raid on Manafort's home.",
            ("attributed", "DiGenova"),
        ),
        (
            "Mattis has characterized Putin as trying to undermine NATO.",
            ("attributed", "Mattis"),
        ),
        ("The sound is likened to thunder.", ("none", None)),
    ],
)
def test_falsely_and_likened(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a question put in words is the asker's
        (("Later, Glenn Beck asked: “What are we suffering from?”",), "Glenn Beck"),
        # a gerund and its object open no name for "he"
        (
            (
                "When the audience finished laughing, Glenn Beck asked: “What ails us?”",
                "Saying President Obama, he said, was “too simple an answer.”",
            ),
            "Glenn Beck",
        ),
        # the subject that cites a reason, past a "but" that opens no clause of its own
        (
            (
                "California Rep. Ed Royce on Friday questioned the action because of concerns "
                "not only about wildlife but U.S. national security, citing the upheaval.",
            ),
            "Ed Royce",
        ),
    ],
)
def test_questions_gerunds_and_reasons_cited(texts: tuple[str, ...], source: str) -> None:
    assert classify_sentences(list(texts))[-1].source == source


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a body's initials before an apposition a second dash closes are no dateline
        (
            ("NASA — the agency that put men on the moon — said the launch would slip.",),
            ("attributed", "NASA"),
        ),
        # help, not support for a claim
        (("The budget does not include new research to support veterans.",), ("none", None)),
        # a finding, and a crime, are no transfer talk
        (("Stopping the drug early was linked with a return of symptoms.",), ("none", None)),
        (
            ("The gang was linked with the job at the Hatton Garden vault, police said.",),
            ("attributed", "police"),
        ),
        # what the lawsuit claims happened off waivers, and what claims of a sum allege
        (
            ("The lawsuit claims the team pulled him off waivers without notice.",),
            ("claimed", "the lawsuit"),
        ),
        (
            ("Auditors are investigating claims of $600 million missing from the fund.",),
            ("claimed", None),
        ),
        # a likeness in the passive, or a thing's character, is no one's statement
        (("The sound, likened by witnesses to an explosion, woke residents.",), ("none", None)),
        (("Autism is a condition characterised by difficulties with speech.",), ("none", None)),
        # an age before a word no surname list knows describes the one named before
        (
            (
                "Jack Grealish scored twice on Saturday.",
                "Jack Grealish was then substituted.",
                "The 29-year-old Texan said he was sorry.",
            ),
            ("attributed", "Jack Grealish"),
        ),
    ],
)
def test_the_twenty_third_sessions_second_review(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


def test_a_passive_cut_to_its_participle_is_not_the_writers_false() -> None:
    text = "A man wrongly said on social media to be the attacker has gone into hiding."
    assert _verdict(text)[0] != "unverified"


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # an age before a name no list knows is still the name given, not the last person
        (
            (
                "Joe Biden met Benjamin Netanyahu in Tel Aviv.",
                "The 74-year-old Netanyahu said Israel would defend itself.",
            ),
            ("attributed", "the 74-year-old Netanyahu"),
        ),
        # hyphens and double hyphens in a dateline's story are no dash apposition of initials
        (
            ("ATLANTA -- Georgia officials -- who faced threats -- said the count was right.",),
            ("attributed", "Georgia officials"),
        ),
        # "falsely" doubts a clause of its own, whatever it says
        (
            ("Trump falsely claimed that the vote was going to be rigged.",),
            ("unverified", "Trump"),
        ),
        # an apposition's comma before "likened" leaves the subject speaking
        (
            ("The senator, a Republican from Ohio, likened the bill to a bailout.",),
            ("attributed", "the senator"),
        ),
        # a player picked off waivers by pronoun, and claims by their sum of any kind
        (("The Jets claimed him off waivers from the Eagles in 2021.",), ("none", None)),
        (("Claims worth £3bn were lodged with insurers after the storm.",), ("none", None)),
        # transfer talk of a name opening the sentence, whatever the move's direction
        (("Rashford has been linked with a move away from Old Trafford.",), ("claimed", None)),
        (("Smith, 24, was linked with a move to Everton in January.",), ("claimed", None)),
        (("Back pain is linked with the sleeping position.",), ("none", None)),
        # a name in -ing before a surname is a name
        (
            ("Ding Liren won the world title in Astana.", "He said he had nearly given up."),
            ("attributed", "Ding Liren"),
        ),
    ],
)
def test_the_twenty_third_sessions_third_review(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a finding with a capitalised subject is no transfer talk
        (
            ("Ozempic has been linked with a switch in eating habits, a study found.",),
            "attributed",
        ),
        (("Long Covid has been linked with a return of symptoms months later.",), "none"),
        # transfer talk after an opening adverb, or in a relative clause
        (("However, Kane is linked with a return to Tottenham.",), "claimed"),
        (
            ("United are monitoring Branthwaite, who is linked with a move to Old Trafford.",),
            "claimed",
        ),
        # a passive participle of "characterise" in an aside says nothing
        (("The scheme, characterised in the press as a bailout, was approved.",), "none"),
        # a claim of savings by its sum is still a claim
        (("Claims of £1bn a year in fraud savings were questioned by auditors.",), "claimed"),
    ],
)
def test_the_twenty_third_sessions_fourth_review(texts: tuple[str, ...], verdict: str) -> None:
    assert _verdict(*texts)[0] == verdict


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a participle "said to be" is a hedge once an adverb shows it reports no order
        (
            ("Police questioned a man wrongly said on social media to be the attacker.",),
            ("claimed", None),
        ),
        (("The museum holds a painting widely said to be his last.",), ("claimed", None)),
        (("Police said to be on the lookout for a grey van.",), ("attributed", "Police")),
        # a place before a title is no name of the person, even one that is a first name
        (
            (
                "Florida Sen. Marco Rubio arrived in Iowa on Monday.",
                "Rubio said the bill would fail.",
            ),
            ("attributed", "Marco Rubio"),
        ),
        (
            ("Mary Joe Fernandez arrived on Monday.", "Fernandez said the draw was hard."),
            ("attributed", "Mary Joe Fernandez"),
        ),
    ],
)
def test_hedged_participles_and_places_before_titles(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # what an unnamed source knows of may run long; they are shown up to what they know
        (
            "One person familiar with Mr. Cohen’s testimony to the special counsel’s prosecutors"
            " said that Mr. Cohen did not state that.",
            "One person familiar with Mr. Cohen’s testimony",
        ),
        (
            "Two people briefed on the talks between the company and its lenders in New York"
            " said the deal was close.",
            "Two people briefed on the talks",
        ),
        # a short description keeps its words
        (
            "People familiar with the plans for Leeds said the bid would fail.",
            "People familiar with the plans for Leeds",
        ),
    ],
)
def test_an_unnamed_source_described_at_length(text: str, source: str) -> None:
    assert _verdict(text) == ("claimed", source)


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a lone name with a "who" aside in the singular is a person, whom "she" may mean
        (
            (
                "“They are now feeling the heat,” Schumer said.",
                "Pelosi, who is back as speaker, intends as her first act to pass the bills.",
                "“We are asking the president to open the government,” she told reporters.",
            ),
            "Pelosi",
        ),
        # a title after a party's or a place's words, and the state after the name
        (
            ("Fellow Democratic Sen. Chris Coons of Delaware said the offer was a first step.",),
            "Chris Coons",
        ),
        (
            ("Senator Mitch McConnell of Kentucky said he had no plans to call a vote.",),
            "Mitch McConnell",
        ),
        (("CEO Tim Cook of Apple said the phone would ship in May.",), "Tim Cook"),
    ],
)
def test_who_asides_and_titled_names_of_a_place(texts: tuple[str, ...], source: str) -> None:
    assert classify_sentences(list(texts))[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the name set after a person's role in an inverted tag is the speaker
        ("“The reports are not accurate,” said the spokesman, Peter Carr.", "Peter Carr"),
        (
            "“It is wrong,” said the legislator, Representative Carl Seel.",
            "Representative Carl Seel",
        ),
        # (a thing's name after it is not: no report bears a person's name)
        ("“It is wrong,” said the report, Mary Smith.", "the report"),
        # a participle's phrase after a name is an aside; its "after" opens no clause
        (
            "Mr. Pence, briefing reporters after Mr. Trump’s remarks, said the speech was long.",
            "Mr. Pence",
        ),
    ],
)
def test_names_after_roles_and_participle_asides(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # … but not one put to the subject
        ("He was asked: would he resign?", ("none", None)),
        # a name opening the sentence said what its "which" clause says it said
        (
            "Twitter, which initially said Jones had not broken its rules, later suspended him.",
            ("attributed", "Twitter"),
        ),
    ],
)
def test_questions_put_to_the_subject_and_a_which_clause_of_saying(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # "the group" after a group was named is no body named before
        (
            (
                "The Correspondents’ Association met on Monday.",
                "A group of protesters gathered outside.",
                "“We will stay,” the group said.",
            ),
            ("attributed", "the group"),
        ),
        # the writer's own question attributes nothing
        (("Will Brett Kavanaugh be confirmed to the Supreme Court?",), ("none", None)),
        (("So what does the Latin say?",), ("none", None)),
        # … a quoted one does
        (("“Is it true that pay was lower?” Roberts asked.",), ("attributed", "Roberts")),
    ],
)
def test_groups_named_before_and_the_writers_questions(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a lost comma glues the name "according to" gives to what it says
        ("According to Sheriff Hogrefe the FBI had provided information.", "Sheriff Hogrefe"),
        ("According to Pew the share has doubled since 2010.", "Pew"),
        # (a document and who issued it stay one source)
        (
            "According to a statement released by James Maron, the family is hopeful.",
            "James Maron",
        ),
    ],
)
def test_a_name_glued_to_what_it_says_after_according_to(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # anonymity told after the verb of saying, or "speaking anonymously"
        (
            (
                "The figure is higher, a World Health Organization official said on condition "
                "of anonymity.",
            ),
            [("claimed", "a World Health Organization official")],
        ),
        (
            ("Hotel staff, speaking anonymously, said the residents were registered elsewhere.",),
            [("claimed", "Hotel staff")],
        ),
        # claims for money by their kind, where they are handled, and the police's formula
        (("A gang filed bogus whiplash claims.",), [("none", None)]),
        (("Two insurers have opened emergency claim centres in the region.",), [("none", None)]),
        (
            (
                "Police said the man was taken to hospital with injuries that were not thought to "
                "be life-threatening.",
            ),
            [("attributed", "Police")],
        ),
        (("The man is believed to be in a critical condition.",), [("claimed", None)]),
        # the one who claimed gave nothing to back it: a note on their claim
        (
            (
                "Grant Mallory claimed that bureaucrats had sabotaged the transition.",
                "He offered no names or examples.",
            ),
            [("unverified", "Grant Mallory"), ("unverified", "Grant Mallory")],
        ),
        (
            (
                "A viral post claimed that a bacterium had been found at the beach.",
                "The post cites no test results, and no infections have been reported.",
            ),
            [("unverified", "a viral post"), ("unverified", "a viral post")],
        ),
        # (a plain statement of what was not given stays the writer's)
        (("The hospital gave no names of the victims.",), [("none", None)]),
        (("The ministry published no data on Tuesday.",), [("none", None)]),
    ],
)
def test_anonymity_after_the_verb_money_claims_and_notes_of_no_backing(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a report resting on sources it does not name
        (
            (
                "The Courier reported on Saturday, citing two Treasury sources, that ministers "
                "had drawn up plans.",
            ),
            ("claimed", "The Courier"),
        ),
        # people described only by what they know or saw
        (
            (
                "Officials credit the drop to a new rule, according to two people who have heard "
                "them discuss it.",
            ),
            ("claimed", "two people"),
        ),
        # one more of the unnamed just heard
        (
            (
                "One official, who asked not to be named, said talks had stalled.",
                "Another said no final decision had been made.",
            ),
            ("claimed", None),
        ),
        # … not one more of a named kind
        (
            ("Police said two men were arrested.", "Another witness said the car was red."),
            ("attributed", "Another witness"),
        ),
    ],
)
def test_unnamed_sources_cited_described_and_one_more(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the name in commas after the description of who made the claims
        (
            "The efforts follow allegations by Ellison’s ex-girlfriend, Karen Monahan, that "
            "Ellison abused her.",
            "Karen Monahan",
        ),
        # (an aside that is no name stays out)
        (
            "The claims made by a former footman, who worked at the palace, were denied.",
            "a former footman",
        ),
    ],
)
def test_a_name_in_commas_after_a_claims_agent(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # the fourth review's near misses: a "who" aside of a body, whose "it" follows
        (
            (
                "Mark Zuckerberg said the company would do better.",
                "Facebook, who has faced criticism over privacy, launched its new tool.",
                "He said the tool would give users more control.",
            ),
            ("attributed", "Mark Zuckerberg"),
        ),
        # a tag set into a question makes it a speaker's
        (("What, the minister said, was the alternative?",), ("attributed", "the minister")),
        (("Why, according to the company, did sales fall?",), ("attributed", "the company")),
        # a name ending in -ly is no adverb in a "which" clause
        (
            ("Antifa, which Kelly said was a domestic terrorist group, has no leader.",),
            ("attributed", "Kelly"),
        ),
        # claims by a kind that is no money's, and a verb after "claims"
        (
            ("Experts debunked the medical claims circulating online that garlic cures it.",),
            ("claimed", "the medical"),
        ),
        # no examples from one who made no claim just before is no note
        (
            (
                "Officials said the suspect, a former soldier, had been arrested in Leeds.",
                "He offered no names or examples when questioned.",
            ),
            ("none", None),
        ),
        (("The ONS published no data for March because of the pandemic.",), ("none", None)),
        # one who once spoke anonymously is named now
        (
            ("Mr Smith, who first spoke anonymously to the Times, said he was going public.",),
            ("attributed", "Mr Smith"),
        ),
        (
            ("Her late father often said to have faith in the process.",),
            ("attributed", "Her late father"),
        ),
        # a lost comma after "the" and a name
        (
            ("According to the Pentagon the strike killed 12 militants.",),
            ("attributed", "the Pentagon"),
        ),
    ],
)
def test_the_twenty_fourth_sessions_review(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # the second review: a note that no examples were given, said of one who made no
        # claim, is no note on the last speaker
        (
            (
                "Detective Inspector Mark Holt said the suspect had been questioned.",
                "He gave no names or examples and was returned to his cell.",
            ),
            [("attributed", "Mark Holt"), ("none", None)],
        ),
        (
            (
                "Dr Anthony Fauci said the vaccine was 95 per cent effective.",
                "The company has published no trials to support the figure, critics say.",
            ),
            [("attributed", "Dr Anthony Fauci"), ("attributed", "critics")],
        ),
        # a question that reports what someone said or promised stays theirs
        (
            ("Will prices really fall by 20 per cent, as the chancellor promised in March?",),
            [("attributed", "the chancellor")],
        ),
        (
            ("Why did police say on Friday that the suspect had acted alone?",),
            [("attributed", "police")],
        ),
        # a named historian citing sources, and people named after "who …"
        (
            ("Historian Mary Beard, citing ancient sources, said the emperor was poisoned.",),
            [("attributed", "Historian Mary Beard")],
        ),
        (
            (
                "According to two people who signed the letter, Professor Anne Reid and Dr Paul "
                "Lim, the university ignored the warnings.",
            ),
            [("attributed", "two people")],
        ),
        # "he" in the clause after a team's "who" aside is someone else
        (
            (
                "Alabama, who has won six titles under Nick Saban, lost as he watched.",
                "He said the defeat hurt.",
            ),
            [("none", None), ("attributed", "Nick Saban")],
        ),
    ],
)
def test_the_twenty_fourth_sessions_second_review(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a newspaper's record of words spoken names who spoke them, as "said" does
        (
            "In 2007 Mr. Huckabee was quoted as saying, “Climate change is here, it’s real.”",
            ("attributed", "Mr. Huckabee"),
        ),
        (
            "The talks were frank, a senior Polish banker was quoted by PAP as saying.",
            ("claimed", "a senior Polish banker"),
        ),
        (
            "Chang was quoted as saying this would depend on Taiwan's exports.",
            ("attributed", "Chang"),
        ),
        # (a price quoted is no one speaking)
        ("Shares were quoted at 12 pence in early trading.", ("none", None)),
    ],
)
def test_one_quoted_as_saying_is_the_speaker(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a finding's noun phrase starts after the clause before it ends
        (
            ("Hopes of a rate rise have gathered pace after figures showed prices rising.",),
            ("attributed", "figures"),
        ),
        (
            ("The pound rose after the poll found Labour ahead by five points.",),
            ("attributed", "the poll"),
        ),
        (
            ("The new study by Oxford researchers found that sleep aids memory.",),
            ("attributed", "Oxford researchers"),
        ),
        # figures that showed something quote no one after them
        (
            (
                "Rate rise fears grew after figures showed house prices are still rising.",
                "“If the committee were to judge that a rise was justified, so be it.”",
            ),
            ("attributed", None),
        ),
    ],
)
def test_a_findings_source_is_its_own_noun_phrase(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a plural's present tag closing the sentence, as "…, experts say."
        ("This time things are very different, experts warn.", ("attributed", "experts")),
        ("Prices will fall further, economists predict.", ("attributed", "economists")),
        # (a verb with an object is no tag)
        ("Houses were lost as the fires spread, and crews warn residents.", ("none", None)),
        # public condemnation, as "condemned"
        (
            "Last month, O’Malley denounced the pope’s defense of the Chilean bishop.",
            ("attributed", "O’Malley"),
        ),
        ("The mayor decried the decision as reckless.", ("attributed", "the mayor")),
        # a denial issued is a statement
        ("The company issued a denial on Tuesday.", ("attributed", "the company")),
    ],
)
def test_closing_plural_tags_condemnations_and_denials_issued(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a long document's maker is read whole, never cut inside a word
        (
            (
                "According to an interview transcript released Wednesday night by the Senate "
                "Judiciary Committee, she was reluctant.",
            ),
            ("attributed", "the Senate Judiciary Committee"),
        ),
        # "its" own text or site is the body's: the sentence's subject, or the body before
        (
            (
                "The court ordered the parties to file a report by November 19, according to "
                "its online docket.",
            ),
            ("attributed", "the court"),
        ),
        (
            (
                "The Foreign Office said it was monitoring the outbreak.",
                "Its website said that outbreaks tend to be seasonal.",
            ),
            ("attributed", "The Foreign Office"),
        ),
        # (the word "its", not a word that ends in it)
        (
            ("The Fruits Growers Association cut prices, according to its website.",),
            ("attributed", "The Fruits Growers Association"),
        ),
        # (with no body before it, the page stays as written)
        (
            ("Its website said the device was safe for children.",),
            ("attributed", "Its website"),
        ),
    ],
)
def test_a_documents_maker_and_its_own_texts(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


def test_a_long_agents_name_is_never_cut_inside_a_word() -> None:
    text = (
        "The plan was criticised by Transport Infrastructure Ireland Corporate Communications "
        "Department."
    )
    source = classify_sentence(text).source
    assert source is not None
    assert set(source.split()) <= set(text.rstrip(".").split())


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # where or when may come between "alleged" and its "that"
        (
            "Trump alleged in a morning tweet series that the former director is discredited.",
            ("claimed", "Trump"),
        ),
        (
            "Prosecutors alleged on Tuesday that the firm had hidden its losses.",
            ("claimed", "Prosecutors"),
        ),
        # (the adjective stays a hedge with no speaker)
        ("The alleged victim in the case said nothing in court.", ("claimed", None)),
    ],
)
def test_alleged_with_a_phrase_before_its_that(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a name in "'s" that owns nothing keeps its "'s"
        ("McDonald's said it would close 200 restaurants.", ("attributed", "McDonald's")),
        ("The outlook was cut to negative, Moody's said.", ("attributed", "Moody's")),
        # (a sentence with one capital, as lower-cased text looks, keeps a capitalised name's
        # "'s"; "Smith said" still goes to the full name the article gave)
        ("Macy's said it would close 20 stores.", ("attributed", "Macy's")),
        (
            "The shutdown cost $24bn, according to the ratings agency Standard & Poor’s.",
            ("attributed", "the ratings agency Standard & Poor’s"),
        ),
        (
            "A spokesman for Sainsbury's said the price would fall.",
            ("attributed", "a spokesman for Sainsbury's"),
        ),
        # (an owner's "'s" goes: the owner speaks)
        ("Mr Katter's statement said the deal was dead.", ("attributed", "Mr Katter")),
    ],
)
def test_a_name_in_s_that_owns_nothing(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # the review: findings in someone's words are theirs
        (
            (
                "Paul Dales, chief economist at Capital Economics, said the figures showed the "
                "recovery was stalling.",
            ),
            [("attributed", "Paul Dales")],
        ),
        (
            ("Police said the statistics showed a 20% rise in burglaries.",),
            [("attributed", "Police")],
        ),
        (
            ("Mr Hunt argued that the latest figures showed his plan was working.",),
            [("attributed", "Mr Hunt")],
        ),
        # figures are no one a later quotation or "he" is of
        (
            (
                "Arteta said the team had been poor.",
                "Opta data showed Arsenal had only two shots.",
                "“We were not good enough,” he said.",
            ),
            [("attributed", "Arteta"), ("attributed", "Opta data"), ("attributed", "Arteta")],
        ),
        (
            (
                "Data released on Wednesday showed inflation at 3%.",
                "“We are not complacent,” he added.",
            ),
            [("attributed", "Data"), ("attributed", None)],
        ),
        # "its" is a body's, never a thing's
        (
            ("The bill would cut funding for the BBC, according to its website.",),
            [("attributed", "its website")],
        ),
        (
            ("Shares of Tesla fell 5% after its report showed falling deliveries.",),
            [("attributed", "its report")],
        ),
        # no tag in a comparison or a concession, nor a work's present "decries"
        (("Voter turnout was lower than the polls suggest.",), [("none", None)]),
        (("Kane is not finished yet, whatever his doubters believe.",), [("none", None)]),
        (("The film decries the excesses of consumer culture.",), [("none", None)]),
        # a negated apology or quotation is none
        (("Despite the evidence, the company has never issued an apology.",), [("none", None)]),
        (
            ("Messi has never been quoted as saying he would return to Barcelona.",),
            [("none", None)],
        ),
    ],
)
def test_the_twenty_fifth_sessions_review(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the one an outlet quoted as saying is the speaker, not the outlet
        (
            "Reuters quoted a company spokesman as saying the plant would reopen on Monday.",
            ("attributed", "a company spokesman"),
        ),
        (
            "There was a lot of smoke, the broadcaster quoted one witness as saying.",
            ("attributed", "one witness"),
        ),
        # (a speaker named first keeps the sentence; a reduced passive's agent is the outlet,
        # the one quoted the name before it)
        (
            "Mardas said Greece would pay on time, and Spiegel quoted Johan Van Overtveldt as "
            "saying the same.",
            ("attributed", "Mardas"),
        ),
        (
            "The striker, quoted by L'Equipe as saying he wanted to leave, was dropped.",
            ("attributed", "the striker"),
        ),
        ("The plan, quoted by critics as proof of waste, was scrapped.", ("none", None)),
        # a name in commas after the role of the one quoted is the one quoted
        (
            "IRNA quoted Iran's foreign minister, Abbas Araghchi, as saying talks would resume.",
            ("attributed", "Abbas Araghchi"),
        ),
    ],
)
def test_the_one_an_outlet_quoted_as_saying(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a named party denying "the claims" rejects what was said (an insurer's money is
        # another matter)
        ("Smith denied the claims.", ("attributed", "Smith")),
        ("Chelsea denied these claims on Friday.", ("attributed", "Chelsea")),
        ("The insurer has denied claims filed after the flood.", ("none", None)),
        # a report or a memo of a named owner is the owner's words
        (
            "The debt of a divorced retiree averages £22,100, Prudential’s report said.",
            ("attributed", "Prudential"),
        ),
        # a linking adverb before the verb is no part of the speaker
        (
            "The committee therefore concluded that the plan was unsafe.",
            ("attributed", "the committee"),
        ),
        ("The minister thus said the plan would go ahead.", ("attributed", "the minister")),
    ],
)
def test_denied_claims_owned_reports_and_linking_adverbs(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a quotation that opens with its own verb of saying is of the one right before it
        (
            "For example, Ms. Ford “said she does not remember how the gathering came together.”",
            ("attributed", "Ms. Ford"),
        ),
        # (an idiom in quotation marks says nothing)
        ("He called it a “said and done” deal.", ("none", None)),
    ],
)
def test_a_verb_of_saying_quoted_with_its_words(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a named party's rebuttal of what was said, as "denied the allegations"
        ("Bartomeu refuted these claims.", ("attributed", "Bartomeu")),
        ("The club disputed the allegations on Friday.", ("attributed", "the club")),
        # (a fact disputed is no rebuttal of claims)
        ("The two countries disputed the border for decades.", ("none", None)),
    ],
)
def test_a_rebuttal_of_claims_is_the_rebutters(text: str, verdict: tuple[str, str | None]) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # the second review: a statistics office is a body, not figures
        (
            (
                "The Office for National Statistics said inflation fell to 2%.",
                "It added that food prices rose.",
            ),
            [
                ("attributed", "The Office for National Statistics"),
                ("attributed", "The Office for National Statistics"),
            ],
        ),
        # claims denied for money or a ruling stay none; a rebuttal ends its clause
        (("The referee denied the claims for a penalty.",), [("none", None)]),
        (("Insurers denied the claims filed after the hurricane.",), [("none", None)]),
        (("Smith denied the claims in a statement.",), [("attributed", "Smith")]),
        (("Customers disputed the charges with their banks.",), [("none", None)]),
        # an outlet quoting unnamed sources relays them; a misquote is none
        (("ESPN quoted sources as saying the deal was done.",), [("claimed", "sources")]),
        (
            ("The broadcaster falsely quoted the minister as saying the deal was done.",),
            [("none", None)],
        ),
        (("The talks had stalled, sources warn.",), [("claimed", "sources")]),
        (("He is guilty, his actions suggest.",), [("none", None)]),
        # a body's "'s" for "has" goes; a lone data head after a clause is the source
        (("The government's said it will act.",), [("attributed", "the government")]),
        (("Shares rallied when data showed exports surging.",), [("attributed", "data")]),
        # a quoted verb's speaker is the whole phrase before it; "said it all" is no saying
        (
            ("A spokesman for the Foreign Office “said the matter was closed”.",),
            [("attributed", "a spokesman for the Foreign Office")],
        ),
        # a thing alleged in a document names no speaker
        (
            ("The fraud alleged in the complaint that prosecutors filed ran to millions.",),
            [("claimed", None)],
        ),
        # a body's report is the body's
        (("The council's report said the plan was unsafe.",), [("attributed", "the council")]),
        (("Prudential’s report said the debt was rising.",), [("attributed", "Prudential")]),
    ],
)
def test_the_twenty_fifth_sessions_second_review(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


def test_a_surname_alone_still_goes_to_the_full_name_given() -> None:
    got = classify_sentences(["James Schmidt runs the farm.", "Schmidt said the rain came early."])
    assert got[-1].source == "James Schmidt"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # two roles joined by "and" are one subject; a clause before "and" is another clause
        (
            "The mayor and the police chief said the road would reopen.",
            ("attributed", "the mayor and the police chief"),
        ),
        (
            "He played for Surrey and the former batsman believes he can return.",
            ("attributed", "the former batsman"),
        ),
        # a list of subjects is all of them, not the words after its last comma
        (
            "Pundits, writers and fans say he is eccentric.",
            ("attributed", "Pundits, writers and fans"),
        ),
        (
            "France, Britain and the United States said the talks had failed.",
            ("attributed", "France, Britain and the United States"),
        ),
        # (an adverbial that opens the sentence is no part of it)
        (
            "On Tuesday, police and firefighters said the fire was out.",
            ("attributed", "police and firefighters"),
        ),
        (
            "In a joint statement, Germany, France and Italy said the deal was fair.",
            ("attributed", "Germany, France and Italy"),
        ),
        (
            "The US, Britain and France said the talks had failed.",
            ("attributed", "The US, Britain and France"),
        ),
        # (bodies and groups joined, not a clause: "The storm hit and the mayor said")
        (
            "The army and the police said the area was secure.",
            ("attributed", "the army and the police"),
        ),
        (
            "The company and its auditors said the accounts were accurate.",
            ("attributed", "the company and its auditors"),
        ),
        ("The storm hit and the mayor said the town was flooded.", ("attributed", "the mayor")),
        # words after "said" that run into a verb of their own were said, they did not say it
        (
            "The couple, Jesse and Melissa Meek, said the clip took five takes.",
            ("attributed", "Jesse and Melissa Meek"),
        ),
        (
            "Local officials, speaking on condition of anonymity, said the toll in remote valleys "
            "could be far higher.",
            ("claimed", "Local officials"),
        ),
        # (a relative clause after the inverted speaker describes them)
        ("“We won,” said the coach who had led them.", ("attributed", "the coach")),
    ],
)
def test_coordinated_subjects_and_a_said_clause_after_the_verb(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a note closing the sentence whose own clause reported the statement: the speaker's
        (
            "The rebels claimed to have shot down a helicopter, but the claim could not be "
            "independently verified.",
            ("unverified", "the rebels"),
        ),
        (
            "Hamas said 30 people had been killed; the figure could not be independently "
            "verified.",
            ("unverified", "Hamas"),
        ),
        (
            "The army said it had killed 50 fighters, though Reuters could not independently "
            "verify the figure.",
            ("unverified", "the army"),
        ),
    ],
)
def test_a_note_closing_the_sentence_that_reported_the_statement(
    text: str, verdict: tuple[str, str | None]
) -> None:
    assert _verdict(text) == verdict


def test_a_note_inside_a_speakers_words_stays_on_the_claims_it_names() -> None:
    got = classify_sentences(
        [
            "A hacking group calling itself ByteWraith claimed it had copied records for 8 "
            "million users.",
            "Stridely said it could not confirm that figure, and a sample posted by the group "
            "could not be independently verified.",
        ]
    )
    assert [(s.status.value, s.source) for s in got] == [
        ("unverified", "ByteWraith"),
        ("unverified", "ByteWraith"),
    ]


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # a closing tag with any past form of reporting names who reports the clause before
        (
            ("Investors fear the company will miss its targets, analyst Paul Kim noted.",),
            ("attributed", "Paul Kim"),
        ),
        (("Farmers fear the worst, the union warned.",), ("attributed", "the union")),
        # (after a quotation with its own tag, that tag's speaker)
        (
            (
                "John Boehner left the meeting early.",
                "“Nice to see all of you,” he said as he kept walking, CNN’s Deirdre Walsh "
                "tweeted.",
            ),
            ("attributed", "John Boehner"),
        ),
    ],
)
def test_closing_tags_of_reporting(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # names joined after an inverted verb or "according to" are all of them
        ("'We were not consulted,' said Helen Park and David Osei.", "Helen Park and David Osei"),
        (
            "According to Tom Smith, Ann Jones and Raj Patel, the deal is off.",
            "Tom Smith, Ann Jones and Raj Patel",
        ),
        # (an apposition is no list, nor a clause that goes on after the names)
        ("According to Tom Smith, a spokesman, the deal is off.", "Tom Smith"),
        ("According to Reuters, Britain and France agreed.", "Reuters"),
    ],
)
def test_names_joined_after_an_inverted_verb_or_according_to(text: str, source: str) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "verdict"),
    [
        # the review's counter-examples: a note after an answer is on the claim answered
        (
            (
                "Hamas said 30 people had been killed in the strike.",
                "The Israeli military said it was looking into the report; the figure could not "
                "be independently verified.",
            ),
            ("unverified", "Hamas"),
        ),
        # an opener set off by its comma is no item of a list of subjects
        (("Frustrated, Smith and Jones said they would go.",), ("attributed", "Smith and Jones")),
        (
            ("Asked about the plan, Smith and Jones said they would go.",),
            ("attributed", "Smith and Jones"),
        ),
        (
            ("LONDON, Labour and the Greens said the vote was lost.",),
            ("attributed", "Labour and the Greens"),
        ),
        # a closing tag that is a clause or a comparison names no one
        (
            ("The family was told on Friday, hours before the verdict was announced.",),
            ("attributed", None),
        ),
        (
            ("The company posted a loss of $2 billion, more than analysts had predicted.",),
            ("attributed", "the company"),
        ),
        (
            ("Farmers fear the year's harvest will fail, the union warned.",),
            ("attributed", "the union"),
        ),
        # a subordinate clause after the inverted speaker tells of them
        (
            ("It was the worst day of my life, said the mother as she was led away.",),
            ("attributed", "the mother"),
        ),
        # a body's name cut at its "for" is no body: its own site stays as written
        (
            (
                "The Royal Society for the Prevention of Cruelty to Animals rescued 100 dogs, "
                "according to its website.",
            ),
            ("attributed", "its website"),
        ),
    ],
)
def test_the_twenty_sixth_sessions_review(
    texts: tuple[str, ...], verdict: tuple[str, str | None]
) -> None:
    assert _verdict(*texts) == verdict


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # one who only said it, right before, gave nothing to back it: a note on what they said
        (
            ("The mayor said crime had fallen by half.", "He offered no evidence."),
            [("unverified", "the mayor"), ("unverified", "the mayor")],
        ),
        (
            (
                "The airline trade group Skyways Council said the rule would drive up fares.",
                "The group did not provide any figures to support that prediction.",
            ),
            [("unverified", "the airline trade group Skyways Council")] * 2,
        ),
        # … on the run of what they said, unless it names one statement
        (
            (
                "Grant Mallory told the Meridian Network that bureaucrats had sabotaged it.",
                '"They leak, they stall, they wait us out," he said.',
                "He offered no names or examples.",
            ),
            [("unverified", "Grant Mallory")] * 3,
        ),
        (
            (
                "Senator Ann Cole said the mill would close.",
                "She said 400 jobs would go.",
                "She offered no evidence to support the claim.",
            ),
            [("attributed", "Ann Cole"), ("unverified", "Ann Cole"), ("unverified", "Ann Cole")],
        ),
        # (a "he" after a statement that told of another may be that other)
        (
            ("Police said they had arrested John Smith, 34.", "He offered no evidence of it."),
            [("attributed", "Police"), ("unverified", "John Smith")],
        ),
        # the speaker's own second verb gives nothing to back it (not another's, nor a note)
        (
            ("The group said the drug cures the virus in 48 hours, but presented no data.",),
            [("unverified", "the group")],
        ),
        (
            (
                "Police said they had no reports of attacks from Rowlands and could not confirm "
                "his figures.",
            ),
            [("unverified", None)],
        ),
        # the writer's finding that what was claimed is not there, right after the claim
        (
            (
                "A viral post claims the city will fine residents for using fans.",
                "No such rule exists.",
            ),
            [("unverified", "a viral post"), ("unverified", "a viral post")],
        ),
        (("No such rule exists.",), [("none", None)]),
        # a note on the same thing by another word
        (
            (
                "A video purportedly showing the minister taking cash has been viewed 4 million "
                "times.",
                "The clip first appeared on an anonymous account, and its authenticity could not "
                "be verified.",
            ),
            [("unverified", None), ("unverified", None)],
        ),
        # a body's role given in an apposition with its clause, for its whole name
        (
            (
                "The bill was pushed by the Center for Arizona Policy, a conservative group that "
                "opposes it.",
                "The group says the proposal clarifies state law.",
            ),
            [("none", None), ("attributed", "the Center for Arizona Policy")],
        ),
        (
            (
                "The contract went to Brindle Labs, a software firm which has offices in Leeds.",
                "The firm said it would hire 50 people.",
            ),
            [("none", None), ("attributed", "Brindle Labs")],
        ),
        # a preposition's object before "and" and the verb is no subject of it
        (
            ("Police arrested two men after the raid and said more arrests were likely.",),
            [("attributed", "Police")],
        ),
        (
            ("The mayor opened the bridge after heavy rains last week and said it would help.",),
            [("attributed", "the mayor")],
        ),
        # (a subordinate clause keeps its own subject)
        (
            ("The council voted after the mayor said he would veto it.",),
            [("attributed", "the mayor")],
        ),
        # a plural subject is not the "he" of the tag, whom no line names: unknown, not a guess
        (("Voters are angry, he said.",), [("attributed", None)]),
        (("Democrats are worried, they said.",), [("attributed", "Democrats")]),
        (("Bates is relaxed about it, he says.",), [("attributed", "Bates")]),
        # anonymity asked for in those words, or speaking privately set off in commas
        (
            ("An insider, who requested anonymity for fear of reprisals, said staff were told.",),
            [("claimed", "An insider")],
        ),
        (
            ("One executive, speaking privately, said the merger talks had gone cold.",),
            [("claimed", "One executive")],
        ),
        # a body named right before ", which" and the verb (not a place a role is of)
        (
            (
                "The figures were published by the Office for Budget Responsibility, which said "
                "borrowing would exceed forecasts.",
            ),
            [("attributed", "the Office for Budget Responsibility")],
        ),
        (
            (
                "The drone was shot down, according to Russia's defence ministry, which did not "
                "provide evidence for the claim.",
            ),
            [("unverified", "Russia's defence ministry")],
        ),
        (
            (
                "A statement tweeted by Ann Cole, the mayor of Oakland, which noted the raids, "
                "was deleted.",
            ),
            [("attributed", None)],
        ),
        # how a figure was reached, not told; or figures not given
        (
            (
                "The group estimated that 15,000 people attended but did not say how it arrived "
                "at the figure.",
            ),
            [("unverified", "the group")],
        ),
        (
            ("The ministry said, without providing figures, that waiting lists were falling.",),
            [("unverified", "the ministry")],
        ),
        (
            ("The company said sales rose, without providing figures for March.",),
            [("attributed", "the company")],
        ),
        # a subordinate clause that is whole before the verb is not its subject
        (
            ("Fans who were inside when the roof collapsed described scenes of panic.",),
            [("attributed", "Fans")],
        ),
        (
            ("Witnesses who saw the car before it crashed said it was speeding.",),
            [("attributed", "Witnesses")],
        ),
        # a paper known by its head is "the paper"; a police force "the force"
        (
            (
                "The Journal reported that the group was pushing for cuts.",
                "Its thinking, according to the paper, is that taxes alone cannot work.",
            ),
            [("attributed", "The Journal"), ("attributed", "The Journal")],
        ),
        (
            (
                "The Times reported the deal.",
                "A paper by Jane Doe found the drug worked.",
                "According to the paper, the drug cut deaths by half.",
            ),
            [("none", None), ("attributed", "Jane Doe"), ("attributed", "Jane Doe")],
        ),
        (
            (
                "Greater Manchester Police said two people had been arrested.",
                "The force said on its Twitter feed: “Keep calm, people!”",
            ),
            [("attributed", "Greater Manchester Police")] * 2,
        ),
        # the name after an office of a body in an inverted tag holds it; not after a tie
        (
            ('"It is over," said the chair of the council, Amina Jusu.',),
            [("attributed", "Amina Jusu")],
        ),
        (
            ('"He was kind," said his neighbour of 30 years, Beatrice Onwuka.',),
            [("attributed", "Beatrice Onwuka")],
        ),
        (
            ('"It is over," said the mother of the victim, Sarah Jones.',),
            [("attributed", "the mother of the victim")],
        ),
        # a participle of saying after the main clause, and what the subject goes on to say
        (
            (
                "Liliana Rodriguez started a fundraiser on October 3, explaining that he had "
                "been shot.",
            ),
            [("attributed", "Liliana Rodriguez")],
        ),
        (
            ("The department then went on to note that he could appeal the firing.",),
            [("attributed", "the department")],
        ),
        (
            ("The article goes on to say that she was reluctant to speak.",),
            [("attributed", "the article")],
        ),
        (("The team went on to win the cup, explaining nothing.",), [("none", None)]),
        # people named by what they do are no firm a later "the bank" means
        (
            ("Hackers claimed to have stolen the data.", "The bank said it was investigating."),
            [("claimed", "Hackers"), ("attributed", "the bank")],
        ),
    ],
)
def test_the_twenty_seventh_session(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # details a statement kept short are no missing evidence; another party's failing is
        # not the speaker's; a "he" after a statement of "Mr Jones" may be Mr Jones
        (
            ("The company said it would close three plants.", "It gave no details."),
            [("attributed", "the company"), ("unverified", None)],
        ),
        (
            ("Prosecutors said Smith had stolen $2 million.", "His lawyer offered no evidence."),
            [("attributed", "Prosecutors")],
        ),
        (
            ("The judge said Mr Jones had shown no remorse.", "He offered no evidence."),
            [("attributed", "the judge")],
        ),
        # a firm whose one-word name looks like people by what they do, shown as "its"
        (
            ("Rogers said its network was restored.", "The company said customers get a credit."),
            [("attributed", "Rogers"), ("attributed", "Rogers")],
        ),
        # what is yet to come is no verdict on a claim
        (
            (
                "A source claimed the club would sign a striker.",
                "No such deal has been signed yet.",
            ),
            [("claimed", "a source"), ("none", None)],
        ),
        # a role with its clause after the end of a longer name, or after "of", learns nothing
        (
            (
                "Customers of TSB, the bank that suffered an IT meltdown, were locked out.",
                "The bank said it was sorry.",
            ),
            [("none", None), ("attributed", "the bank")],
        ),
        (
            (
                "Friends of the Earth, a green group that campaigns on climate, was furious.",
                "The group said the plan was weak.",
            ),
            [("none", None), ("attributed", "the group")],
        ),
        # … but a preposition's object may have objects of its own, and a time
        (
            (
                "Police arrested two men after a raid on a warehouse in Leeds on Thursday and "
                "said drugs had been seized.",
            ),
            [("attributed", "Police")],
        ),
        (
            ("The club sacked its coach after a run of seven defeats and said he would go.",),
            [("attributed", "the club")],
        ),
        # the subject that gave nothing to back its own claim is the note's owner
        (
            ("The company offered no evidence for its assertion that hackers caused the outage.",),
            [("unverified", "the company")],
        ),
        # … whichever of the claim nouns the note names, on every line of the list
        (
            ("The ministry offered no evidence for its numbers.",),
            [("unverified", "the ministry")],
        ),
        (
            ("The ministry offered no evidence for its photos.",),
            [("unverified", "the ministry")],
        ),
        # a councillor is one who may speak, listed with others
        (
            ("Two residents and a local councillor said the pothole had been reported.",),
            [("attributed", "Two residents and a local councillor")],
        ),
        # a phrase holding a verb the word lists may not know is no preposition's object
        (
            ("Stocks fell after the president hit China with tariffs and said more would come.",),
            [("attributed", "the president hit China")],
        ),
        # a court's anonymity, a named speaker's privacy, a journey: none of them a source
        # kept unnamed or a figure not explained
        (("The boy, who was granted anonymity by the court, cannot be named.",), [("none", None)]),
        (
            ("Mr Johnson, speaking privately, told colleagues the plan would fail.",),
            [("attributed", "Mr Johnson")],
        ),
        (("Police did not say how he arrived at the hospital.",), [("none", None)]),
        # the end of a longer name before ", which" is not the body
        (
            ("The stake was sold to Électricité de France, which said the deal was done.",),
            [("attributed", None)],
        ),
        # one force of its kind; a research paper the lines told of
        (
            ("Police said the road was closed.", "The air force said the jet had crashed."),
            [("attributed", "Police"), ("attributed", "the air force")],
        ),
        (
            (
                "The Times reported that the findings were striking.",
                "Researchers at Oxford published a paper in Nature.",
                "The paper said the drug cut deaths by half.",
            ),
            [("attributed", "The Times"), ("none", None), ("attributed", "the paper")],
        ),
    ],
)
def test_the_twenty_seventh_sessions_review(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts)[: len(verdicts)] == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # a study's finding with an aside between commas is the study's, or its maker's
        (
            ("The study, published on Thursday in PLOS One, found the statues stand by lakes.",),
            [("attributed", "the study")],
        ),
        (
            (
                "The research, carried out by Leeds University and reported in The Times, shows "
                "that the population will rise.",
            ),
            [("attributed", "Leeds University")],
        ),
        (
            ("The company’s financial report, released on 6 August, showed net income dropped.",),
            [("attributed", "the company")],
        ),
        (
            (
                "Peter Clarke, a former police chief, led the inquiry.",
                "His report, published in July, found there had been a co-ordinated campaign.",
            ),
            [("none", None), ("attributed", "Peter Clarke")],
        ),
        # a document's maker after another determiner
        (
            ("Another report from the Mexican government said eight Mexicans died.",),
            [("attributed", "the Mexican government")],
        ),
        # a report before its words, a bare day and a colon (not the passive's time)
        (("As ABC reported Friday evening:",), [("attributed", "ABC")]),
        (("The fire was reported Tuesday, and crews arrived.",), [("none", None)]),
        # the way one put it (not the writer's idiom, nor putting a thing somewhere)
        (("As Smith puts it, the plan was dead.",), [("attributed", "Smith")]),
        (("To put it bluntly, the plan was dead.",), [("none", None)]),
        (("Ronaldo put it away in the second half.",), [("none", None)]),
        # an "as" aside between dashes holds its own speaker (not "as expected")
        (
            ("Traffic came to a halt — as the court said — at part of the bridge.",),
            [("attributed", "the court")],
        ),
        (("Smith — as expected — said the plan was dead.",), [("attributed", "Smith")]),
        # a tag that goes on with what was said, as an aside or closing a quotation (not
        # going on with play, nor with doing a thing)
        (
            ("That world view, Santorum continued, suggests that man could harm the Earth.",),
            [("attributed", "Santorum")],
        ),
        (
            ("Approval is only needed for recordings,” the statement continued.",),
            [("attributed", "the statement")],
        ),
        (("In the second half, Smith continued, scoring twice.",), [("none", None)]),
        (("In 2019, Apple continued, as before, to sell phones.",), [("none", None)]),
        # a body that put out its own document of a kind speaks through it later
        (
            (
                "Shell published its annual energy transition report on Wednesday.",
                "The report said oil demand would keep rising until 2035.",
            ),
            [("none", None), ("attributed", "Shell")],
        ),
        (
            (
                "Acme Corp filed a lawsuit in federal court in Oakland on Monday.",
                "The lawsuit alleges that drivers were wrongly classified as contractors.",
            ),
            [("none", None), ("claimed", "Acme Corp")],
        ),
    ],
)
def test_asides_tags_and_the_makers_of_documents(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # the person the lines before the first question were about answers it, even named
        # once, and a first name with its accents is a first name
        (
            (
                "Chloé Marchetti, 38, became the first woman to manage a club in Serie A.",
                "Q: What was the first thing you changed?",
                "A: The mentality, and I told the players so on the first day.",
            ),
            [("none", None), ("none", None), ("attributed", "Chloé Marchetti")],
        ),
        # a transcript's turn is the words of the person its capitals name (not a label the
        # article named no one by)
        (
            (
                "Below is a transcript of our conversation with Dr Aryan Mehta.",
                "MEHTA: We had 14 patients on trolleys in the corridor that night.",
                "INTERVIEWER: Was that unusual?",
                "UPDATE: The ward has since reopened.",
            ),
            [("none", None), ("attributed", "Aryan Mehta"), ("none", None), ("none", None)],
        ),
        (
            (
                "Our podcast talks to the climber Pemba Sherpa about his 19th ascent of Everest.",
                "PEMBA SHERPA: The mountain is much more crowded now.",
            ),
            [("none", None), ("attributed", "Pemba Sherpa")],
        ),
    ],
)
def test_interviews_and_transcripts(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # a body's initials are no relative pronoun, nor a report from it unnamed media
        (
            ("A report from the WHO said 1.7 million people had been displaced.",),
            [("attributed", "the WHO")],
        ),
        (
            ("Reports from the region said more than 100 people had been killed.",),
            [("claimed", None)],
        ),
        # researchers where they work, and a team of them
        (
            ("Researchers at Karolinska Institutet found that dog owners had less asthma.",),
            [("attributed", "Researchers at Karolinska Institutet")],
        ),
        (
            ("A team of researchers at the University of Oxford found that rats dream.",),
            [("attributed", "researchers at the University of Oxford")],
        ),
        # a body or an office that rules finds "that" (not a verdict, nor a jury's)
        (
            ("The tribunal found that the firm had acted unlawfully.",),
            [("attributed", "the tribunal")],
        ),
        (
            ("Mr Justice Farraday found that midwives had missed clear signs of distress.",),
            [("attributed", "Mr Justice Farraday")],
        ),
        (("The court found him guilty of fraud.",), [("none", None)]),
        (("A jury found that he had acted in self-defence.",), [("none", None)]),
        # a denial in the present by more than one (not an infinitive's)
        (("They deny any wrongdoing.",), [("attributed", None)]),
        (("It is hard to deny the charges.",), [("none", None)]),
        # what was revealed, as an aside before the clause it tells (not a participle's)
        (
            ("As the Financial Times revealed in January, the regulator opened an inquiry.",),
            [("attributed", "the Financial Times")],
        ),
        (("The plan, revealed in January, was dropped.",), [("none", None)]),
    ],
)
def test_findings_denials_and_revelations(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # one's own writings, by the pronoun that owns them, are the name before it
        (
            ("Vanderbilt married four times but, according to her memoirs, loved only once.",),
            [("attributed", "Vanderbilt")],
        ),
        # … and when nothing before takes the pronoun up, the text itself
        (
            ("The minister resigned.", "His statement said he was sorry."),
            [("none", None), ("attributed", "His statement")],
        ),
    ],
)
def test_owners_of_writings(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # a closing tag that tells its audience (not an order, nor a role apposed to a name)
        (
            (
                "A man stabbed his partner after she told him it was over, prosecutors told "
                "Leeds Crown Court on Tuesday.",
            ),
            [("attributed", "prosecutors")],
        ),
        (("He ran away, his mother told him to stop.",), [("none", None)]),
        (
            ("The boy was not hurt, Dr. Christopher Kuhar, the zoo's director told Fox 8.",),
            [("attributed", "Dr. Christopher Kuhar")],
        ),
        # the outlet that broke a story (not published research)
        (
            ("Business Insider first reported the planned cuts on Tuesday.",),
            [("attributed", "Business Insider")],
        ),
        (
            ("Professor Helen Marsh first reported the link in a 2011 study.",),
            [("none", None)],
        ),
        # "with" someone calling or describing it
        (
            ("Care is poor, with the Royal College of Nursing describing it as a crisis.",),
            [("attributed", "the Royal College of Nursing")],
        ),
        # the name apposed to a long description after "according to", and a name's particle
        (
            ("Rebels won, according to a local civil society leader, Jean Mushagalusa.",),
            [("attributed", "Jean Mushagalusa")],
        ),
        (
            ("His manager, Peter van Dijk, said the athlete would appeal.",),
            [("attributed", "Peter van Dijk")],
        ),
        # things seen, states declared, and a clause joined by "as" are no one's words
        (
            ("Astronomers have found the most distant galaxy ever observed, a faint smudge.",),
            [("none", None)],
        ),
        (("The state has declared a state of emergency in 79 towns.",), [("none", None)]),
        (
            ("Its shares have fallen 22% since January as investors worry that sales will slow.",),
            [("attributed", "investors")],
        ),
        # scientists from a body named with its kind
        (
            ("Scientists from the World Weather Attribution group found that it doubled.",),
            [("attributed", "Scientists from the World Weather Attribution group")],
        ),
    ],
)
def test_tags_appositions_and_things_that_do_not_speak(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # a body that names itself speaks by that name, and "the group" is it later (not a
        # name others give it)
        (
            (
                "A hacking group calling itself NightLedger said it had stolen customer data.",
                "The group's claims could not be independently verified.",
            ),
            [
                ("unverified", "NightLedger"),
                ("unverified", "NightLedger"),
            ],
        ),
        (
            ("The group, which calls itself ShadeNet, said it had the data.",),
            [("attributed", "ShadeNet")],
        ),
        (
            ("A group called Acme said it carried out the attack.",),
            [("attributed", "a group called Acme")],
        ),
        # a report to the police or to a board is no statement, nor a finding first reported
        (("She reported the attack to police.",), [("none", None)]),
        (("The CEO reported the fraud to the board.",), [("none", None)]),
        (
            ("Dr Anna Varga first reported the link between night shifts and stroke in 2019.",),
            [("none", None)],
        ),
    ],
)
def test_bodies_that_name_themselves_and_reports_to_others(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # words said "after" or "while" doing something are the main subject's (not "after
        # saying that," with "that" its object), and an irregular past ends no speaker's name
        (
            ("Housebuilder Thornbury Homes slid 6% after warning that mortgage rates hit sales.",),
            [("attributed", "Housebuilder Thornbury Homes")],
        ),
        (
            ("The minister resigned after admitting that he had misled parliament.",),
            [("attributed", "the minister")],
        ),
        (("After saying that, he left.",), [("none", None)]),
    ],
)
def test_words_said_after_doing_something(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # a review's lookalikes: a tag or a source between a study's commas is the speaker
        (("The study, Smith said, found that bees sleep.",), [("attributed", "Smith")]),
        (
            ("The report, according to Reuters, found that 40 people died.",),
            [("attributed", "Reuters")],
        ),
        # a body's name that ends in "Research" before an aside is no study of its own (no
        # "for Economic Policy Research"): the study's author, whole, as "a report by the
        # IEA" is the IEA's
        (
            (
                "A study by the Centre for Economic Policy Research, a think tank, concluded "
                "that the plan failed.",
            ),
            [("attributed", "the Centre for Economic Policy Research")],
        ),
        # going on after a time or a place is no tag
        (("After the break, Smith continued, unfazed by the crowd.",), [("none", None)]),
        (("Overnight, Hurricane Milton continued, unabated, toward Florida.",), [("none", None)]),
        # reports to others, and events first reported, are no statements
        (("He reported the matter to the FBI.",), [("none", None)]),
        (("Residents first reported the smell on Monday.",), [("none", None)]),
        # no denial: a modal's, a relative's, nor keeping something from someone
        (("No one can deny the charges are serious.",), [("none", None)]),
        (("Landlords routinely deny the tenants their deposits.",), [("none", None)]),
        # what one revealed in a relative clause, or with no one named, tells nothing
        (("The new iPhone, which Apple revealed in September, sold well.",), [("none", None)]),
        (("As revealed in January, the plan was shelved.",), [("none", None)]),
        # a verdict spoken aloud, and what one first observed
        (("Smith declared it a triumph.",), [("attributed", "Smith")]),
        (("As Darwin first observed, species adapt.",), [("attributed", "Darwin")]),
        # reports from a place stay unnamed
        (("Reports from the US said the deal was off.",), [("claimed", None)]),
        # an idiom, and a place after "according to" a description (an adviser unnamed is an
        # anonymous source, since the forty-second session)
        (("With fans calling it a day at half-time, the ground emptied.",), [("none", None)]),
        (
            ("Talks stalled, according to an adviser to the prime minister, Downing Street.",),
            [("claimed", "an adviser to the prime minister")],
        ),
        # a self-given name joined by "for"
        (
            (
                "A group calling itself Citizens for Truth paid for the ads.",
                "The group said it would hold a rally.",
            ),
            [("none", None), ("attributed", "Citizens for Truth")],
        ),
        # a dateline is no transcript's turn, and an explainer's answers are the writer's
        (
            ("Whitney Houston died in 2012.", "HOUSTON: Flooding closed schools across the city."),
            [("none", None), ("none", None)],
        ),
        (
            (
                "Chancellor Rachel Reeves announced a new tax on Monday.",
                "Q: Who will pay the tax?",
                "A: Households earning over £100,000.",
            ),
            [("attributed", "Rachel Reeves"), ("none", None), ("none", None)],
        ),
        # the interviewee is the one the intro named first, and a title may open a turn
        (
            (
                "Chloé Marchetti, 38, became the first woman to manage a club in Serie A.",
                "Her coach, Paul Dupont, said she was ready.",
                "Q: What did you change?",
                "A: The mentality, and I told the players so.",
            ),
            [
                ("none", None),
                ("attributed", "Paul Dupont"),
                ("none", None),
                ("attributed", "Chloé Marchetti"),
            ],
        ),
        (
            (
                "Below is a transcript of our conversation with Dr Aryan Mehta.",
                "DR MEHTA: We had 14 patients on trolleys.",
            ),
            [("none", None), ("attributed", "Aryan Mehta")],
        ),
    ],
)
def test_the_reviews_lookalikes(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # a document put out with what it says in a participle: whoever put it out says it
        (
            ("The family filed a lawsuit against the hospital alleging negligence.",),
            [("claimed", "the family")],
        ),
        (
            ("Three former employees filed a complaint alleging the company discriminated.",),
            [("claimed", "Three former employees")],
        ),
        (
            ("The union sent an email to members claiming the deal was a betrayal.",),
            [("claimed", "the union")],
        ),
        (
            ("Smith's lawyers filed a motion arguing that the evidence was obtained illegally.",),
            [("attributed", "Smith's lawyers")],
        ),
        (
            ("Residents signed a petition arguing that the park should stay open.",),
            [("attributed", "Residents")],
        ),
        (
            ("Police filed a report noting that the car had been stolen.",),
            [("attributed", "Police")],
        ),
        # a subject too long to quote whole: not the name that completes a place it is from
        (
            (
                "On Friday, an environmental group and private property owners from the border "
                "state of Texas filed a motion claiming the order is unconstitutional.",
            ),
            [("claimed", "an environmental group")],
        ),
        (
            ("Private property owners from the border state of Texas said the order is unfair.",),
            [("attributed", "Private property owners")],
        ),
        (
            ("Residents in the Christian town of Ten Tena say they fear further attacks.",),
            [("attributed", "Residents")],
        ),
        (
            ("Doctors at the University of Michigan said the drug works.",),
            [("attributed", "Doctors at the University of Michigan")],
        ),
        # a figure's thousands separator is no comma before the subject
        (("The 2,500 workers said they would strike.",), [("attributed", "the 2,500 workers")]),
        (
            ("In Leeds, 2,500 workers said they would strike.",),
            [("attributed", "2,500 workers")],
        ),
        (
            ("The firm, with 12,000 staff, said it would cut jobs.",),
            [("attributed", "the firm")],
        ),
        # … not a document that says nothing here, nor one that shows rather than says
        (("The family filed a lawsuit against the hospital on Monday.",), [("none", None)]),
        (("She posted a video showing the flood in her street.",), [("none", None)]),
        (("The club signed a new striker saying goodbye to its old one.",), [("none", None)]),
    ],
)
def test_documents_put_out_with_their_words(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("texts", "verdicts"),
    [
        # what a person appeared or seemed to say is still theirs, read by the writer
        (
            ("However, Clinton appeared to suggest she would seek to negotiate the agreement.",),
            [("attributed", "Clinton")],
        ),
        (
            ("Jane Smith seemed to concede that the talks had stalled.",),
            [("attributed", "Jane Smith")],
        ),
        # … not what a thing appears to say: the writer's inference
        (("It seems to say a lot about the club.",), [("none", None)]),
        (("The result appears to reject the idea.",), [("none", None)]),
        (("The weather seemed to warn of worse to come.",), [("none", None)]),
        (("The images appear to suggest a cover-up.",), [("none", None)]),
    ],
)
def test_what_someone_appeared_to_say(
    texts: tuple[str, ...], verdicts: list[tuple[str, str | None]]
) -> None:
    assert _verdicts(texts) == verdicts


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a senior official of a body whose name runs to two words is as unnamed
        (
            "A senior Transport Ministry official said the line would close in May.",
            "claimed",
            "a senior Transport Ministry official",
        ),
        (
            "A top Kestrel Water official said the reservoir was half empty.",
            "claimed",
            "a top Kestrel Water official",
        ),
        # unnamed speakers whose words others tell: those others are the source of the whole
        (
            "Two senior party officials told the inquiry that the chairman knew of the loan,"
            " according to people familiar with their testimony.",
            "claimed",
            "people familiar with their testimony",
        ),
        # (not a later part of the sentence that says nothing of the speakers' words)
        (
            "A senior official said the talks would resume, after the minister had left.",
            "claimed",
            "a senior official",
        ),
    ],
)
def test_unnamed_officials_of_long_bodies_and_the_sources_that_tell_of_them(
    text: str, status: str, source: str
) -> None:
    sentence = classify_sentence(text)
    assert (sentence.status, sentence.source) == (ClaimStatus(status), source)


def test_a_paper_named_with_the_is_no_she_or_woman_later() -> None:
    sentences = classify_sentences(
        [
            "The caller hung up before help came, according to the Portland Dispatch.",
            "In the next call, the woman pleads for help.",
            "“Please help me,” she asks the dispatcher.",
            "“My husband shot the officer,” the woman adds.",
        ]
    )
    assert sentences[2].source not in ("Portland Dispatch", "the Portland Dispatch")
    assert sentences[3].source not in ("Portland Dispatch", "the Portland Dispatch")


def test_a_plural_before_a_name_is_no_title_of_theirs() -> None:
    sentences = classify_sentences(
        [
            "Prosecutors found ten times Ortega had married in a single year.",
            "The Times reported that Ortega wed twice in one week.",
        ]
    )
    # ("times" before her name is no title she bears)
    assert sentences[1].source == "The Times"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a document and what it is of, then its maker after the participle
        (
            "According to a report into the crash published by the Air Accidents"
            " Investigation Branch, the pilot turned too early.",
            "the Air Accidents Investigation Branch",
        ),
        (
            "According to figures on knife crime released by the Home Office, crime fell.",
            "the Home Office",
        ),
    ],
)
def test_a_document_of_something_is_its_makers_after_the_participle(
    text: str, source: str
) -> None:
    assert classify_sentence(text).source == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a speaker's verdict on another's claims flags them as that other's
        (["The minister said the charity's figures were unproven."], "the charity"),
        (["Ms Ortiz argued that the Bureau's claims remain unverified."], "the Bureau"),
        (
            [
                "The Hollin Trust said 900,000 people had used its food banks.",
                "Mr Carver said the Trust’s figures were ‘unverified’.",
            ],
            "The Hollin Trust",
        ),
        # (no one's claims named: the speaker's verdict is theirs)
        (["The minister said the figures were unproven."], "the minister"),
    ],
)
def test_a_verdict_reported_on_someones_claims_is_on_theirs(texts: list[str], source: str) -> None:
    sentence = classify_sentences(texts)[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.UNVERIFIED, source)


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell in every region, said the company’s newly appointed chief executive"
        " John Smith in a memo to staff.",
        "Job cuts will come in areas that do not support Halvard’s core business goals, said"
        " The Halvard Group’s recently named executive chair Marcelo Claure in an email.",
    ],
)
def test_a_long_title_in_an_inverted_tag_leaves_the_name_it_ends_with(text: str) -> None:
    assert classify_sentence(text).source in ("John Smith", "Marcelo Claure")


@pytest.mark.parametrize(
    "text",
    [
        "Fifty-one percent say that the president should be removed from office.",
        "Twelve per cent of adults said they smoke every day.",
    ],
)
def test_a_share_spelled_out_that_says_something_is_a_survey_answer(text: str) -> None:
    assert _status(text) is ClaimStatus.NONE


def test_a_determiner_opening_the_sentence_is_no_first_name() -> None:
    sentences = classify_sentences(
        [
            "Whatever Apple decides, the new keyboard is a welcome change.",
            "Apple says that individual keys can be replaced.",
        ]
    )
    assert sentences[1].source == "Apple"


def test_the_writers_own_first_person_outside_quotes_is_no_one_named_before() -> None:
    sentences = classify_sentences(
        [
            "Samsung announced new televisions on Tuesday.",
            "I kept using the old mouse even after my toddler revealed the new one was lost.",
            "My toddler revealed that the new mouse was in the desk drawer.",
        ]
    )
    assert [s.source for s in sentences[1:]] == [None, None]
    # (inside a quotation left open, "I" is still its speaker's)
    sentences = classify_sentences(
        ["Ms Reyes said: “We waited for hours.", "I told them the road was closed.”"]
    )
    assert sentences[1].source == "Ms Reyes"


@pytest.mark.parametrize(
    "text",
    [
        "Dana Ford reported from Atlanta.",
        "Two men were arrested after a jeweller reported a robbery to police.",
        "About 41% of the 12,000 participants reported sleeping less than seven hours.",
    ],
)
def test_a_dateline_a_complaint_or_a_survey_reported_is_no_statement(
    text: str,
) -> None:
    assert _status(text) is ClaimStatus.NONE


def test_a_paper_that_reported_is_no_he_later() -> None:
    sentences = classify_sentences(
        ["The Oklahoman reported the arrest on Monday.", "He said the charges were unfair."]
    )
    assert sentences[1].source != "The Oklahoman"


# probes of a fresh-eyes review of the thirtieth session's rules, each an over-reach it found
@pytest.mark.parametrize(
    ("texts", "status", "source"),
    [
        (["Beyond Meat said sales fell in the third quarter."], "attributed", "Beyond Meat"),
        (
            ["Tesla released a statement on Monday.", "We will appeal, it said."],
            "attributed",
            "Tesla",
        ),
        (
            ["The Senate Majority Leader said the vote would be on Friday.", "He said it."],
            "attributed",
            "The Senate Majority Leader",
        ),
        (["The spokeswoman added a disclaimer."], "attributed", "the spokeswoman"),
        (
            ["According to a report on Brexit published by the Treasury, growth will slow."],
            "attributed",
            "the Treasury",
        ),
        (
            ["The minister said the charity's figures were unproven, without offering evidence."],
            "unverified",
            "the minister",
        ),
        (
            ["Smith said he was tired, and Jones added that the Trust's figures were unverified."],
            "unverified",
            "the Trust",
        ),
        (["A senior Fed official said rates would rise."], "claimed", "a senior Fed official"),
        (
            ["Jones said the Trust's widely noted figures were unverified."],
            "unverified",
            "the Trust",
        ),
        (
            ["Jones said the Trust's claims were unproven and made without evidence."],
            "unverified",
            "the Trust",
        ),
        (
            [
                "Prices will rise, said the recently appointed chief executive of Tesco"
                " Ken Murphy in a statement."
            ],
            "attributed",
            "Ken Murphy",
        ),
        (
            ["The Pope said the church must change.", "He said it twice."],
            "attributed",
            "The Pope",
        ),
    ],
)
def test_the_reviewed_limits_of_the_thirtieth_sessions_rules(
    texts: list[str], status: str, source: str
) -> None:
    sentence = classify_sentences(texts)[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus(status), source)


def test_a_name_a_long_tag_ties_its_speaker_to_is_not_the_speaker() -> None:
    for text in (
        "The family is devastated, said a spokesman for the family of victim Sarah Jones.",
        "The vote was rigged, said a friend of the late opposition leader Alexei Navalny.",
    ):
        assert classify_sentence(text).source not in ("Sarah Jones", "Alexei Navalny")
    for text in (
        "A government report seen by officials said the plan was dead.",
        "A government audit of officials said the money was lost.",
    ):
        assert _status(text) is not ClaimStatus.CLAIMED


def test_the_according_to_alternatives_are_named_in_the_anonymous_pattern() -> None:
    from summarizer.claims._patterns import _ANONYMOUS
    from summarizer.claims._statuses import _ACCORDING_TO_GROUPS

    groups = _ANONYMOUS.pattern.groupindex
    assert all(name in groups for name in _ACCORDING_TO_GROUPS)


def test_the_readers_you_is_no_one_who_spoke() -> None:
    sentences = classify_sentences(
        [
            "Apple says the keys can be replaced.",
            "You can say all you want that there are cheaper laptops, and you will be right.",
        ]
    )
    assert sentences[1].source is None


def test_a_paper_with_a_capital_the_is_no_he_but_a_one_holder_title_is() -> None:
    sentences = classify_sentences(
        [
            "Senator Richard Bloom spoke at the rally in March.",
            "The Shelton Weekly reported that the senator spoke for an hour.",
            "He said he had tried to be consistent.",
        ]
    )
    assert sentences[2].source == "Richard Bloom"
    sentences = classify_sentences(["The Queen said the church must change.", "She said it."])
    assert sentences[1].source == "The Queen"


def test_a_lone_name_giving_someone_his_or_her_thing_is_no_person_a_later_pronoun_means() -> None:
    # (tried and taken back: the "his" is as often another's, "Mueller has subpoenaed his
    # records", "Heinz has doubled his bonus", "Haddad has offered her a seat")
    for opening in [
        "Mueller has subpoenaed his records.",
        "Heinz has doubled his bonus.",
        "Chelsea rewarded his form with a five-year contract.",
        "Haddad has offered her a seat on the board.",
    ]:
        pronoun = "he" if " his " in opening else "she"
        sentences = classify_sentences([opening, f'"It was a mistake," {pronoun} said.'])
        assert sentences[1].source is None, opening


def test_a_past_tense_not_in_ed_names_no_clause_subject_but_told_after_a_full_name_does() -> None:
    # (tried and taken back: firms and parties take them as often)
    for context in [
        ["In March, Goldman sold its stake in the bank."],
        ["At the general election, Labour won 412 seats."],
        ["Prosecutor David Lyle outlined the case.", "In 2019, Jack Miller took £40,000."],
        ["On Tuesday, Christie's sold the handwritten manuscript for $1.2m."],
    ]:
        sentences = classify_sentences([*context, '"The evidence is overwhelming," he said.'])
        assert sentences[-1].source == (
            "Prosecutor David Lyle" if "David Lyle" in context[0] else None
        ), context


@pytest.mark.parametrize(
    "text",
    [
        "Because the doctor suspected the bedding, he told the man to remove it from his home.",
        "The former gas engineer told the staff to turn off the gas supply.",
        "The minister told all parties not to break the confidentiality agreements.",
        "Officials told residents to evacuate.",
    ],
)
def test_telling_people_a_noun_names_to_do_something_is_an_order(text: str) -> None:
    assert classify_sentences([text])[-1].status is ClaimStatus.NONE


@pytest.mark.parametrize(
    "text",
    [
        "He told the BBC it was time to go.",
        "He told the BBC the plan was to raise taxes.",
        "Police told the residents to stay indoors and said the fire was contained.",
        # (a forecast, what was told and to whom, or a paper: no order)
        "The chancellor told the Commons to expect a deficit of 4%.",
        "The company told its investors to brace for a 20% fall in profits.",
        "Smith told the same story to investigators.",
        "The ambassador told the committee to its face that the sanctions had failed.",
        "He told the workers to thunderous applause that the plant would stay open.",
        "Police told the public to note that the suspect is armed and dangerous.",
    ],
)
def test_telling_someone_a_statement_is_still_speech(text: str) -> None:
    assert classify_sentences([text])[-1].status is ClaimStatus.ATTRIBUTED


def test_the_teller_of_an_order_after_an_age_is_the_person_he_means_next() -> None:
    sentences = classify_sentences(
        [
            "He vanished without a trace, and before he jumped, 29-year-old Jorge Alberto"
            " López Amores told his friends to film the leap.",
            "He said: 'I'll stop this cruise, I'll make history.'",
        ]
    )
    assert sentences[1].source == "Jorge Alberto López Amores"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Estimates suggest that rural households eat far less teff.", "Estimates"),
        ("Polls suggest the race is tight.", "Polls"),
        (
            "The latest projections from the Social Security Administration, issued last month,"
            " indicate that the trust funds will run out by 2036.",
            "the Social Security Administration",
        ),
    ],
)
def test_several_studies_or_worked_out_figures_speak_as_a_study_does(
    text: str, source: str
) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)
    # (reports are hearsay as often: "Reports suggest he will quit" names no one)
    assert classify_sentences(["Reports suggest he will quit."])[-1].status is ClaimStatus.CLAIMED


@pytest.mark.parametrize(
    "text",
    [
        "Our estimates suggest the policy will cost £4bn a year.",
        "If the race is as close as the polls suggest, turnout will decide it.",
        "Contrary to what the polls suggest, the race remains wide open.",
        "The last two Tests showed England's batting is fragile.",
        "The Olympic trials showed she is in the form of her life.",
    ],
)
def test_the_writers_own_figures_a_comparison_or_a_match_series_is_no_study(text: str) -> None:
    assert classify_sentences([text])[-1].status is ClaimStatus.NONE


def test_a_bodys_place_is_part_of_which_body_speaks_but_a_persons_is_not() -> None:
    sentence = classify_sentences(["The visa was refused, the US Embassy in New Delhi said."])[-1]
    assert sentence.source == "the US Embassy in New Delhi"
    sentence = classify_sentences(["Jean Morris from the farm said the cows were fine."])[-1]
    assert sentence.source == "Jean Morris"
    # (only a post a state keeps in many places, and never a time or a part of the place)
    for text, source in [
        (
            "The Indian High Commission in Ottawa said the visas were late.",
            "The Indian High Commission in Ottawa",
        ),
        (
            "The European Commission in Brussels said the rules would change.",
            "The European Commission",
        ),
        ("The US Embassy in January said Americans should leave.", "The US Embassy"),
        ("The US Embassy in Baghdad's Green Zone said rockets fell nearby.", "The US Embassy"),
    ]:
        assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "CNN's Elizabeth Joseph reported from Kathmandu, and CNN's Jethro Mullen wrote"
            " from Hong Kong.",
            "none",
        ),
        ("Reuters' Tom Miles reported from Geneva; Ali Kucukgocmen wrote from Istanbul.", "none"),
        # (what was written from there is a statement: "wrote from Hong Kong that …")
        ("He wrote from Hong Kong that the protests would grow.", "attributed"),
        ("The BBC's correspondent, reporting from Kabul, said the city was calm.", "attributed"),
        # (a tag after what was reported is no byline)
        (
            "The army had abandoned its positions, a Reuters reporter wrote from Mariupol.",
            "attributed",
        ),
    ],
)
def test_a_reporters_byline_is_no_statement(text: str, status: str) -> None:
    assert classify_sentences([text])[-1].status is ClaimStatus(status)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Estimates suggest the project will cost $4bn, the minister said on Tuesday.",
            "the minister",
        ),
        (
            "Polls show the race tightening, his campaign manager told reporters.",
            "his campaign manager",
        ),
        ("A study found that coffee is good for the heart, researchers said.", "researchers"),
    ],
)
def test_a_speaker_named_after_a_studys_finding_speaks_it(text: str, source: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


def test_words_joined_by_an_ampersand_are_a_bodys_name_and_no_persons() -> None:
    sentences = classify_sentences(
        [
            "“It looks sharp,” said David Kershaw, vice president, Nissan Sales & Regional"
            " Operations at Nissan North America.",
            "Besides having more power, Nissan said the new engine will use less fuel.",
        ]
    )
    assert sentences[1].source == "Nissan"


def test_a_source_someone_keeps_is_the_speaker_not_the_place_it_is_in() -> None:
    sentence = classify_sentences(
        [
            "A VOA Extremism Watch Desk reporter Nisan Ahmado's source inside the Rukban camp, a"
            " Syrian refugee who feared regime retaliation and asked not to be identified, said"
            " that the ministry's claim is “absolutely not true.”"
        ]
    )[-1]
    assert sentence.source == "Nisan Ahmado's source"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Sun's source said the player will leave.", "The Sun's source"),
        (
            "The paper's source at the club said the player will leave.",
            "the paper's source at the club",
        ),
    ],
)
def test_someones_source_is_an_unnamed_source_kept_whole(text: str, source: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.CLAIMED, source)


def test_polls_that_showed_something_are_no_speaker_of_a_later_claim() -> None:
    sentences = classify_sentences(
        [
            "Polls show that the president is almost back to where he was.",
            "What would the reaction have been had a holdover at the security council gone to"
            " the inspector general to claim third-hand knowledge of a call?",
        ]
    )
    assert [s.source for s in sentences] == ["Polls", None]


@pytest.mark.parametrize(
    "opening",
    [
        "When the bill came up for a vote, the legendary senator Strom Thurmond, a 48-year"
        " member of the US Senate from South Carolina, tapped me on the shoulder.",
        "After the vote, the veteran senator Strom Thurmond walked over to our bench.",
        "The legendary senator Strom Thurmond, a 48-year member of the Senate, tapped me.",
    ],
)
def test_a_role_and_a_full_name_opening_a_clause_are_whom_he_means(opening: str) -> None:
    sentences = classify_sentences([opening, 'He said: "Son, never cross the military."'])
    assert sentences[1].source == "Strom Thurmond"


@pytest.mark.parametrize(
    "opening",
    [
        # (a place or an owner's name before the name, not a role: no one "he" means)
        "After the vote, the daughter of senator Strom Thurmond, a lawyer, walked over.",
        "When the rain came, the town of Mount Pleasant flooded again.",
    ],
)
def test_a_name_a_role_does_not_describe_is_no_one_he_means(opening: str) -> None:
    sentences = classify_sentences([opening, 'He said: "Son, never cross the military."'])
    assert sentences[1].source != "Strom Thurmond"
    assert sentences[1].source != "Mount Pleasant"


@pytest.mark.parametrize(
    ("person", "opening", "quote"),
    [
        # (a firm, a horse or a ship a thing's words describe is no "he", past an opening
        # clause or with an aside: the person named before still is)
        (
            "Retail analyst Richard Hyman has tracked the high street for 30 years.",
            "Last week, the department store chain John Lewis, a staple of the high street,"
            " reported a loss of £234m.",
            '"It is a very tough market," he said.',
        ),
        (
            "Trainer Gordon Elliott was philosophical afterwards.",
            "At Aintree on Saturday, the veteran chaser Tiger Roll, a two-time winner,"
            " finished fourth.",
            '"He ran a great race," he said.',
        ),
        (
            "Energy minister Graham Stuart visited the port on Monday.",
            "On Monday, the polar research ship Sir David Attenborough, a £200m vessel,"
            " docked in Harwich.",
            '"This is a proud day for British science," he said.',
        ),
        # (nor a race's winner, a horse as often, nor one a verb was done to)
        (
            "Trainer Gordon Elliott was philosophical afterwards.",
            "At Aintree on Saturday, the defending champion Tiger Roll, a two-time winner,"
            " finished fourth.",
            '"He ran a great race," he said.',
        ),
        (
            "Detective Inspector Mark Evans, who is leading the inquiry, spoke to reporters.",
            "Shortly after midnight, the victim Jordan Hughes, a 24-year-old father of two,"
            " was stabbed outside a nightclub.",
            '"We are appealing for anyone with information to come forward," he said.',
        ),
    ],
)
def test_a_thing_described_before_a_name_is_no_one_he_means(
    person: str, opening: str, quote: str
) -> None:
    sentences = classify_sentences([person, opening, quote])
    named = next(
        n
        for n in ("Richard Hyman", "Gordon Elliott", "Graham Stuart", "Mark Evans")
        if n in person
    )
    assert sentences[2].source == named


def test_a_gerund_and_the_name_it_governs_are_no_speaker() -> None:
    sentences = classify_sentences(
        [
            "Glenn Beck took the stage on Saturday.",
            "Blaming President Obama, he said, was “too simple an answer.”",
            "The real problem, he said, is progressivism.",
        ]
    )
    assert [s.source for s in sentences[1:]] == ["Glenn Beck", "Glenn Beck"]
    alone = classify_sentences(["Saying President Obama, he said, was “too simple an answer.”"])
    assert alone[-1].source is None
    # (nor a full name the gerund governs: "Criticising Joe Biden")
    named = classify_sentences(
        ["Glenn Beck took the stage.", "Criticising Joe Biden, he said, was not enough."]
    )
    assert named[1].source == "Glenn Beck"
    # (a name that opens with "-ing" is still a name, and as the subject it speaks)
    assert (
        classify_sentences(['Channing Tatum was furious: "I loved that film."'])[-1].source
        == "Channing Tatum"
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to Labor Department figures, US firms added only 146,000 jobs.",
            "the Labor Department",
        ),
        (
            "Federal Election Commission data show the campaign raised $4m.",
            "the Federal Election Commission",
        ),
        (
            "Preliminary Commerce Department estimates show growth slowed.",
            "the Commerce Department",
        ),
        # (a name that ends in no body's kind keeps its figures: no body speaks)
        ("According to U.S. Census figures, the city grew by 4%.", "U.S. Census figures"),
        ("According to court records, he was jailed twice.", "court records"),
        # (nor a "the" for names that go without, nor for a party's figures, who are people)
        (
            "A Quinnipiac University poll found Biden ahead by four points.",
            "Quinnipiac University",
        ),
        ("A Lloyds Bank survey found house prices rose.", "Lloyds Bank"),
        ("Metro Bank data show customers withdrew £600m in a week.", "Metro Bank"),
        ("Senior Labour Party figures said the leader must go.", "Senior Labour Party figures"),
        # (senior figures are people; "New" opens a name)
        (
            "Senior Justice Department figures said the case was weak.",
            "Senior Justice Department figures",
        ),
        (
            "According to New Zealand Transport Agency figures, crashes fell.",
            "the New Zealand Transport Agency",
        ),
    ],
)
def test_a_body_s_figures_are_the_body_s_words(text: str, source: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


def test_they_is_never_the_one_person_who_spoke_last() -> None:
    sentences = classify_sentences(
        [
            "Democrats on the committee objected all morning.",
            "Gregory Meeks said the bill was fair.",
            "They raised one procedural issue after another while claiming that the committee"
            " was bullying him.",
        ]
    )
    assert sentences[2].source is None
    # (two people joined are "they", and so is a body)
    couple = classify_sentences(
        ["Tom and Jane Smith said they were delighted.", '"We never expected it," they said.']
    )
    assert couple[1].source == "Tom and Jane Smith"
    police = classify_sentences(
        ["Police said two men were held.", "They said the men were in their 20s."]
    )
    assert police[1].source == "Police"
    # (nor a person's people, nor a firm of a person's name that speaks of itself as "it")
    lawyers = classify_sentences(
        ["Donald Trump's lawyers said the case was baseless.", "They said they would appeal."]
    )
    assert lawyers[1].source == "Donald Trump's lawyers"
    firm = classify_sentences(
        [
            "John Lewis said it would close eight stores.",
            "They said staff would be offered other jobs.",
        ]
    )
    assert firm[1].source == "John Lewis"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Gavin gets on with her parents but she said she had always imagined she would"
            " have her own place by 30.",
            "Gavin",
        ),
        ("Dawson was following his predecessors when he claimed the law was unfair.", "Dawson"),
        # (a word that only opens the sentence is no "he" or "she")
        ("Audience members laughed when he urged voters to look at his record.", None),
    ],
)
def test_a_pronoun_opening_a_joined_clause_means_the_sentence_s_subject(
    text: str, source: str | None
) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    ("before", "text", "source"),
    [
        # (one a verb was done to, or a place a person named before speaks for, is not the
        # "he" of the clause: that person still is)
        (
            "Gareth Southgate named his squad on Thursday.",
            "Kane was left on the bench, which he said was a tactical decision.",
            "Gareth Southgate",
        ),
        (
            "Lincoln City manager Michael Skubala was delighted.",
            "Lincoln won 2-1 at Reading and he said the fans had been superb.",
            "Michael Skubala",
        ),
        (
            "Houston Mayor Sylvester Turner spoke at a news conference.",
            "Harvey dumped 60 inches of rain on the city, but he said Houston would recover.",
            "Sylvester Turner",
        ),
    ],
)
def test_a_joined_clause_s_pronoun_keeps_the_person_named_before(
    before: str, text: str, source: str
) -> None:
    assert classify_sentences([before, text])[-1].source == source


def test_the_statement_a_speaker_gave_reads_as_theirs() -> None:
    text = (
        'A spokesperson told the Military Times the attack took place at 7:45 p.m. "No troops '
        'were injured;" read the statement; "we will not be deterred by these attacks."'
    )
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, "a spokesperson")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The striker will leave, according to reports in the Daily Mail.", "the Daily Mail"),
        ("The striker will leave, according to reports by Reuters.", "Reuters"),
        (
            "The banks are issuing bonds, according to announcements in the Official Bulletin.",
            "the Official Bulletin",
        ),
    ],
)
def test_reports_a_named_paper_ran_are_the_papers(text: str, source: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


@pytest.mark.parametrize(
    "where",
    [
        "",
        " in Spain",
        " from Syria",
        " in the Spanish press",
        " from the region",
        # (a paper's name ends its words: these are places)
        " in Times Square",
        " from the Lone Star State",
        " in the Sun Belt",
        " in The Hague",
    ],
)
def test_reports_from_a_place_name_no_one(where: str) -> None:
    sentence = classify_sentences([f"The striker will leave, according to reports{where}."])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.CLAIMED, None)


@pytest.mark.parametrize(
    ("before", "text", "expected"),
    [
        # (the one taken up was given in no more words: the sentence's own stay)
        (
            "An official, who asked not to be named, said the cabinet met.",
            "The Fatah official, who also asked to remain anonymous, said Hamas would stop.",
            (ClaimStatus.CLAIMED, "The Fatah official"),
        ),
        (
            "An aide, speaking on condition of anonymity, said the vote would slip.",
            "The aide said the delay would hurt pensioners.",
            (ClaimStatus.CLAIMED, "the aide"),
        ),
        (
            "A spokeswoman said the hearing was adjourned.",
            "The spokeswoman says he will issue a statement.",
            (ClaimStatus.ATTRIBUTED, "the spokeswoman"),
        ),
        # (one described in more words is that one)
        (
            "A spokesman for the firm said the plant would close.",
            "The spokesman said 300 jobs would go.",
            (ClaimStatus.ATTRIBUTED, "a spokesman for the firm"),
        ),
        (
            "A senior Israeli official, who asked not to be named, said the cabinet met.",
            '"We cannot predict anything," the official said.',
            (ClaimStatus.CLAIMED, "a senior Israeli official"),
        ),
    ],
)
def test_the_unnamed_one_taken_up_is_shown_in_the_words_that_tell_more(
    before: str, text: str, expected: tuple[ClaimStatus, str]
) -> None:
    sentence = classify_sentences([before, text])[-1]
    assert (sentence.status, sentence.source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "He has been struggling to find work since the split, reports TMZ.",
            "TMZ",
        ),
        ("He has been struggling to find work, reported the Daily Mail.", "the Daily Mail"),
        # (a speaker the sentence named before the tag is the one who spoke)
        (
            "Fowler responded to the troll that he 'might want to get his facts straight', "
            "reports the Golf Channel.",
            "Fowler",
        ),
        (
            "Paul Dundon warned there would be a big jump in absences, reports Courier Mail.",
            "Paul Dundon",
        ),
    ],
)
def test_a_reporters_tag_closing_the_sentence_names_who_reports_it(text: str, source: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


def test_reports_after_a_comma_that_name_no_reporter_are_no_tag() -> None:
    sentence = classify_sentences(["Police arrived, reports of gunfire having reached them."])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.NONE, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to a statement released by Erdogan's office, the threat was neutralised.",
            "Erdogan's office",
        ),
        ("A statement from Erdogan's office said the threat was neutralised.", "Erdogan's office"),
        (
            "According to a statement from the mayor's office, the road will close.",
            "the mayor's office",
        ),
        ("According to a statement from Smith's lawyers, he is innocent.", "Smith's lawyers"),
    ],
)
def test_someones_office_or_lawyers_issue_their_statement(text: str, source: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


def test_his_office_is_the_office_of_the_one_he_means() -> None:
    sentences = classify_sentences(
        [
            "Senator Kay Bailey Hutchison unveiled a plan on Monday.",
            "Her office claims the bill would cut deficits by $416 billion.",
        ]
    )
    assert sentences[-1].source == "Senator Kay Bailey Hutchison's office"


def test_a_party_s_members_in_the_plural_are_no_she() -> None:
    sentences = classify_sentences(
        [
            'Hillary Clinton said she wants to "find out what is in it."',
            "House Democrats rejected Obama's trade agenda on Friday.",
            "Ahead of her remarks, her campaign said she would not take a position on trade.",
        ]
    )
    assert sentences[-1].source == "Hillary Clinton's campaign"


@pytest.mark.parametrize(
    ("before", "text"),
    [
        # (no one of that gender the article showed: a group, a club, a man for "her")
        (
            "Prosecutors said Mary Smith, 34, killed her husband, David, in 2019.",
            "His family said they wanted justice.",
        ),
        ("Chelsea said the player had been injured.", "His family said he was recovering."),
        (
            "Mayor Eric Adams met with Governor Kathy Hochul on Monday.",
            "His office said the meeting was productive.",
        ),
    ],
)
def test_his_office_is_no_group_club_or_other_gender(before: str, text: str) -> None:
    source = classify_sentences([before, text])[-1].source or ""
    assert not source.startswith(("Prosecutors", "Chelsea", "Governor Kathy Hochul"))


@pytest.mark.parametrize(
    "text",
    [
        "In the video, comments Smith made in 2019 are replayed.",
        "In 2019, reports Smith had lied surfaced.",
    ],
)
def test_comments_or_reports_with_a_verb_after_the_name_are_no_tag(text: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.NONE, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Preliminary tests by Digital Foundry reveal that the game runs unevenly.",
            "Digital Foundry",
        ),
        ("According to a test by Consumer Reports, the car stops well.", "Consumer Reports"),
    ],
)
def test_tests_are_the_words_of_who_ran_them(text: str, source: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


@pytest.mark.parametrize(
    "text",
    [
        '"We worked on the architecture of the spacecraft," comments Robin Biesbroek of the CDF.',
        "The spacecraft is ready for its mission, comments Robin Biesbroek.",
    ],
)
def test_a_comment_tagged_in_the_present_names_its_speaker(text: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, "Robin Biesbroek")


@pytest.mark.parametrize(
    ("before", "text"),
    [
        ("The band has split, reports Variety.", "The drummer said the split was amicable."),
        (
            "The talks stalled, according to reports by Reuters.",
            "The minister said progress had been made.",
        ),
    ],
)
def test_a_paper_named_as_reporting_is_no_person_a_role_later_means(
    before: str, text: str
) -> None:
    sentence = classify_sentences([before, text])[-1]
    assert sentence.source is not None
    assert sentence.source.lower() == text.split(" said", maxsplit=1)[0].lower()


@pytest.mark.parametrize(
    ("before", "text"),
    [
        (
            "A diplomat, who asked not to be named, said the talks stalled.",
            "The European diplomat said the deal was off.",
        ),
        (
            "An official, who requested anonymity, said the cabinet met.",
            "The Fatah official said Hamas would stop.",
        ),
    ],
)
def test_an_unnamed_source_described_in_more_words_stays_anonymous(before: str, text: str) -> None:
    assert classify_sentences([before, text])[-1].status is ClaimStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a document from one who speaks for another is that speaker's, by name when apposed
        (
            "The family is hopeful, according to a statement released Monday from the "
            "family's attorney, James Maron.",
            "James Maron",
        ),
        (
            "The man was released, according to a statement from his lawyer, John Smith.",
            "John Smith",
        ),
        ("The man was released, according to a statement from Smith's lawyer.", "Smith's lawyer"),
        (
            "the man was released , according to a statement from his lawyer , john smith .",
            "john smith",
        ),
        # … and one from a force written lower-case is the force's
        ("The man was arrested, according to a statement from police.", "police"),
        ("The road was shut, according to a report by local authorities.", "local authorities"),
        # whom a spokesman or a lawyer speaks for is part of who speaks, and so is an
        # office's "of"
        (
            "The man was arrested, according to a spokesman for the state police.",
            "a spokesman for the state police",
        ),
        (
            "His name stays on the ballot, according to a spokesman for the California "
            "secretary of state.",
            "a spokesman for the California secretary of state",
        ),
        ("The deal is off, according to a lawyer for the family.", "a lawyer for the family"),
    ],
)
def test_according_to_a_document_or_a_spokesman_names_whom_they_speak_for(
    text: str, source: str
) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a study of police is no document from them
        ("Crime fell, according to a study of police in Leeds.", "a study"),
        # a spokesman's "for" that is no one spoken for stays cut
        ("The plan failed, according to a spokesman, for the third time.", "a spokesman"),
    ],
)
def test_what_is_not_spoken_for_stays_as_written(text: str, source: str) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    "text",
    [
        # a described subject and an adverbial aside before "said": the subject speaks, and
        # what follows "said" is what was said, whatever its verb ("hit")
        "The ministry, in a statement, said the strike hit its target.",
        "The ministry, in a statement on Monday, said the strike hit its target.",
        "The ministry, however, said the strike hit its target.",
        "The ministry, citing officials, said the strike hit its target.",
    ],
)
def test_a_subject_with_an_adverbial_aside_speaks_before_said(text: str) -> None:
    assert classify_sentences([text])[-1].source == "the ministry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a tag set inside the sentence, or closing it, still names who said it
        ("The result, however, said the minister, was a disaster.", "the minister"),
        ("In the end, the strike hit its target, said the ministry.", "the ministry"),
    ],
)
def test_an_inverted_tag_after_an_aside_is_still_a_tag(text: str, source: str) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    "text",
    [
        # one who speaks but gives no name is an anonymous source, however it is put
        "One neighbour, who declined to give her name, said she heard shots.",
        "One neighbour, who would not give his name, said she heard shots.",
        "One neighbour, who asked that her name not be used, said she heard shots.",
        "A resident, who spoke on condition she not be named, said she heard shots.",
        "the woman , who did n't give her name , told reporters she was scared .",
    ],
)
def test_a_speaker_who_gives_no_name_is_anonymous(text: str) -> None:
    assert classify_sentences([text])[-1].status is ClaimStatus.CLAIMED


@pytest.mark.parametrize(
    "text",
    [
        # … but a name withheld where no one speaks tells no one's words
        "She asked that her name not be used because she feared losing her job.",
        "He did not give his name when he called the police.",
        # … nor one who gives none and does not speak, whoever else does
        "The woman, who declined to give her name, was taken to hospital with burns.",
        "The AP is not naming the woman, who asked that her name not be used.",
        "The caller, who did not give her name, hung up before police arrived.",
    ],
)
def test_a_name_withheld_without_speech_is_no_claim(text: str) -> None:
    assert classify_sentences([text])[-1].status is ClaimStatus.NONE


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A man who refused to give his name to officers was arrested, police said.", "police"),
        ("The driver, who would not give his name, sped off, witnesses said.", "witnesses"),
        (
            "Police said the two men, who did not give their names, were arrested.",
            "Police",
        ),
        (
            "A man who refused to give his name told officers he was a doctor, police said.",
            "police",
        ),
    ],
)
def test_one_who_gives_no_name_in_anothers_report_leaves_it_on_the_record(
    text: str, source: str
) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.ATTRIBUTED, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "for" after a spokesman that is a time, a count or a reason is cut as before
        (
            "The airport will remain shut according to a spokesman for at least two more days.",
            "a spokesman",
        ),
        ("Profits fell, according to a spokesman for the first time.", "a spokesman"),
        ("Many were evacuated according to a spokeswoman for safety reasons.", "a spokeswoman"),
        ("He was honest, according to a lawyer for 20 years.", "a lawyer"),
        ("He was cleared, according to a lawyer for several of the victims.", "a lawyer"),
        # (an ordinal of a thing spoken for stays: "the first lady", "the 10th Mountain Division")
        (
            "Fares rose, according to a spokeswoman for the first lady.",
            "a spokeswoman for the first lady",
        ),
        (
            "The base was hit, according to a spokesman for the 10th Mountain Division.",
            "a spokesman for the 10th Mountain Division",
        ),
        # … and so is an "of" that is no office's field
        ("He was honest, according to his secretary of 30 years.", "his secretary"),
        ("The decision was hasty, according to the minister of the day.", "the minister"),
        ("Two drones were downed, according to the ministry of defence's update.", "the ministry"),
        # plural spokespeople keep whom they speak for too
        ("The deal is off, according to lawyers for the family.", "lawyers for the family"),
        # an apposed name that opens what follows is no speaker; the role is
        (
            "According to a statement from his attorney, Mr. Smith, who was arrested Friday, "
            "denies the charges.",
            "his attorney",
        ),
        # a force's officer or department is not the force written alone
        (
            "The man was arrested, according to a statement from the police department.",
            "a statement",
        ),
    ],
)
def test_according_to_keeps_only_whom_one_speaks_for(text: str, source: str) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a clause, an aside, then a tag closing the sentence: the tag names the speaker
        ("The schools will stay closed, for now, said Governor Andy Beshear.", "Andy Beshear"),
        ("The talks will resume in January, however, said the spokesman.", "the spokesman"),
        ("The vaccine works, in other words, said Dr Lee.", "Dr Lee"),
        ("A ceasefire is possible, citing progress in talks, said the envoy.", "the envoy"),
        ("The answer, for now, said the embattled coach.", "the embattled coach"),
        # a longer tag set inside the sentence, in tokenised text too
        (
            "The plan, however, said Labour's shadow health secretary Wes Streeting, would "
            "cost billions.",
            "Wes Streeting",
        ),
        ("The damage, however, said the mayor in a statement, was limited.", "the mayor"),
        ("the result , however , said the minister , was a disaster .", "the minister"),
    ],
)
def test_a_tag_after_an_aside_names_the_speaker(text: str, source: str) -> None:
    assert classify_sentences([text])[-1].source == source


def test_a_role_in_lower_case_before_a_name_hides_no_gender() -> None:
    # "Fire chief Tom Reed" is a man, so "She" after him is the mayor named before
    sentences = classify_sentences(
        [
            "The mayor, Ann Hill, visited the site on Monday.",
            "Fire chief Tom Reed said the blaze started in a kitchen.",
            "She promised help for the families.",
        ]
    )
    assert sentences[-1].source == "Ann Hill"


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a name after "for" or "of" is whom the speaker works for, not the speaker's own
        (
            [
                "A lawyer for Mary Smith said she denied the charges.",
                "He said his client would plead not guilty.",
            ],
            "a lawyer for Mary Smith",
        ),
        # a club's name before a role and a man's name is no woman's ("Chelsea")
        (
            [
                "The chairwoman, Ann Hill, spoke first.",
                "Chelsea manager Mauricio Pochettino said the team was tired.",
                "She said the board backed him.",
            ],
            "Ann Hill",
        ),
    ],
)
def test_a_given_name_after_a_role_tells_the_gender_only_of_its_own_bearer(
    texts: list[str], source: str
) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    "text",
    [
        # the article saying claims were never shown true is a note that they are unverified
        "The claims have not been proven.",
        "His claims were never proven.",
        "The allegations were never substantiated.",
        "None of the claims has been independently confirmed.",
        "None of the allegations could be verified.",
    ],
)
def test_claims_never_proven_are_unverified(text: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.UNVERIFIED, None)


@pytest.mark.parametrize(
    "text",
    [
        # … but not a theory, nor what is no statement ("None of the victims")
        "The theory has not been proven.",
        "None of the victims has been identified.",
    ],
)
def test_what_is_no_claim_left_unproven_is_no_note(text: str) -> None:
    assert classify_sentences([text])[-1].status is ClaimStatus.NONE


def test_none_is_never_a_speaker() -> None:
    assert classify_sentences(["None of the claims has been confirmed."])[-1].source is None


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a role word of one gender outranks the census's reading of the given name
        (
            [
                "Steven Spielberg said the film was ready.",
                "Hollywood actress Cameron Diaz said she loved it.",
                "She said the cast was happy.",
            ],
            "Cameron Diaz",
        ),
        (
            [
                "Mayor Jane Hill said the road was shut.",
                "Council spokesman Ashley Brown said it would reopen.",
                "He said crews were working.",
            ],
            "Ashley Brown",
        ),
    ],
)
def test_a_gendered_role_word_outranks_the_given_name(texts: list[str], source: str) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a note ends its clause: claims "proven wrong", checked by an insurer, or another's
        # denial are no note of the writer's
        ("The claims have never been proven wrong.", ClaimStatus.CLAIMED),
        ("Thousands of flood claims have never been verified by assessors.", ClaimStatus.CLAIMED),
        ("None of the accounts has been verified by Twitter.", ClaimStatus.NONE),
        ("The allegations were never proven, his lawyer said.", ClaimStatus.CLAIMED),
    ],
)
def test_a_note_that_claims_are_unproven_ends_its_clause(text: str, status: ClaimStatus) -> None:
    assert classify_sentences([text])[-1].status is status


def test_a_place_apposed_to_a_lawyer_is_not_the_lawyers_name() -> None:
    text = "The man was released, according to a statement from his lawyer, Los Angeles."
    assert classify_sentences([text])[-1].source == "his lawyer"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the name apposed to a role of a body is the role's holder, whatever the body
        (
            "The national secretary of the Australian Manufacturing Workers Union (AMWU), Doug"
            " Cameron, did not rule out strikes and he says the company is to blame.",
            "Doug Cameron",
        ),
        (
            "The chairman of the council, Jane Hill, did not rule out closures and she says the"
            " budget is too small.",
            "Jane Hill",
        ),
        # a role of a person: the name may be either one's
        (
            "A spokesman for the Interior Minister, Yunis Kanooni, did not rule out talks and he"
            " says a deal is near.",
            None,
        ),
    ],
)
def test_a_name_apposed_to_a_role_of_a_body_is_its_holder(text: str, source: str | None) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # people of a body or a family who issue a text speak as a group
        (
            "According to details of the ceremony released by members of the Hare Krishna"
            " movement yesterday, the widow was to scatter the ashes.",
            "members of the Hare Krishna movement",
        ),
        (
            "According to a statement released by relatives of the victim, two men were held.",
            "relatives of the victim",
        ),
        (
            "According to a statement released by the Foreign Office, two men were held.",
            "the Foreign Office",
        ),
    ],
)
def test_a_text_issued_by_people_of_a_body_is_theirs(text: str, source: str) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a long subject that is a document and its author, whole, is the author's
        (
            "In 2003, crop production totalled 11.49 million tonnes, the joint report from the"
            " Food and Agriculture Organisation said.",
            "the Food and Agriculture Organisation",
        ),
        (
            "The report from the Department of Justice's Office of the Inspector General"
            " criticized the handling of the case.",
            "the Department of Justice's Office of the Inspector General",
        ),
    ],
)
def test_a_long_subject_that_is_an_authored_document_is_its_authors(
    text: str, source: str
) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a document a lede cites unnamed is the author's the next lines name
        (
            [
                "A new report has revealed there are fewer young people using homeless"
                " services than widely thought.",
                "The Australian Institute of Health and Welfare report shows just over 1 per"
                " cent of people used such services.",
            ],
            "The Australian Institute of Health and Welfare",
        ),
        (
            [
                "Ethiopia produced 14.27 million tonnes of crops in 2004, a report says.",
                "Good rains helped.",
                "The figures come from the joint report by the Food and Agriculture Organisation.",
            ],
            "the Food and Agriculture Organisation",
        ),
        # not one more of its kind, one dated otherwise, nor one a body only paid for
        (
            [
                "House prices will fall 10 per cent next year, a report says.",
                "It comes after a report by the Bank of England warned of a correction.",
            ],
            "a report",
        ),
        (
            [
                "Inflation will hit 5 per cent this year, a report says.",
                "Last month the Bank of England report said it would peak at 4 per cent.",
            ],
            "a report",
        ),
        (
            [
                "Coffee drinkers live longer, a new study says.",
                "The study, funded by the National Institutes of Health, followed 400,000 people.",
            ],
            "a new study",
        ),
        # not one of another kind, nor past another of its kind, nor three lines on
        (
            [
                "Prices rose, a report says.",
                "A survey by YouGov found the same.",
            ],
            "a report",
        ),
        (
            [
                "Prices rose, a report says.",
                "Another report by the IMF disagrees.",
                "A report by the OECD found otherwise.",
            ],
            "a report",
        ),
        (
            [
                "Prices rose, a study says.",
                "Rents rose too.",
                "Wages did not.",
                "A study by the OECD found that.",
            ],
            "a study",
        ),
    ],
)
def test_a_document_cited_unnamed_is_its_authors_named_next(texts: list[str], source: str) -> None:
    assert classify_sentences(texts)[0].source == source


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # a document whose own words name its author is not the last document's author's
        (
            ["A report by the IMF found prices rose.", "The World Bank report says otherwise."],
            "The World Bank report",
        ),
        (
            ["A report by the IMF found prices rose.", "The OECD report says otherwise."],
            "The OECD report",
        ),
        (["A report by the IMF found prices rose.", "The report says otherwise."], "the IMF"),
        # (a paper or an agency is another author, the third review found)
        (
            ["A report by the IMF found prices rose.", "The Reuters report says otherwise."],
            "The Reuters report",
        ),
        (
            ["A report by the IMF found prices rose.", "The Guardian report says otherwise."],
            "The Guardian report",
        ),
    ],
)
def test_a_document_named_with_its_author_is_not_the_last_authors(
    texts: list[str], source: str
) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # claims "made by" someone are theirs, whatever auxiliary the verb takes
        ("The claims were made by his former wife.", "his former wife"),
        ("The allegations were first made by three former employees.", "three former employees"),
        ("Similar claims have been made by opposition groups.", "opposition groups"),
        ("The allegation was first made by the Sunday Times.", "the Sunday Times"),
    ],
)
def test_claims_made_by_someone_are_theirs(text: str, source: str) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a claim word before a verb of its own is that verb's subject, a noun: no word before
        # it claims
        ("Fresh claims emerged on Monday that the minister lied.", None),
        ("Such claims are common, experts say.", "experts"),
        # … but after a relative pronoun it is the verb of the name before it
        ("It has 151 PS of power, which Nissan claims is a 20% improvement.", "Nissan"),
        ("Smith claims he is innocent.", "Smith"),
        # … and a name before it owns the claims
        ("Hamas claims are false, the Israeli military said.", "Hamas"),
    ],
)
def test_a_claim_word_before_a_verb_of_its_own_is_a_noun(text: str, source: str | None) -> None:
    assert classify_sentences([text])[-1].source == source


def test_the_claim_further_on_is_the_one_the_lines_told_of() -> None:
    texts = [
        "Shortly after, some of Trump’s defenders took to social media, claiming that the"
        " ambassador was worth millions.",
        "We have found no evidence to corroborate this claim.",
        "Those making the claim have offered a wide range of figures.",
    ]
    assert classify_sentences(texts)[-1].source == "some of Trump’s defenders"


@pytest.mark.parametrize(
    ("texts", "source"),
    [
        # the first review's probes of this session's rules: a kin role or a person's role
        # leaves whose the apposed name is open
        (
            [
                "The son of the former President of Egypt, Hosni Mubarak, did not rule out a"
                " return and he says he is ready."
            ],
            "the son",
        ),
        (
            [
                "The mother of the murdered schoolgirl, Milly Dowler, did not rule out a suit"
                " and she says she is angry."
            ],
            "the mother",
        ),
        (
            [
                "The head of the union, Bob Crow, did not rule out strikes and he says the"
                " company is to blame."
            ],
            "Bob Crow",
        ),
        # a group of another's, and a name that goes on past "of"
        (
            [
                "According to a statement from relatives of the victim's partner, the couple"
                " had argued for weeks."
            ],
            "a statement",
        ),
        (
            [
                "According to a statement from leaders of the Church of England, the vote was a"
                " setback for unity."
            ],
            "leaders of the Church of England",
        ),
        # a body that paid for a document is not its author
        (
            ["A report commissioned by the Department of Health said wards were understaffed."],
            "a report",
        ),
        # the known author's initials, own words or a date tell the same document
        (
            [
                "A report by the United Nations found hunger rose.",
                "The UN report says conflict is the main cause.",
            ],
            "the United Nations",
        ),
        (
            [
                "A study by Harvard University found the effect.",
                "The Harvard study says the effect lasted a year.",
            ],
            "Harvard University",
        ),
        (
            [
                "A report by the IMF found prices rose.",
                "The December report says inflation will ease.",
            ],
            "the IMF",
        ),
    ],
)
def test_the_first_reviews_probes_of_session_36(texts: list[str], source: str) -> None:
    assert classify_sentences(texts)[-1].source == source


@pytest.mark.parametrize(
    ("texts", "index", "source"),
    [
        # the second review's probes of this session's rules: the maker of claims ends at a
        # time, a place or a circumstance; "no claims" have no maker; a maker no source
        # names leaves the sentence's own tag
        (["The claim was made by Mr Johnson during an interview with LBC."], 0, "Mr Johnson"),
        (["No claims were made by the club about the player's fitness."], 0, None),
        (
            ["The claims were made by people who were not at the meeting, a spokesman said."],
            0,
            "a spokesman",
        ),
        # claims taken up ("Those claims") are the ones the lines told of; a relative clause
        # without its pronoun keeps its subject
        (
            ["The company claims it has 10,000 users.", "Those claims are hard to check."],
            1,
            "the company",
        ),
        (
            ["The rebels say they shot down a plane the army claims was never there."],
            0,
            "the army",
        ),
        # a lede's document is not one of another matter, one from a place, or one to come
        (
            [
                "Shoppers are spending less on clothes, a survey shows.",
                "Meanwhile, according to a survey by the CBI, factory orders rose in March.",
            ],
            0,
            "a survey",
        ),
        (
            [
                "Thousands of civilians were killed in the offensive, a report says.",
                "The report from Kabul said many were women and children.",
            ],
            0,
            "a report",
        ),
        (
            [
                "Child poverty is rising, a report says.",
                "The Government report, due next month, is expected to show a similar trend.",
            ],
            0,
            "a report",
        ),
        # a topic, an event or a nation's initials tell the same document as the known author's
        (
            [
                "A report by the Treasury says Brexit will cost jobs.",
                "The Brexit report says 500,000 jobs could go.",
            ],
            1,
            "the Treasury",
        ),
        (
            ["A report by the IMF says growth will slow.", "The Q3 report says exports fell."],
            1,
            "the IMF",
        ),
        (
            [
                "A report by the European Commission says the deficit is too high.",
                "The EU report says Italy must cut spending.",
            ],
            1,
            "the European Commission",
        ),
    ],
)
def test_the_second_reviews_probes_of_session_36(
    texts: list[str], index: int, source: str | None
) -> None:
    assert classify_sentences(texts)[index].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a word for what is said, opening a sentence before "made", is no firm
        (
            "Claims made by the company that the product cures cancer are false, regulators said.",
            "the company",
        ),
        ("Allegations made by the firm that the rival cheated are false.", "the firm"),
        ("Nissan made a loss, the company said.", "Nissan"),
    ],
)
def test_a_word_for_what_is_said_is_no_firm(text: str, source: str) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # claims for money counted as data are no one's claims (weekly jobless claims)
        (
            "Initial claims for state unemployment benefits rose 12,000 to a seasonally"
            " adjusted 230,000, the Labor Department said on Thursday.",
            ClaimStatus.ATTRIBUTED,
            "the Labor Department",
        ),
        ("Continuing claims rose 30,000 to 1.8 million.", ClaimStatus.NONE, None),
        (
            "Economists had forecast claims would fall to 220,000 in the latest week.",
            ClaimStatus.NONE,
            None,
        ),
        # … but claims of what is so stay claims
        (
            "Claims for the health benefits of red wine are overblown, researchers said.",
            ClaimStatus.CLAIMED,
            "researchers",
        ),
    ],
)
def test_claims_for_money_counted_as_data_are_no_ones(
    text: str, status: ClaimStatus, source: str | None
) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (status, source)


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # the fourth review's probes: a time before "that" is no claim for money, and the
        # word for claims is never their speaker
        (
            "Farage repeated claims for weeks that asylum seekers were being given free phones.",
            ClaimStatus.CLAIMED,
            "Farage",
        ),
        ("Claims dropped to 205,000, data showed on Thursday.", ClaimStatus.ATTRIBUTED, None),
    ],
)
def test_the_fourth_reviews_probes_of_session_36(
    text: str, status: ClaimStatus, source: str | None
) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (status, source)


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a text owned by "the company" is the firm's, as "the company said" would be
        (
            [
                "SeaWorld has suffered an 84% collapse in profits.",
                "The company’s financial report showed net income dropped to $5.8m.",
            ],
            "SeaWorld",
        ),
        (
            [
                "Apple said the watch lasts 18 hours.",
                "The company's latest report says sales fell.",
            ],
            "Apple",
        ),
        # … and with no firm before, the words the article used
        (["The council's report said the road was unsafe."], "the council"),
    ],
)
def test_a_text_owned_by_a_described_body_is_that_bodys(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


def test_a_name_a_relative_who_follows_is_no_firm() -> None:
    lines = [
        "Manby, who joined the company as CEO in 2015, said he would set out his vision.",
        "The company said net income dropped.",
    ]
    assert classify_sentences(lines)[-1].source == "the company"


@pytest.mark.parametrize(
    "verdict",
    [
        "There is no evidence that any such ban exists.",
        # as speech spells it too
        "There's no evidence that any such ban exists.",
        "There’s no evidence that any such ban exists.",
    ],
)
def test_no_evidence_right_after_a_claim_in_any_spelling(verdict: str) -> None:
    claim = "A post shared 40,000 times claims that the health agency has banned tap water."
    statuses = [s.status for s in classify_sentences([claim, verdict])]
    assert statuses == [ClaimStatus.UNVERIFIED, ClaimStatus.UNVERIFIED]


def test_the_claimants_own_quotation_is_no_verdict_on_their_claim() -> None:
    lines = [
        "'We are confident the product is safe,' the company claimed.",
        "'There's no evidence that it causes harm.'",
    ]
    statuses = [s.status for s in classify_sentences(lines)]
    assert statuses == [ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED]


@pytest.mark.parametrize(
    "text",
    [
        # lives taken in any count, and the dead named by what they were, are no claim
        "The disease has claimed more than a million lives.",
        "The virus has claimed 1.2 million lives worldwide.",
        "The war has claimed tens of thousands of lives.",
        "The avalanche claimed three climbers.",
    ],
)
def test_lives_claimed_in_any_count_are_no_claim(text: str) -> None:
    assert classify_sentences([text])[-1].status is ClaimStatus.NONE


def test_a_count_of_people_who_did_something_is_still_a_claim() -> None:
    sentence = classify_sentences(["The rebels claimed three soldiers had deserted."])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.CLAIMED, "the rebels")


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        # a title written short is no speaker alone (a page broke the line after it) …
        ("Gov", "Gov. Rick Scott"),
        ("Sen.", "Sen. Chuck Grassley"),
        ("Dr", "Dr Ann Lee"),
        # … and a verb's particle or a bare verb ends a clause, not a name
        ("Farage hit back", "Farage"),
        ("China lays", "China"),
        ("the prime minister hit back", "the prime minister"),
    ],
)
def test_a_title_alone_or_a_verb_at_the_end_is_no_speaker(fragment: str, name: str) -> None:
    assert not is_plausible_source(fragment)
    assert is_plausible_source(name)


@pytest.mark.parametrize(
    "lines",
    [
        [
            "The Miami Herald reported that 11 ballots were accepted.",
            "According to the Herald, Gov.",
        ],
        ['Farage hit back at the claims, calling them "a smear".'],
        ["China lays claim to almost all of the South China Sea."],
    ],
)
def test_no_fragment_of_a_title_or_a_verb_is_shown_as_the_speaker(lines: list[str]) -> None:
    source = classify_sentences(lines)[-1].source
    assert source is None or is_plausible_source(source)
    assert source not in ("Gov", "Farage hit back", "China lays")


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        # "he" or "she" is never a plural that spoke last …
        ("Prosecutors said the defendant had lied to investigators.", None),
        ("Critics say the governor misled voters.", None),
        # … but a surname ending in "s" is a person's
        ("Williams said the company owed him money.", "Williams"),
    ],
)
def test_he_is_never_a_plural_speaker(first: str, speaker: str | None) -> None:
    assert classify_sentences([first, "He denies the charges."])[-1].source == speaker


@pytest.mark.parametrize(
    "text",
    [
        # words that only count or pick out name no one
        "Each claimed the other had started the fight.",
        "Most said they would vote again.",
        "All three said they were innocent.",
        "A few said they had seen the man before.",
        "The rest said they had no complaints.",
    ],
)
def test_a_count_without_a_noun_is_no_speaker(text: str) -> None:
    sentence = classify_sentences([text])[-1]
    assert sentence.status is not ClaimStatus.NONE
    assert sentence.source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a list of names speaks whole, not from its second name on
        ("Apple, Google and Microsoft said they would comply.", "Apple, Google and Microsoft"),
        ("Biden, Harris and Schumer all said the ruling was wrong.", "Biden, Harris and Schumer"),
        (
            "The ruling was wrong, Biden, Harris and Schumer said in a joint statement.",
            "Biden, Harris and Schumer",
        ),
        # … but not a time or an object set before the subject
        (
            "On Friday, Rossello and Gonzalez said the island would get aid.",
            "Rossello and Gonzalez",
        ),
        (
            "After talks with Macron, Scholz and Starmer said Europe was united.",
            "Scholz and Starmer",
        ),
        ("Frustrated, Smith and Jones said they would appeal.", "Smith and Jones"),
        ("Sadly, Smith, Jones and Brown said they would leave.", "Smith, Jones and Brown"),
        # … nor the rest of a list a phrase before it began
        (
            "The lotion is sold at Tesco, Sainsbury and Aldi said it was safe.",
            "Sainsbury and Aldi",
        ),
        # … nor a clause or a quotation before the list, nor what the sentence is about
        (
            "The ruling was wrong, Oscar, Willian and Hazard said.",
            "Oscar, Willian and Hazard",
        ),
        ("'We will appeal,' Smith, Jones and Brown said.", "Smith, Jones and Brown"),
        ("The plan, Smith, Jones and Brown said, was fair.", "Smith, Jones and Brown"),
        ("The deal, Smith and Jones said, was fair.", "Smith and Jones"),
    ],
)
def test_a_list_of_names_speaks_whole(text: str, source: str) -> None:
    assert classify_sentences([text])[-1].source == source


@pytest.mark.parametrize(
    "first",
    [
        # a body named by its own kind, or a person's name, is no company
        "The union said members had voted to strike.",
        "Williams said the company owed him money.",
    ],
)
def test_a_body_of_another_kind_or_a_person_is_no_company(first: str) -> None:
    lines = [first, "The company said the claim was flawed."]
    assert classify_sentences(lines)[-1].source == "the company"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a pronoun after a preposition is the object that ends the source
        ("The deal is worth about $3bn, people familiar with it said.", "people familiar with it"),
        ("He will quit, a source close to him said.", "a source close to him"),
    ],
)
def test_an_unnamed_source_keeps_the_object_it_knows(text: str, source: str) -> None:
    got = classify_sentences([text])[-1].source
    assert got == source
    assert is_plausible_source(got)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a word of claims' own before them, and what they are about after: no one's name
        ("Fresh claims that the club broke spending rules emerged last night.", None),
        ("Damaging claims about the chancellor's CV surfaced this week.", None),
        ("Wild claims about the vaccine spread on TikTok.", None),
        ("Initial claims that the fire was arson proved false.", None),
        ("The latest claims come amid a wider investigation.", None),
        ("Viral claims that the bridge had collapsed were untrue, police said.", "police"),
        # … but a name before "claims that" makes them
        ("Hamas claims that it fired the rockets.", "Hamas"),
        ("Labour claims the Tories have wrecked the economy.", "Labour"),
    ],
)
def test_claims_opened_by_a_word_of_their_own_are_no_ones_by_it(
    text: str, source: str | None
) -> None:
    sentence = classify_sentences([text])[-1]
    assert (sentence.status, sentence.source) == (ClaimStatus.CLAIMED, source)


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # the thirty-seventh session's review: a figure asserted is a claim, not lives taken
        (["Organisers claimed a million people marched through London."], "Organisers"),
        (["The union claimed 5,000 workers joined the strike."], "the union"),
        # … a sentence's opener is no name in a list of speakers
        (["Together, Smith and Jones said they would appeal."], "Smith and Jones"),
        (["Earlier, Smith and Jones said they were innocent."], "Smith and Jones"),
        (["WASHINGTON, Apple and Google said they would comply."], "Apple and Google"),
        (["Besides Tesla, Ford and GM said they would cut prices."], "Ford and GM"),
        # … a firm with a surname's name speaks of itself as "it"
        (
            ["Merck said it would cut 3,000 jobs.", "The company said the cuts would save $1bn."],
            "Merck",
        ),
        (
            [
                "Disney said its parks business had grown.",
                "Shares rose 5%.",
                "The company said it would buy back stock.",
            ],
            "Disney",
        ),
        # … a surname ending in "s" is a person's, whom "he" means
        (
            ["Sanders said the bill was a disgrace.", "He added that he would vote against it."],
            "Sanders",
        ),
        # … a club takes "who" too
        (
            [
                "Ryanair, who carried 180 million passengers last year, said fares would rise.",
                "The airline said demand remained strong.",
            ],
            "Ryanair",
        ),
        # … a surname the article gave is no word of claims' own
        (
            [
                "Former Bolton boss John Wild is suing the club.",
                "Wild claims that he was sacked unfairly.",
            ],
            "John Wild",
        ),
        # … and a surname after a given name or a title is no verb
        (["kenneth lay said the company was in good shape ."], "kenneth lay"),
        (["mr back said : ' i am disappointed . '"], "mr back"),
    ],
)
def test_the_thirty_seventh_sessions_review(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a firm names itself by its kind in wire copy
        (
            ["Barclays said the bank would cut 5,000 jobs.", "The bank said most roles would go."],
            "Barclays",
        ),
        # … a "he" a firm tells of is another, not the firm
        (
            [
                "Kellogg said a worker had been injured when he fell from a platform.",
                "The company said it was investigating.",
            ],
            "Kellogg",
        ),
        # … a regulator is no company, in a text the company owns
        (
            [
                "The SEC said it had fined Boeing $200m.",
                "The company's statement said it had cooperated fully.",
            ],
            "the company",
        ),
        # … a club with "who" stays the club
        (
            [
                "Celtic, who face Rangers on Sunday, said Brendan Rodgers had signed a new deal.",
                "The club said it was delighted.",
            ],
            "Celtic",
        ),
        # … a player's position is no verb's particle
        (["The Chelsea left back said the team had to improve."], "The Chelsea left back"),
        # … a crowd's size claimed stays a claim
        (["Organisers claimed a million people on the streets of London."], "Organisers"),
        # … and a connective opens no list of names, but goes before one
        (
            ["Regardless, Apple, Google and Microsoft said they would comply."],
            "Apple, Google and Microsoft",
        ),
        (
            ["Outside Parliament, Starmer, Reeves and Rayner said the budget was fair."],
            "Starmer, Reeves and Rayner",
        ),
        # … and a word of the same kind is the body named by its kind
        (["The bank said profits rose.", "The lender said bad loans had fallen."], "the bank"),
    ],
)
def test_the_thirty_seventh_sessions_review_of_bodies(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


def test_a_quantifier_floating_after_a_list_is_no_name() -> None:
    # (one pattern serves both list rules: a second definition had dropped "each")
    sentence = classify_sentences(["The US, Britain and France each said the vote was fair."])[-1]
    assert sentence.source == "The US, Britain and France"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the thirty-eighth session's review: an opener that ends in a name opens no list
        (
            "Speaking to Sky News, Smith, Jones and Brown said the plan was fair.",
            "Smith, Jones and Brown",
        ),
        (
            "Along with Amazon, Apple, Google and Microsoft said they would sign.",
            "Apple, Google and Microsoft",
        ),
        # … a preposition's object the clause was cut after is no item
        (
            "Shortly before Christmas, Tesco, Asda and Aldi said prices would fall.",
            "Tesco, Asda and Aldi",
        ),
        # … a thing named before a tag set inside its clause is no item
        (
            "The Premier League, Smith, Jones and Brown said, had ignored fans.",
            "Smith, Jones and Brown",
        ),
        ("The plan, pundits and fans say, is doomed.", "pundits and fans"),
        # … and a list of bodies named by their kinds stays whole
        (
            "The government, the unions and Network Rail all said talks would continue.",
            "the government, the unions and Network Rail",
        ),
    ],
)
def test_the_thirty_eighth_sessions_review_of_lists(text: str, source: str) -> None:
    assert classify_sentences([text])[-1].source == source


_GOVERNORS = [
    "Republican Gov. Eric Holcomb has avoided criticism of teachers.",
    "Holcomb touted the plan as a step forward.",
    "Kentucky Gov. Matt Bevin faced similar protests last year.",
    "Teachers did not see Holcomb at the Statehouse on Tuesday.",
]


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a title two people hold goes to the main one only as the bare role
        (
            [*_GOVERNORS, "The Kentucky governor said the teachers were selfish."],
            "The Kentucky governor",
        ),
        ([*_GOVERNORS, "The former governor said the policy had failed."], "the former governor"),
        # … never of the other gender than the sentence tells
        (
            [
                *_GOVERNORS[:3],
                "Holcomb, a father, met them.",
                "The governor said she would sign it.",
            ],
            "the governor",
        ),
        # … nor when the other holder was named since
        (
            [
                *_GOVERNORS,
                "Bevin called the strikers selfish.",
                "The governor said he regretted it.",
            ],
            "the governor",
        ),
        # … a deputy's title is no governor's
        (
            [
                "Gov. Eric Holcomb spoke first.",
                "Lt. Gov. Suzanne Crouch spoke next.",
                "Crouch thanked the teachers and Crouch left.",
                "The governor said he would sign the bill.",
            ],
            "Eric Holcomb",
        ),
        # … and a namesake is no one else: "Ivanka Trump" is no "Donald Trump"
        (
            [
                "President Donald Trump visited Paris with his daughter Ivanka Trump.",
                "Ivanka Trump shared photos of the trip.",
                "Ivanka Trump thanked her hosts.",
                "President Emmanuel Macron welcomed them.",
                "The president said France had done the impossible.",
            ],
            "the president",
        ),
    ],
)
def test_the_thirty_eighth_sessions_review_of_titles(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a body's kind given in an apposition after a possessive
        (
            [
                "Unite, Britain's second-largest union, announced fresh strikes.",
                "The union said members had rejected the offer.",
            ],
            "Unite",
        ),
        # … not another of that kind, named by its own name
        (
            [
                "Unite, Britain's second-largest union, called a strike at the port.",
                "The GMB union said its members would also walk out.",
            ],
            "The GMB union",
        ),
        (
            [
                "Unite, Britain's second-largest union, called a strike at the port.",
                "The GMB union said its members would also walk out.",
                "The union said the pay offer was an insult.",
            ],
            "the union",
        ),
    ],
)
def test_a_body_described_by_its_kind_is_the_body_named(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # one person's nationality or place is a description of the one the article names
        (
            [
                "Erling Haaland scored twice against Fulham.",
                "The Norwegian said the team deserved it.",
            ],
            "Erling Haaland",
        ),
        # … not when another is named as well, nor a paper of that name
        (
            [
                "Taylor Fritz beat Andy Murray 6-3 6-4 at Queen's on Thursday.",
                "The Scot said he was disappointed with his serve.",
            ],
            "The Scot",
        ),
        (
            [
                "Treasurer Jim Chalmers will deliver the budget.",
                "The Australian reported that the plan had been leaked.",
            ],
            "The Australian",
        ),
        (
            [
                "England captain Ben Stokes led his side to victory.",
                "The skipper said the bowlers were superb.",
            ],
            "Ben Stokes",
        ),
        # … but a people is no person
        (
            ["Boris Johnson met Emmanuel Macron.", "The French said the talks had failed."],
            "The French",
        ),
    ],
)
def test_a_nationality_or_party_word_describes_the_one_named(
    lines: list[str], source: str
) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # a title of the church, the forces or the coroner's court names its holder
        (
            [
                "Archbishop Justin Welby used his sermon to attack the plan.",
                "The archbishop said it was cruel.",
            ],
            "Justin Welby",
        ),
        # … a role given before a full name in commas, after "a", "one" or "his"
        (
            ["His lawyer, Jose Baez, said he was innocent.", "The lawyer said the case was weak."],
            "Jose Baez",
        ),
        (
            [
                "One witness, Sandra Hughes, saw the crash.",
                "The witness said the car was speeding.",
            ],
            "Sandra Hughes",
        ),
        # … and a role in capitals opening the sentence, as one in lower case after it
        (
            [
                "Prosecutor Anna Kerr told the court the man had lied.",
                "The prosecutor said he should be jailed.",
            ],
            "Anna Kerr",
        ),
        (["Man City fans sang all night.", "The man said he was happy."], "the man"),
    ],
)
def test_a_role_the_article_gave_a_name_is_that_name(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


def test_one_who_holds_an_office_is_no_description_of_another() -> None:
    lines = [
        "Prime Minister Keir Starmer and Chancellor Rachel Reeves visited a factory.",
        "The chancellor said growth would return.",
        "The prime minister said the plan was working.",
    ]
    sentences = classify_sentences(lines)
    assert [s.source for s in sentences[1:]] == ["Rachel Reeves", "the prime minister"]


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # the second review of the thirty-eighth session: a role named twice is no one's
        (
            [
                "A man, Tom Hill, 45, was arrested at the scene.",
                "A second man, Paul Grey, was later detained.",
                "The man said he had acted in self-defence.",
            ],
            "the man",
        ),
        # … one of a group gives the group no name
        (
            [
                "One of the women, Ann Lee, said she had been abused.",
                "The women said the firm had ignored their complaints.",
            ],
            "the women",
        ),
        # … an opening word that is no one person's role before a given name teaches nothing
        (
            [
                "Man Booker Prize winner Anna Burns praised the shortlist.",
                "A man who gave his name as Tom said he had queued for hours.",
                "The man said he loved her books.",
            ],
            "Tom",
        ),
        (
            [
                "Former Prime Minister Boris Johnson spoke first.",
                "Keir Starmer and Rishi Sunak debated it, and the former said it was fair.",
            ],
            "the former",
        ),
        # … and a title's other holder just described is no main holder's
        (
            [
                "Gov. Eric Holcomb visited the plant.",
                "Holcomb praised the workers.",
                "Holcomb later met Gov. Matt Bevin.",
                "Holcomb said the talks were useful.",
                "In Frankfort, the Kentucky governor hit back on Tuesday.",
                "The governor said Indiana's plan would drive jobs away.",
            ],
            "the governor",
        ),
    ],
)
def test_the_thirty_eighth_sessions_second_review(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


@pytest.mark.parametrize(
    "second",
    ["The airline said the bag was found.", "The airline's statement said the bag was found."],
)
def test_a_surname_that_is_an_english_word_is_no_airline(second: str) -> None:
    # ("smith" is left out of the surname lists, as an English word)
    lines = ["Smith said the airline had lost her luggage.", second]
    assert classify_sentences(lines)[-1].source == "the airline"


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        (
            [
                "Mitsubishi Motors issued its third profits warning in January.",
                "It said it needed fresh backing.",
            ],
            "Mitsubishi Motors",
        ),
        (["The FAA grounded the jets on Friday.", "It said checks would take weeks."], "the FAA"),
        (
            [
                "John Smith said the deal was off.",
                "Halvorsen Energy cancelled the contract.",
                "It said the strike had cost millions.",
            ],
            "Halvorsen Energy",
        ),
        # two bodies: a reader cannot tell which one "it" is either
        (["Airbus Group sued Boeing Co on Friday.", "It said the design was copied."], None),
        (
            [
                "Shell and BP both reported higher profits on Thursday.",
                "It said output from its North Sea fields would fall.",
            ],
            None,
        ),
        # a lone word is a person's name as often ("it" is the law)
        (["Zelensky signed the law on Friday.", "It said men over 25 must register."], None),
        # … and a line between that names no body may give "it" its thing
        (
            [
                "Tesla Motors recalled 2 million cars.",
                "The recall covers the Autopilot system.",
                "It said drivers must keep their hands on the wheel.",
            ],
            None,
        ),
    ],
)
def test_it_that_speaks_is_the_body_the_lines_just_named(lines: list[str], source: str) -> None:
    assert classify_sentences(lines)[-1].source == source


def test_an_it_that_opens_a_passive_is_no_body() -> None:
    lines = [
        "Halvorsen Energy cancelled the contract.",
        "It is believed the strike cost millions.",
    ]
    assert classify_sentences(lines)[-1].source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The motion begins, adding that the borough is diverse.", "the motion"),
        ("The statement continues, adding that the firm will appeal.", "the statement"),
        ("The letter ends, saying the firm will appeal.", "the letter"),
        # (a plural noun is no verb)
        (
            "Two heartland states filed a suit, saying the law was unlawful.",
            "Two heartland states",
        ),
        (
            "The union leaders, noting the firm's losses, said they would strike.",
            "the union leaders",
        ),
    ],
)
def test_a_texts_own_verb_closes_its_name(text: str, source: str) -> None:
    assert classify_sentences([text])[0].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In January, Mitsubishi Motors issued its third profits warning in nine months.",
            "Mitsubishi Motors",
        ),
        ("The Met Office issued a weather warning for Friday.", "The Met Office"),
    ],
)
def test_an_issued_warning_is_its_issuers(text: str, source: str) -> None:
    finding = classify_sentences([text])[0]
    assert (finding.status, finding.source) == (ClaimStatus.ATTRIBUTED, source)


def test_a_negated_verb_shows_a_surname_acting() -> None:
    lines = [
        "Wills doesn't mention the existence of such interpretations, even to dismiss them.",
        "Likewise, when he claims that the Qur’an has nothing to say about Sharia, he is wrong.",
    ]
    assert classify_sentences(lines)[-1].source == "Wills"


@pytest.mark.parametrize(
    "text",
    [
        "Glenn Greenwald, author of the piece at The Intercept wrote, “Haspel oversaw the site.”",
        "Glenn Greenwald, director of the Cato Institute said the plan would fail.",
    ],
)
def test_a_role_at_a_body_whose_closing_comma_was_lost_is_the_names(text: str) -> None:
    assert classify_sentences([text])[0].source == "Glenn Greenwald"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        (
            "BuzzFeed’s report claimed that Trump directed Cohen to lie.",
            ClaimStatus.CLAIMED,
            "BuzzFeed",
        ),
        (
            "The latest WHO report said cases rose.",
            ClaimStatus.ATTRIBUTED,
            "the latest WHO report",
        ),
    ],
)
def test_what_a_named_bodys_report_claims_stays_at_a_distance(
    text: str, status: ClaimStatus, source: str
) -> None:
    finding = classify_sentences([text])[0]
    assert (finding.status, finding.source) == (status, source)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            '"We will not seize existing stock," said a senior administration official.',
            ClaimStatus.CLAIMED,
        ),
        (
            '"We will not seize existing stock," a senior administration official said.',
            ClaimStatus.CLAIMED,
        ),
        ('"The flight landed at six," said an airport official.', ClaimStatus.ATTRIBUTED),
    ],
)
def test_an_unnamed_official_after_the_quotation_is_as_anonymous(
    text: str, status: ClaimStatus
) -> None:
    assert classify_sentences([text])[0].status is status


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Rick Santorum doubled down in an interview, where he defended his recent claims "
            "that Obama has a phony theology.",
            "Rick Santorum",
        ),
        # (no fragment: the words before a claim noun are not its speaker, "his on-camera")
        (
            "Senators pressed Michael Steele to explain his on-camera claim that the war "
            "was one of choice.",
            None,
        ),
        # a person's noun before "claims" is who claims
        ("Jones was sacked, and her father-in-law claims the firm lied.", "her father-in-law"),
    ],
)
def test_a_possessive_and_modifiers_before_a_claim_noun_own_it(text: str, source: str) -> None:
    assert classify_sentences([text])[0].source == source


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # (the second review of the fortieth session: an official named after "said" inside
        # the clause is what is said, not who says it)
        (
            "The minister said a senior defence official would lead the inquiry.",
            ClaimStatus.ATTRIBUTED,
            "the minister",
        ),
        # … one who speaks of a named report's claims is the speaker
        (
            "The White House said CNN's report claimed that the president was ill.",
            ClaimStatus.CLAIMED,
            "The White House",
        ),
        # … a name after a preposition is no apposed speaker
        (
            "In a letter to Mark Zuckerberg, chairman of the committee said the firm had lied.",
            ClaimStatus.ATTRIBUTED,
            "chairman of the committee",
        ),
        # … a compound noun for people claims itself
        (
            "Jones was sacked, and her in-laws claim she stole the money.",
            ClaimStatus.CLAIMED,
            "her in-laws",
        ),
        # (the second review of the fortieth session: "those close to …" is no anonymous source
        # outside "according to")
        (
            '"Those close to me know the truth," Armstrong said.',
            ClaimStatus.ATTRIBUTED,
            "Armstrong",
        ),
        # … and a place whose name opens with "The" is no paper
        ("A report in The Hague said the court would rule on Monday.", ClaimStatus.CLAIMED, None),
    ],
)
def test_the_fortieth_sessions_review(text: str, status: ClaimStatus, source: str) -> None:
    finding = classify_sentences([text])[0]
    assert (finding.status, finding.source) == (status, source)


def test_a_plural_negation_shows_no_person() -> None:
    lines = ["Burnley haven't won in ten games.", "He said the team needed time."]
    assert classify_sentences(lines)[-1].source is None


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Obama will keep up the pressure, according to those familiar with the strategy.",
        "A deal is close, according to those briefed on the talks.",
    ],
)
def test_those_familiar_with_a_matter_are_an_anonymous_source(text: str) -> None:
    # (unnamed: no speaker is shown, as "those" would open it with a pronoun)
    finding = classify_sentences([text])[0]
    assert (finding.status, finding.source) == (ClaimStatus.CLAIMED, None)


def test_a_surname_before_a_verb_in_s_is_no_body_the_club_takes_up() -> None:
    lines = ["Pogba denies the allegations.", "The club says it is investigating."]
    assert classify_sentences(lines)[-1].source == "the club"


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        # a claim noun that a preposition governs is another verb's object, and the speech
        # tag set inside the sentence names who speaks of the claims (never the verb)
        (
            "The plan, Smith said, relies on claims that are not proven.",
            ClaimStatus.CLAIMED,
            "Smith",
        ),
        # … a sentence with no other speech verb keeps its subject
        ("Jones scoffed at claims he was leaving the club.", ClaimStatus.CLAIMED, "Jones"),
        # … and "to" before "claim" makes it a verb, whose subject claims
        ("Ms Reichert went on to claim that she met him.", ClaimStatus.CLAIMED, "Ms Reichert"),
        # a pronoun in a clause set before the main one looks ahead to the main subject
        (
            "Asked about the rally, when he told the crowd, Mr. Blumenthal said he did not "
            "recall the event.",
            ClaimStatus.ATTRIBUTED,
            "Mr. Blumenthal",
        ),
        (
            "When she spoke to reporters, Smith said the deal was done.",
            ClaimStatus.ATTRIBUTED,
            "Smith",
        ),
    ],
)
def test_claims_governed_by_a_preposition_and_pronouns_that_look_ahead(
    text: str, status: ClaimStatus, source: str
) -> None:
    finding = classify_sentences([text])[0]
    assert (finding.status, finding.source) == (status, source)


def test_a_pronoun_in_a_clause_before_the_main_one_may_be_the_speaker_too() -> None:
    # (the main clause's own pronoun stays the one resolved: the line before names who)
    lines = ["Jones arrived late.", "When he told the court about the deal, he said it was fair."]
    assert classify_sentences(lines)[-1].source == "Jones"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a span of time that opens the sentence is when, never who (found by classifying the
        # corpora's unlabelled articles: "Ten minutes" and "Several hours" had been speakers)
        (
            "Ten minutes later, Benjamin J. Rhodes, a deputy national security adviser, offered "
            "his first comments, saying, “We need to resolve this.”",
            "Benjamin J. Rhodes",
        ),
        (
            "Several hours earlier, a senior administration official also pushed back, saying "
            "the article was wrong.",
            "a senior administration official",
        ),
        (
            "A few months before he died, Carl Sagan recorded a message of hope, telling them: "
            "“I am glad you are there.”",
            "Carl Sagan",
        ),
    ],
)
def test_a_span_of_time_opening_the_sentence_is_no_speaker(text: str, source: str) -> None:
    assert classify_sentences([text])[0].source == source


def test_a_span_of_time_is_no_source_but_a_paper_named_by_one_is() -> None:
    for fragment in ("Ten minutes", "Several hours", "five hours", "30 seconds"):
        assert not is_plausible_source(fragment), fragment
    assert is_plausible_source("20 Minutes")  # the French paper


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "that" between a noun and a verb opens a relative clause, which describes the
        # subject: the clause is no subject of its own (found on the corpora's unlabelled
        # articles, where "tips off illegal aliens" had been a speaker)
        # … nor is one whose own subject follows "that"
        ("The suspect made a confession that police later said was coerced.", "police"),
        (
            "Paul Karol, chair of the IUPAC panel that verified the elements, said: “For now, "
            "most of the successes will be used by scientists.”",
            "Paul Karol",
        ),
        # … a complement clause keeps its break: "that" after a verb, or before a subject
        # whose verb follows
        ("Police believe that the man fled, officials said.", "officials"),
        ("The data shows that prices rose, economists said.", "economists"),
    ],
)
def test_a_relative_that_clause_is_no_subject(text: str, source: str | None) -> None:
    assert classify_sentences([text])[0].source == source


@pytest.mark.parametrize(
    "fragment", ["case anyone", "saw anyone", "any measure", "here's J Street", "Any business"]
)
def test_no_one_in_particular_is_no_source(fragment: str) -> None:
    # (found on the corpora's unlabelled articles: "In case anyone thinks …, Bishop
    # Accountability summarises" had "case anyone" as its speaker)
    assert not is_plausible_source(fragment)
    assert is_plausible_source("someone close to him")


def test_an_unnamed_sources_tag_verb_is_no_part_of_the_source() -> None:
    # (found on the corpora's unlabelled articles: the source had been "one official close to
    # the CHA alleged")
    text = (
        "“They deliberately turned over a fake server” to falsify evidence, one official close "
        "to the CHA alleged."
    )
    finding = classify_sentences([text])[0]
    assert (finding.status, finding.source) == (
        ClaimStatus.CLAIMED,
        "one official close to the CHA",
    )


def test_a_dash_between_spaces_parts_a_source() -> None:
    # (found on the corpora's unlabelled articles: "gun control proposal -- lawmakers")
    for fragment in ("gun control proposal -- lawmakers", "52 p.m. — Additional records"):
        assert not is_plausible_source(fragment), fragment
    assert is_plausible_source("Rolls-Royce")


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # (the review of the forty-first session's rules: minutes are a source, only a span of
        # time in lower case with its count is none)
        (
            ("Rates will stay high, according to the Federal Reserve's minutes.",),
            "the Federal Reserve's minutes",
        ),
        (("The minutes said policymakers saw risks to growth.",), "the minutes"),
        # … a title named like a span of time opens the sentence as its subject
        (
            (
                "Seven Days, the Vermont weekly, offered its first look at the plan, saying, "
                "“The city has no money.”",
            ),
            "Seven Days",
        ),
        # … titles may open with "Any" or a contracted "is"
        (
            ("Any Other Business, a Labour pressure group, claimed the vote was rigged.",),
            "Any Other Business",
        ),
        (("According to Who's Who, he was born in Leeds in 1950.",), "Who's Who"),
        # … a pronoun looks ahead only from a clause that opens the sentence, past its comma
        (
            (
                "Jane Doe, 24, went to a police station in Leeds.",
                "When she told police that her husband said he would kill her, officers did "
                "nothing.",
            ),
            "Jane Doe",
        ),
        (
            (
                "John Smith is the chief executive.",
                "Smith quit on Friday, when he told staff that regulators said the bank was "
                "insolvent.",
            ),
            "John Smith",
        ),
        # … "that" before a verb of saying's subject is no relative clause
        (
            ("Prices rose so fast that market analysts said a rescue was needed.",),
            "market analysts",
        ),
        (("The company that regulators say failed to act has denied wrongdoing.",), "regulators"),
        # … and a tag that closes the sentence leaves claims their own claimant
        (
            ("Trump was criticized for claims he made about the election, the AP reported.",),
            "Trump",
        ),
    ],
)
def test_the_forty_first_sessions_review(lines: tuple[str, ...], source: str) -> None:
    assert classify_sentences(list(lines))[-1].source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb in -s or an auxiliary opens the predicate a name and its apposition head, then
        # "and" joins the verb of saying to it: the name speaks (it had been "tracks", a verb)
        (
            "Technorati, a blog search engine, tracks about six million blogs and says that more "
            "than 12,000 are added daily.",
            "Technorati",
        ),
        (
            "Emma Jackson, 28, was subjected to vile verbal abuse and said she was stalked.",
            "Emma Jackson",
        ),
        # … not "and" inside a relative clause
        (
            "One of them, Senator Susan Collins of Maine, is among only a handful of Republicans "
            "who have broken with the president and called for the government to reopen.",
            None,
        ),
    ],
)
def test_a_present_or_auxiliary_predicate_before_and(text: str, source: str | None) -> None:
    assert classify_sentences([text])[0].source == source


def test_a_quoted_title_inside_the_subject_leaves_no_bare_role_as_a_speaker() -> None:
    # the mask that blanks "Pose" blanks its capital too: the words left are no lower-cased
    # text, whose lone noun next to the verb would be a name
    sentence = classify_sentence(
        '"Hearing the heartbeat was something we never take for granted," the "Pose" actor '
        'previously said on "DWTS."'
    )
    assert sentence.status is ClaimStatus.ATTRIBUTED
    assert sentence.source is None


def test_a_person_the_sentence_opens_with_says_its_quotation_not_the_last_speaker() -> None:
    sentences = classify_sentences(
        [
            "Leaked emails published by WikiLeaks revealed that Hillary Clinton’s foundation "
            "received millions of dollars from Saudi Arabia.",
            "In response, Clinton defamed Assange, an Australian citizen, as “very clearly a tool "
            "of Russian intelligence” and “a nihilistic opportunist who does the bidding of a "
            "dictator”.",
            "She offered no evidence — nor was asked for any — to back her grave allegations.",
        ]
    )
    # the note on "her" allegations reaches Clinton's words, not the leak's publisher
    assert [s.source for s in sentences] == ["WikiLeaks", "Hillary Clinton", "Hillary Clinton"]
    assert sentences[1].status is ClaimStatus.UNVERIFIED


def test_a_quotation_after_a_possessive_goes_on_with_the_last_speaker() -> None:
    sentences = classify_sentences(
        [
            "“I'm not convinced that he has one,” Trump said of the birth certificate issue.",
            "His response: “Well, I have people that actually have been studying it.”",
        ]
    )
    assert sentences[-1].source == "Trump"


@pytest.mark.parametrize("adverb", ["Afterward", "Eventually", "Nonetheless"])
def test_an_adverb_that_opens_the_sentence_is_no_speaker(adverb: str) -> None:
    assert not is_plausible_source(adverb)
    sentence = classify_sentence(
        f"{adverb}, in a theatrical appearance outside the courthouse, Mr. Stone vowed to beat "
        "what he called politically motivated charges."
    )
    assert sentence.source == "Mr. Stone"


def test_a_full_name_apposed_to_the_opening_role_is_the_person_a_pronoun_takes_up() -> None:
    sentences = classify_sentences(
        [
            "On July 22 that year, WikiLeaks released its first batch of Democratic emails.",
            "The White House press secretary, Sarah Huckabee Sanders, sought to distance Mr. "
            "Trump from the charges.",
            "“The charges have nothing to do with the president,” she told CNN.",
        ]
    )
    assert sentences[-1].source == "Sarah Huckabee Sanders"


@pytest.mark.parametrize(
    "line",
    [
        "Evans was “a manipulative and controlling man who preyed on the vulnerable”.",
        "Johnson has been called “a serial liar” and “a disgrace to his office”.",
        "The victim, Liam Jones, suffered “life-changing injuries to his head and face”.",
    ],
)
def test_a_quotation_that_describes_the_sentences_subject_goes_on_with_the_last_speaker(
    line: str,
) -> None:
    sentences = classify_sentences(["Prosecutor Jane Hill told the jury the man had lied.", line])
    assert sentences[-1].source == "Prosecutor Jane Hill"


def test_a_works_title_apposed_to_the_opening_role_is_no_person_a_pronoun_takes_up() -> None:
    sentences = classify_sentences(
        [
            "Paul Lynch won the Booker Prize on Sunday.",
            "The Irish novel, Prophet Song, beat five other books.",
            "He said he was stunned.",
        ]
    )
    assert sentences[-1].source == "Paul Lynch"


def test_an_unnamed_group_after_a_short_opener_is_the_speaker() -> None:
    sentence = classify_sentence("In private, some critics say the manager will be sacked.")
    assert sentence.source == "some critics"
