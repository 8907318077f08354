from summarizer.runs import heavy_runs


def test_each_positive_stretch_is_found_with_its_weight_and_span() -> None:
    weights = [-1, 5, -2, 4, -10, 3, 3, -1]
    assert heavy_runs(weights) == [(7, 1, 4), (6, 5, 7)]


def test_nothing_positive_gives_no_run() -> None:
    assert heavy_runs([-1, -2, 0]) == []
    assert heavy_runs([]) == []
