from stagesense_training.data import SPECIALS, Vocabulary
from stagesense_training.train_nextline import api_name, dev_sample, dev_scores, ngram_table


def test_api_name_follows_the_java_evaluation():
    # the cases of ai.stagesense.cli.ApiNameTest
    assert api_name("var0=pandas.read_csv") == "pandas.read_csv"
    assert api_name("var3,var4=sklearn.model_selection.train_test_split(var1)") == \
        "sklearn.model_selection.train_test_split"
    assert api_name("seaborn.heatmap(var0.corr)") == "seaborn.heatmap"
    assert api_name("with_var16=open(var17)") == "open"
    assert api_name("var0.groupby.mean") == "var.mean"
    assert api_name("var0[].fillna") == "var.fillna"
    assert api_name("var8[]=var6.fit_transform(var8[])") == "var.fit_transform"
    assert api_name("for_var11,var12=var0.iterrows") == "var.iterrows"
    assert api_name("var2=<str>.split") == "<str>.split"
    assert api_name("import_pandas") == "import_pandas"
    assert api_name("%matplotlib") == "%matplotlib"
    for nothing in ("var0", "var6=<num>", "var0[]=var0[]", "var9+=var10", "return_var1,var2", "def_clean",
                    "class_Net", "except_ValueError", "try", "if", "", None):
        assert api_name(nothing) is None, nothing


def test_dev_sample_spreads_over_the_list():
    assert dev_sample(list(range(5)), 10) == [0, 1, 2, 3, 4]
    assert dev_sample(list(range(100)), 4) == [0, 25, 50, 75]


class FixedModel:
    """Answers every source with the same beam results: dev_scores' counting, not the search, is under test."""

    def __init__(self, results):
        self.results = results

    def beam_search(self, src, beam=3, k=3, finished_only=False):
        assert finished_only, "dev scores count whole lines only"
        return self.results[tuple(src)][:k]


def test_dev_scores_count_exact_and_api_matches():
    words = ["print", "(", ")", "var0", ".", "head", "pandas", "read_csv", "=", "var1", "<num>"]
    vocab = Vocabulary(SPECIALS + words)
    ids = {w: vocab.stoi[w] for w in words}
    head = [ids["var0"], ids["."], ids["head"]]                                     # var.head
    read = [ids["var0"], ids["="], ids["pandas"], ids["."], ids["read_csv"]]        # pandas.read_csv
    read1 = [ids["var1"], ids["="], ids["pandas"], ids["."], ids["read_csv"]]       # same API, other line
    number = [ids["var0"], ids["="], ids["<num>"]]                                  # calls nothing
    model = FixedModel({(1,): [(read1, -1.0), (read, -2.0)], (2,): [(head, -0.5)], (3,): [(head, -0.5)]})
    scores = dev_scores(model, [([1], read), ([2], head), ([3], number)], vocab)
    # exact@1: only pair 2; exact@3: pairs 1 and 2; API@1 over the two pairs whose line calls something: both
    assert scores == {"pairs": 3, "exact_at_1": 1 / 3, "exact_at_3": 2 / 3, "api_at_1": 1.0}
    assert dev_scores(model, [], vocab)["pairs"] == 0


def test_ngram_table_counts_every_view_and_writes_sorted_interned_levels():
    def record(nb, context, views, target):
        return {"notebook_id": nb, "cell_position": 0, "context": context, "context_variables": views[0],
                "context_apis": views[1], "target": target}

    records = [record("a", ["var0=pandas.read_csv"], (["var=pandas.read_csv"], ["pandas.read_csv"]), "var0.head"),
               record("b", ["var4=pandas.read_csv"], (["var=pandas.read_csv"], ["pandas.read_csv"]), "var4.info"),
               record("c", ["var2=pandas.read_csv"], (["var=pandas.read_csv"], ["pandas.read_csv"]), "var4.info")]
    stage_of = {(r["notebook_id"], 0): "load" for r in records}
    levels = (("lines", 2, 1, 1), ("variables", 2, 1, 2), ("apis", 2, 2, 2), ("lines", 0, 1, 5))
    table = ngram_table(records, stage_of, levels)
    strings = table["stage_less"]["strings"]
    lines, variables, apis, none = table["stage_less"]["levels"]

    assert [l["context"] for l in (lines, variables, apis, none)] == ["lines", "variables", "apis", "lines"]
    pairs = [tuple(lines["contexts"][i:i + 2]) for i in range(0, len(lines["contexts"]), 2)]
    assert pairs == sorted(pairs), "contexts sorted by their string ids, as the server searches them"
    assert [strings[i] for i in pairs[0]][0] == "<s>"
    assert variables["totals"] == [3] and variables["sizes"] == [2]
    assert [strings[i] for i in variables["lines"]] == ["var4.info", "var0.head"], "most frequent first"
    assert variables["counts"] == [2, 1]
    assert apis["totals"] == [3] and [strings[i] for i in apis["contexts"]] == ["<s>", "pandas.read_csv"]
    assert none["contexts"] == [] and none["totals"] == [3] and none["sizes"] == [2]
    assert table["counts"] == {}, "no stage-aware context was seen twice"


def test_a_dataset_without_the_context_views_is_refused_with_a_clear_message(tmp_path):
    import json

    import pytest

    from stagesense_training.train_nextline import read_records

    (tmp_path / "nextline").mkdir()
    (tmp_path / "nextline" / "part-00000.json").write_text(json.dumps(
        {"notebook_id": "n", "cell_position": 0, "split": "train", "context": [], "context_tokens": [],
         "target": "import_os", "target_tokens": ["import_", "os"], "cell_votes": [-1]}) + "\n")
    with pytest.raises(SystemExit, match="rebuild it with ./stagesense dataset"):
        read_records(str(tmp_path), 48)
