import torch

from stagesense_training.data import SPECIALS, Vocabulary
from stagesense_training.seq2seq import Seq2Seq, train
from stagesense_training.train_nextline import api_name, dev_sample, dev_scores


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


def test_dev_scores_count_exact_and_api_matches():
    torch.manual_seed(0)
    words = ["print", "(", ")", "var0", ".", "head", "pandas", "read_csv", "="]
    vocab = Vocabulary(SPECIALS + words)
    ids = {w: vocab.stoi[w] for w in words}
    head = [ids["var0"], ids["."], ids["head"]]
    read = [ids["var0"], ids["="], ids["pandas"], ids["."], ids["read_csv"]]
    pairs = [([ids["pandas"]], read), ([ids["var0"]], head)]
    model = Seq2Seq(len(vocab), len(vocab), embedding=16, hidden=32, dropout=0.0)
    train(model, pairs * 40, epochs=15, batch_size=8, lr=5e-3, log=lambda *_: None)
    scores = dev_scores(model, pairs, vocab)
    assert scores == {"pairs": 2, "exact_at_1": 1.0, "exact_at_3": 1.0, "api_at_1": 1.0}
    swapped = dev_scores(model, [(pairs[0][0], head), (pairs[1][0], read)], vocab)
    assert swapped["exact_at_1"] == 0.0 and swapped["api_at_1"] == 0.0
