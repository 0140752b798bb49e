"""The stage report compares the methods on every hand-labelled cell and on the cells some rule votes on."""
import numpy as np

from stagesense_training.metrics import summary
from stagesense_training.train_stage import rounded_metrics, write_report


def results_for(truth, predictions, covered):
    res = {"n": len(truth)}
    res.update({name: summary(truth, p, 6) for name, p in predictions.items()})
    res["covered"] = {"n": int(covered.sum())}
    res["covered"].update({name: summary(truth[covered], p[covered], 6) for name, p in predictions.items()
                           if name != "majority_vote_fallback"})
    return res


def test_abstaining_rules_are_also_compared_on_the_cells_they_vote_on(tmp_path):
    truth = np.array([0, 1, 2, 3, 4, 5, 2, 3])
    rules = np.array([0, 1, 2, 3, 4, 5, -1, -1])          # no rule votes on the last two cells
    model = np.array([0, 1, 2, 3, 4, 5, 2, 1])
    covered = rules >= 0
    res = results_for(truth, {"majority_vote": rules, "majority_vote_fallback": np.where(covered, rules, 2),
                              "end_model": model, "end_model_smoothed": model}, covered)

    metrics = rounded_metrics(res)
    assert metrics["covered"]["n"] == 6
    assert metrics["covered"]["majority_vote"]["macro_f1"] == 1.0
    assert metrics["covered"]["end_model"]["macro_f1"] == 1.0
    assert metrics["majority_vote"]["accuracy"] == 0.75
    assert metrics["majority_vote_fallback"]["accuracy"] == 0.875, "explore (2) is right on one uncovered cell"
    assert "majority_vote_fallback" not in metrics["covered"]

    write_report(str(tmp_path), {"test": res}, n_train=10, n_lfs=3, seconds=1.0, dev_weight=0)
    report = (tmp_path / "stage.md").read_text()
    assert "On the 6 of 8 cells where at least one rule votes" in report
    assert "| majority vote, explore where no rule votes (the server's fallback) | 0.875 |" in report
