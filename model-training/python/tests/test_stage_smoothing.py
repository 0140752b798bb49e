import numpy as np

from stagesense_training.stage_smoothing import smooth, smooth_notebooks, transitions

STICKY = [[0.8, 0.2], [0.2, 0.8]]


def test_transitions_count_consecutive_cells_of_each_notebook_only():
    cells = [{"notebook_id": "a", "position": p} for p in (2, 0, 1)] + [{"notebook_id": "b", "position": 0}]
    t = transitions(cells, [1, 0, 0, 1], k=2)
    # a: 0 → 0 → 1; b alone adds nothing; add-one smoothing
    np.testing.assert_allclose(t, [[2 / 4, 2 / 4], [1 / 2, 1 / 2]])


def test_an_unsure_cell_between_two_sure_ones_takes_their_stage():
    p = np.array([[0.9, 0.1], [0.45, 0.55], [0.9, 0.1]])
    assert smooth(p, STICKY, 1.0)[1].argmax() == 0
    assert smooth(p, STICKY, 0.0)[1].argmax() == 1  # alpha 0: unchanged


def test_a_confident_cell_keeps_its_stage_and_rows_are_distributions():
    p = np.array([[0.9, 0.1], [0.05, 0.95], [0.9, 0.1]])
    out = smooth(p, STICKY, 1.0)
    assert out[1].argmax() == 1
    np.testing.assert_allclose(out.sum(axis=1), 1.0)


def test_smooth_notebooks_keeps_input_order_and_separates_notebooks():
    cells = [{"notebook_id": "a", "position": 1}, {"notebook_id": "b", "position": 0},
             {"notebook_id": "a", "position": 0}, {"notebook_id": "a", "position": 2}]
    p = np.array([[0.45, 0.55], [0.45, 0.55], [0.9, 0.1], [0.9, 0.1]])
    out = smooth_notebooks(cells, p, STICKY, 1.0)
    assert out[0].argmax() == 0      # a's middle cell, between two sure cells
    np.testing.assert_allclose(out[1], p[1])  # b's only cell: nothing to smooth with


def test_java_parity_fixture():
    """The numbers StageSmoothingTest (Java) expects for the same input."""
    p = np.array([[0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.1, 0.2, 0.7]])
    t = np.array([[0.6, 0.3, 0.1], [0.2, 0.6, 0.2], [0.1, 0.3, 0.6]])
    out = smooth(p, t, 0.5)
    np.testing.assert_allclose(out, [[0.677026, 0.212709, 0.110265], [0.290362, 0.4257, 0.283938],
                                    [0.105349, 0.252038, 0.642613]], atol=1e-5)
