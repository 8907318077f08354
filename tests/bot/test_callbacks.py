from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.callbacks import (
    BroadcastChoice,
    ClaimsPage,
    SubscribeTap,
    TopicTap,
    decode,
    encode,
    unreadable,
)

_IDS = st.integers(min_value=1, max_value=10**15 - 1)
_SLUGS = st.sampled_from(["ukraine", "climate", "world"])
_CALLBACKS = st.one_of(
    st.builds(TopicTap, _SLUGS, st.sampled_from([True, False, None])),
    st.builds(SubscribeTap, _SLUGS),
    st.builds(ClaimsPage, _IDS, st.integers(min_value=0, max_value=9999)),
    st.builds(BroadcastChoice, st.sampled_from(["send", "cancel"]), _IDS),
)


@given(_CALLBACKS)
def test_every_button_sift_makes_reads_back_the_same_and_fits_telegrams_64_bytes(
    callback: TopicTap | SubscribeTap | ClaimsPage | BroadcastChoice,
) -> None:
    data = encode(callback)
    assert decode(data) == callback
    assert len(data.encode()) <= 64


@given(st.one_of(st.text(max_size=80), st.binary(max_size=20), st.none(), st.integers()))
def test_any_other_data_is_unreadable_and_never_raises(data: object) -> None:
    callback = decode(data)
    assert callback is None or decode(encode(callback)) == callback
    assert unreadable(data) is (callback is None)


def test_topics_must_be_in_the_catalog_and_numbers_bounded() -> None:
    assert decode("topic:atlantis") is None
    assert decode("sub:ukraine ") is None
    assert decode("claims:" + "1" * 16) is None
    assert decode("claims:12:3") == ClaimsPage(12, 3)
    assert decode("claims:12:0:0badcafe") == ClaimsPage(12, 0, "0badcafe")
    assert encode(ClaimsPage(12, 1, "0badcafe")) == "claims:12:1:0badcafe"
    assert decode("claims:12:0badcafe") is None  # a version only after its page
    assert decode("claims:12:0:0BADCAFE") is None
