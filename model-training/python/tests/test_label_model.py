import numpy as np

from stagesense_training.label_model import LabelModel


def synthetic_votes(n=3000, k=6, seed=0):
    """Ten noisy LFs of known accuracy voting on known truth; most abstain most of the time."""
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, k, size=n)
    accuracies = [0.95, 0.9, 0.5, 0.45, 0.45, 0.4, 0.4, 0.4, 0.35, 0.35]
    votes = np.full((n, len(accuracies)), -1)
    for j, acc in enumerate(accuracies):
        fires = rng.random(n) < 0.5
        correct = rng.random(n) < acc
        wrong = (truth + rng.integers(1, k, size=n)) % k
        votes[fires, j] = np.where(correct, truth, wrong)[fires]
    return votes, truth


def test_label_model_beats_majority_vote_when_lfs_differ_in_accuracy():
    votes, truth = synthetic_votes()
    covered = (votes >= 0).any(axis=1)
    majority = LabelModel.majority(votes, 6)
    model = LabelModel(6).fit(votes)
    predicted = model.predict_proba(votes).argmax(axis=1)
    majority_acc = (majority[covered] == truth[covered]).mean()
    model_acc = (predicted[covered] == truth[covered]).mean()
    assert model_acc > majority_acc + 0.02, (model_acc, majority_acc)
    assert model_acc > 0.8


def test_learned_accuracies_rank_the_labeling_functions():
    votes, _ = synthetic_votes(n=6000, seed=1)
    model = LabelModel(6).fit(votes)
    acc = model.accuracy
    assert acc[0] > 0.85 and acc[-1] < 0.55
    assert np.corrcoef(acc, range(len(acc)))[0, 1] < -0.8


def test_cells_without_votes_get_the_prior():
    votes, _ = synthetic_votes(n=500)
    model = LabelModel(6).fit(votes)
    none = np.full((2, votes.shape[1]), -1)
    proba = model.predict_proba(none)
    assert np.allclose(proba[0], model.prior) and np.allclose(proba.sum(axis=1), 1.0)


def test_majority_vote_ties_go_to_the_earlier_stage_and_abstain_is_minus_one():
    votes = np.array([[2, 1, -1], [-1, -1, -1], [4, 4, 0]])
    assert LabelModel.majority(votes, 6).tolist() == [1, -1, 4]
