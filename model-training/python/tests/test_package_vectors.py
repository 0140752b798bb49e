import json
import os

import numpy as np
import scipy.sparse as sp

from stagesense_training import package_vectors as pv


def test_tokenize_is_the_java_query_encoders_rule():
    # QueryEncoder: lower case, runs of [a-z0-9]
    assert pv.tokenize("HTTP-Client for Py3k!") == ["http", "client", "for", "py3k"]
    assert pv.content_tokens("The fast DataFrame library in Python 3") == ["fast", "dataframe"]


def test_readme_markup_does_not_become_words():
    doc = {"name": "pandas", "summary": "Data analysis", "keywords": [],
           "description": '<div align="center"><img src="https://x.org/logo.svg"></div>\n'
                          ".. |PyPi| image:: https://badge.fury.io/py/pandas.svg\n   :target: https://pypi.org\n"
                          "A DataFrame for data analysis."}
    tokens = pv.document_tokens(doc)
    assert "dataframe" in tokens and "analysis" in tokens
    assert not {"div", "img", "svg", "https", "badge", "fury", "pypi"} & set(tokens)


def test_tfidf_rows_are_unit_and_rare_and_ubiquitous_terms_dropped():
    docs = [["http", "client", "only1"], ["http", "client", "server"], ["dataframe", "fast", "server"],
            ["dataframe", "fast", "common"], ["common", "x"]] + [["common"]] * 10
    matrix, vocabulary, idf = pv.tfidf_matrix(docs, min_df=2, max_df=0.5)
    assert "only1" not in vocabulary and "x" not in vocabulary, "seen once"
    assert "common" not in vocabulary, "in most documents"
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    assert np.allclose(norms[:4], 1.0)
    assert len(idf) == len(vocabulary)


def test_randomized_svd_matches_the_exact_svd():
    rng = np.random.default_rng(0)
    dense = rng.standard_normal((60, 8)) @ rng.standard_normal((8, 40))
    _, s, vt = pv.randomized_svd(sp.csr_matrix(dense), 5)
    exact = np.linalg.svd(dense, compute_uv=False)
    assert np.allclose(s, exact[:5], rtol=1e-6)
    assert np.allclose(vt @ vt.T, np.eye(5), atol=1e-8)


def test_text_vectors_put_documents_with_related_words_together():
    docs = ([["http", "client", "requests"]] * 5 + [["http", "client", "async"]] * 5
            + [["dataframe", "columns", "analysis"]] * 5 + [["dataframe", "columns", "fast"]] * 5)
    matrix, vocabulary, _ = pv.tfidf_matrix(docs, min_df=2, max_df=0.9)
    vectors, projection = pv.text_vectors(matrix, 2)
    assert projection.shape == (len(vocabulary), 2)
    assert vectors[0] @ vectors[5] > 0.9, "two HTTP clients"
    assert abs(vectors[0] @ vectors[10]) < 0.5, "an HTTP client and a dataframe"


def graph_of_two_cliques():
    names = ["a%d" % i for i in range(6)] + ["b%d" % i for i in range(6)] + ["lonely"]
    edges = []
    for group in ("a", "b"):
        for i in range(6):
            for j in range(i + 1, 6):
                edges.append({"src": "%s%d" % (group, i), "dst": "%s%d" % (group, j), "kind": "dependency",
                              "weight": 1})
    edges.append({"src": "a0", "dst": "b0", "kind": "coimport", "weight": 3})
    edges.append({"src": "a1", "dst": "unknown", "kind": "dependency", "weight": 1})
    return names, edges


def test_walks_follow_edges_and_skip_isolated_nodes():
    names, edges = graph_of_two_cliques()
    indptr, indices, weights = pv.package_graph(names, edges)
    walks = pv.random_walks(indptr, indices, weights, walks_per_node=3, length=8, seed=1)
    assert walks.shape == (12 * 3, 8)
    adjacency = {(a, b) for a in range(len(names)) for b in indices[indptr[a]:indptr[a + 1]]}
    for walk in walks:
        for a, b in zip(walk[:-1], walk[1:]):
            assert (a, b) in adjacency
    assert names.index("lonely") not in walks


def test_deepwalk_separates_two_communities():
    names, edges = graph_of_two_cliques()
    indptr, indices, weights = pv.package_graph(names, edges)
    vectors, has_graph = pv.deepwalk(indptr, indices, weights, dim=8, walks_per_node=20, length=10, window=3,
                                     epochs=3, seed=0)
    assert not has_graph[-1] and np.all(vectors[-1] == 0)
    within = np.mean([vectors[i] @ vectors[j] for i in range(1, 6) for j in range(i + 1, 6)])
    across = np.mean([vectors[i] @ vectors[6 + j] for i in range(1, 6) for j in range(1, 6)])
    assert within > across + 0.3, (within, across)


def test_imputed_graph_vectors_come_from_text_neighbours():
    text = pv.normalize_rows(np.array([[1.0, 0.0], [0.0, 1.0], [0.9, 0.1]]))
    graph = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
    result = pv.impute_graph(text, graph, np.array([True, True, False]), neighbours=1)
    assert np.allclose(result[2], [1.0, 0.0, 0.0])
    assert np.allclose(result[:2], graph[:2])


def test_joint_vectors_are_unit_with_weighted_halves():
    text = pv.normalize_rows(np.array([[3.0, 4.0], [1.0, 0.0]]))
    graph = np.array([[0.0, 1.0], [0.0, 0.0]])
    joint = pv.joint_vectors(text, graph, 0.6)
    assert np.allclose(np.linalg.norm(joint, axis=1), 1.0)
    assert np.allclose(joint[0], [0.8 * 0.6, 0.8 * 0.8, 0.0, 0.6])
    assert np.allclose(joint[1], [1.0, 0.0, 0.0, 0.0]), "no graph: the text alone, still unit"


def test_save_and_load_round_trip_in_the_java_format(tmp_path):
    names, edges = graph_of_two_cliques()
    words = ["http client", "async http", "http server", "dataframe columns", "fast dataframe", "columns query"]
    docs = [{"name": n, "summary": words[i % len(words)] + " " + words[(i + 1) % len(words)],
             "description": None, "keywords": []} for i, n in enumerate(names)]
    result = pv.build(docs, edges, text_dim=2, graph_dim=4, graph_weight=0.5, walks_per_node=2, walk_length=5,
                      window=2, epochs=1)
    meta = pv.save(str(tmp_path), result, {"text_dim": 2, "graph_dim": 4, "graph_weight": 0.5})
    assert meta["count"] == len(names) and meta["joint_dim"] == 6
    assert os.path.getsize(tmp_path / "joint.f32") == len(names) * 6 * 4, "float32, no header"
    first = np.frombuffer((tmp_path / "joint.f32").read_bytes()[:24], dtype="<f4")
    assert np.allclose(first, result["joint"][0], atol=1e-6)
    loaded_meta, loaded = pv.load(str(tmp_path))
    assert loaded["names"] == names
    assert np.allclose(loaded["joint"], result["joint"], atol=1e-6)
    assert list(loaded["has_graph"]) == [True] * 12 + [False]
    terms = (tmp_path / "query-terms.txt").read_text().split()
    assert os.path.getsize(tmp_path / "query-projection.f32") == len(terms) * 2 * 4
    assert json.loads((tmp_path / "vectors.json").read_text())["text_dim"] == 2
