import numpy as np

from stagesense_training import package_eval as pe


def test_queries_join_every_group_of_a_package():
    groups = [{"id": "dl", "packages": ["keras", "torch"]}, {"id": "high", "packages": ["keras", "fastai"]}]
    q = pe.queries(groups, {"high"})
    assert q["keras"] == ({"torch", "fastai"}, True)
    assert q["torch"] == ({"keras"}, False)


def test_ranking_metrics_normalise_precision_by_the_reachable_hits():
    q = {"requests": ({"httpx", "aiohttp"}, False), "pandas": ({"polars"}, False)}
    m = pe.ranking_metrics({"requests": ["x", "httpx", "aiohttp"], "pandas": ["a", "b"]}, q)
    assert np.isclose(m["precision@10"], 0.5)
    assert np.isclose(m["recall@10"], 0.5)
    assert np.isclose(m["mrr"], 0.25)
    assert pe.ranking_metrics({}, q)["mrr"] == 0, "no ranking counts as all misses"


def test_nearest_excludes_the_query_and_unusable_rows():
    vectors = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0], [1.0, 0.0]])
    names = ["a", "b", "c", "d"]
    assert pe.nearest(vectors, names, ["a"], k=2) == {"a": ["d", "b"]}
    assert pe.nearest(vectors, names, ["a"], k=2, usable=np.array([True, True, True, False])) == {"a": ["b", "c"]}
    assert pe.nearest(vectors, names, ["a"], k=2, usable=np.array([False, True, True, True])) == {}


def test_topic_is_the_maintainer_team_not_a_person():
    assert pe.team("Debian Science Team <x@y>") == "Debian Science Maintainers"
    assert pe.team("Debian Python Team <team+python@tracker.debian.org>") == "Debian Python Team"
    assert pe.team("Sandro Tosi <morph@debian.org>") is None
    assert pe.team("Debian QA Group <packages@qa.debian.org>") is None
    assert pe.team(None) is None


def test_logistic_regression_separates_separable_topics():
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(0, 1, (60, 4)) + [4, 0, 0, 0], rng.normal(0, 1, (60, 4)) - [4, 0, 0, 0]])
    y = np.array([0] * 60 + [1] * 60)
    result = pe.separability(x, y, 2)
    assert all(acc > 0.95 and f1 > 0.95 for acc, f1 in result.values())
