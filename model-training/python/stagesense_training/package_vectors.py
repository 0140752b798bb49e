"""Package vectors for the similar-packages index (docs/packages.md): text, graph and joint.

- text: TF-IDF over name parts, summary, description and keywords, projected onto term vectors (truncated SVD of
  the terms' positive PMI, a count-based word2vec): a document is the TF-IDF-weighted sum of its terms' vectors;
- graph: DeepWalk — weighted random walks over the dependency + co-import graph, skip-gram with negative
  sampling in torch; packages without any edge (most PyPI-only ones: the PyPI list has no dependencies) borrow the
  graph vector of their nearest text neighbours that have one, so the joint space has no empty half;
- joint: the two unit vectors side by side, weighted so that the joint vector has unit length.

Writes plain little-endian float32 matrices plus a name list, which ai.stagesense.packages.PackageIndexBuilder
reads, and the TF-IDF vocabulary + projection the Java side needs to fold a free-text query into the text space.

    python3 -m stagesense_training.package_vectors --dataset DATASET --out DATASET/package-vectors
"""
import argparse
import json
import math
import os
import re
import time

import numpy as np
import scipy.sparse as sp
import torch

from .data import read_jsonl

# The Java query encoder (ai.stagesense.packages.QueryEncoder) splits text the same way; a stop word never reaches
# the vocabulary, so Java needs only this pattern, not the list.
TOKEN = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset("""
a an and are as at be by can for from has have in into is it its of on or that the this to was with without via
your you we our not no all any more most other some such than then these those which will using use used based
python python3 py library libraries package packages module modules api tool tools toolkit utility utilities
support implementation simple easy interface wrapper lib project version
""".split())
DESCRIPTION_CHARS = 2000
# READMEs (the long descriptions of installed packages) are full of badge and image markup that would make every
# package with a README look alike: URLs, HTML tags and reST/Markdown image directives are dropped, then the words
# that only markup produces.
MARKUP = re.compile(r"[a-z][a-z0-9+.-]*://\S+|www\.\S+|<[^>]*>|\.\. \|[^|]*\| image::[^\n]*|:(?:target|alt):[^\n]*|!\[[^]]*]\([^)]*\)",
                    re.IGNORECASE)
MARKUP_WORDS = frozenset("div img src href align center br svg png badge badges shield shields pypi github com org io "
                         "readthedocs alt width height".split())


def tokenize(text):
    """Lower-cased runs of ASCII letters and digits."""
    return TOKEN.findall(text.lower()) if text else []


def content_tokens(text):
    return [t for t in tokenize(text) if len(t) > 1 and not t.isdigit() and t not in STOPWORDS]


def description_tokens(description):
    text = MARKUP.sub(" ", (description or "")[:DESCRIPTION_CHARS])
    return [t for t in content_tokens(text) if t not in MARKUP_WORDS]


def document_tokens(doc):
    """The words a package is known by: its name parts, summary, keywords and the start of its description."""
    parts = [doc["name"].replace("-", " "), doc.get("summary") or "", " ".join(doc.get("keywords") or [])]
    return content_tokens(" ".join(parts)) + description_tokens(doc.get("description"))


def tfidf_matrix(token_lists, min_df=2, max_df=0.3, vocabulary=None):
    """Sublinear TF × smoothed IDF, rows L2-normalised. Returns (csr matrix, vocabulary list, idf array)."""
    n = len(token_lists)
    if vocabulary is None:
        df = {}
        for tokens in token_lists:
            for t in set(tokens):
                df[t] = df.get(t, 0) + 1
        vocabulary = sorted(t for t, c in df.items() if c >= min_df and c <= max_df * n)
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1 for t in vocabulary], dtype=np.float64)
    else:
        vocabulary, idf = vocabulary
    index = {t: i for i, t in enumerate(vocabulary)}
    rows, cols, vals = [], [], []
    for r, tokens in enumerate(token_lists):
        counts = {}
        for t in tokens:
            j = index.get(t)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        for j, c in counts.items():
            rows.append(r)
            cols.append(j)
            vals.append((1 + math.log(c)) * idf[j])
    matrix = sp.csr_matrix((vals, (rows, cols)), shape=(n, len(vocabulary)), dtype=np.float64)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    norms[norms == 0] = 1
    return sp.diags(1 / norms) @ matrix, vocabulary, idf


def randomized_svd(matrix, k, oversample=10, power_iterations=4, seed=0):
    """Halko et al.'s randomized range finder: the top-k singular triplets of a sparse matrix, deterministic."""
    rng = np.random.default_rng(seed)
    probe = rng.standard_normal((matrix.shape[1], k + oversample))
    basis, _ = np.linalg.qr(matrix @ probe)
    for _ in range(power_iterations):
        # re-orthonormalising between products keeps small singular directions from drowning in round-off
        basis, _ = np.linalg.qr(matrix.T @ basis)
        basis, _ = np.linalg.qr(matrix @ basis)
    small = (matrix.T @ basis).T
    u_small, s, vt = np.linalg.svd(small, full_matrices=False)
    return (basis @ u_small)[:, :k], s[:k], vt[:k]


def normalize_rows(matrix):
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return matrix / norms


def word_vectors(tfidf, dim, context_power=0.75, seed=0):
    """Term vectors: truncated SVD of the positive PMI between terms used in the same package text, the context
    distribution smoothed by ^0.75 as in word2vec (rare context terms would otherwise dominate PMI)."""
    presence = (tfidf > 0).astype(np.float64)
    together = (presence.T @ presence).tocoo()
    off_diagonal = together.row != together.col
    rows, cols, counts = together.row[off_diagonal], together.col[off_diagonal], together.data[off_diagonal]
    total = counts.sum()
    term_totals = np.bincount(rows, weights=counts, minlength=tfidf.shape[1])
    context = term_totals ** context_power
    context /= context.sum()
    pmi = np.log((counts / total) / ((term_totals[rows] / total) * context[cols]))
    positive = pmi > 0
    ppmi = sp.csr_matrix((pmi[positive], (rows[positive], cols[positive])), shape=(tfidf.shape[1],) * 2)
    vectors, _, _ = randomized_svd(ppmi, dim, seed=seed)
    if vectors.shape[1] < dim:
        # a vocabulary smaller than dim: pad, so the file layout is always text_dim wide
        vectors = np.hstack([vectors, np.zeros((vectors.shape[0], dim - vectors.shape[1]))])
    return vectors


def text_vectors(tfidf, dim, seed=0):
    """Document vectors as the TF-IDF-weighted sum of term vectors, unit length; also returns the term vectors,
    which fold a free-text query in the same way.

    Summaries are one line, so a rank-k LSA of the TF-IDF matrix represents many of them badly, and two badly
    represented documents end up with a high cosine (pandas ~ jinja2). Term vectors learnt from co-occurrence give
    every known word a full vector instead.
    """
    projection = word_vectors(tfidf, dim, seed=seed)
    return normalize_rows(np.asarray(tfidf @ projection)), projection


def package_graph(names, edges, coimport_scale=1.0):
    """Undirected weighted graph as CSR arrays (indptr, indices, weights) over the catalog's name order.

    Dependencies weigh 1 per catalog stating them; co-imports log(1 + notebooks), so the few pairs every notebook
    imports (numpy–pandas) do not swallow the walks.
    """
    index = {n: i for i, n in enumerate(names)}
    weights = {}
    for e in edges:
        a, b = index.get(e["src"]), index.get(e["dst"])
        if a is None or b is None or a == b:
            continue
        w = float(e["weight"]) if e["kind"] == "dependency" else coimport_scale * math.log1p(e["weight"])
        for key in ((a, b), (b, a)):
            weights[key] = weights.get(key, 0.0) + w
    if not weights:
        return np.zeros(len(names) + 1, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    pairs = np.array(sorted(weights), dtype=np.int64)
    values = np.array([weights[tuple(p)] for p in pairs])
    adjacency = sp.csr_matrix((values, (pairs[:, 0], pairs[:, 1])), shape=(len(names), len(names)))
    return adjacency.indptr.astype(np.int64), adjacency.indices.astype(np.int64), adjacency.data


def random_walks(indptr, indices, weights, walks_per_node, length, seed=0):
    """Weighted walks from every node with an edge, all walks advanced together (one vectorised step per hop)."""
    rng = np.random.default_rng(seed)
    degree = np.diff(indptr)
    starts = np.repeat(np.flatnonzero(degree > 0), walks_per_node)
    rng.shuffle(starts)
    cumulative = np.cumsum(weights)
    before = np.concatenate([[0.0], cumulative])
    walks = np.empty((len(starts), length), dtype=np.int64)
    walks[:, 0] = starts
    current = starts
    for step in range(1, length):
        lo, hi = before[indptr[current]], before[indptr[current + 1]]
        target = lo + rng.random(len(current)) * (hi - lo)
        position = np.searchsorted(cumulative, target, side="right")
        position = np.clip(position, indptr[current], indptr[current + 1] - 1)
        current = indices[position]
        walks[:, step] = current
    return walks


def skipgram_pairs(walks, window):
    """(center, context) pairs within `window` hops, both directions."""
    centers, contexts = [], []
    for d in range(1, window + 1):
        centers += [walks[:, :-d].ravel(), walks[:, d:].ravel()]
        contexts += [walks[:, d:].ravel(), walks[:, :-d].ravel()]
    return np.concatenate(centers), np.concatenate(contexts)


def train_skipgram(centers, contexts, n_nodes, dim, negatives=5, epochs=2, batch=4096, lr=0.01, seed=0):
    """Skip-gram with negative sampling (noise ∝ count^0.75, as word2vec); returns the input embeddings."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    inputs = torch.nn.Embedding(n_nodes, dim, sparse=True)
    outputs = torch.nn.Embedding(n_nodes, dim, sparse=True)
    torch.nn.init.uniform_(inputs.weight, -0.5 / dim, 0.5 / dim)
    torch.nn.init.zeros_(outputs.weight)
    optimizer = torch.optim.SparseAdam(list(inputs.parameters()) + list(outputs.parameters()), lr=lr)
    noise = torch.tensor(np.bincount(contexts, minlength=n_nodes) ** 0.75, dtype=torch.float)
    centers_t, contexts_t = torch.from_numpy(centers), torch.from_numpy(contexts)
    for _ in range(epochs):
        order = torch.from_numpy(rng.permutation(len(centers)))
        for start in range(0, len(order), batch):
            idx = order[start:start + batch]
            c, o = centers_t[idx], contexts_t[idx]
            neg = torch.multinomial(noise, len(idx) * negatives, replacement=True).view(len(idx), negatives)
            u = inputs(c)
            positive = torch.nn.functional.logsigmoid((u * outputs(o)).sum(-1))
            negative = torch.nn.functional.logsigmoid(-torch.bmm(outputs(neg), u.unsqueeze(-1)).squeeze(-1)).sum(-1)
            loss = -(positive + negative).mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return inputs.weight.detach().numpy().astype(np.float64)


def deepwalk(indptr, indices, weights, dim, walks_per_node=10, length=20, window=4, epochs=2, seed=0):
    """Unit graph vectors for nodes with an edge, zero rows for the others; and the mask of the former."""
    n = len(indptr) - 1
    has_graph = np.diff(indptr) > 0
    vectors = np.zeros((n, dim))
    if has_graph.any():
        walks = random_walks(indptr, indices, weights, walks_per_node, length, seed)
        centers, contexts = skipgram_pairs(walks, window)
        raw = train_skipgram(centers, contexts, n, dim, epochs=epochs, seed=seed)
        # skip-gram vectors share one common direction (random pairs sit at cosine ~0.3); removing the mean leaves
        # the directions that tell packages apart
        raw[has_graph] -= raw[has_graph].mean(axis=0)
        vectors = normalize_rows(raw)
        vectors[~has_graph] = 0
    return vectors, has_graph


def impute_graph(text, graph, has_graph, neighbours=10, chunk=2048):
    """Graph vectors for packages without edges: the similarity-weighted mean over their nearest text neighbours
    that have one (a PyPI-only package sits, in the graph, where packages described like it sit)."""
    result = graph.copy()
    donors = np.flatnonzero(has_graph)
    missing = np.flatnonzero(~has_graph)
    if len(donors) == 0:
        return result
    m = min(neighbours, len(donors))
    for start in range(0, len(missing), chunk):
        rows = missing[start:start + chunk]
        sims = text[rows] @ text[donors].T
        top = np.argpartition(-sims, m - 1, axis=1)[:, :m]
        top_sims = np.clip(np.take_along_axis(sims, top, axis=1), 0, None)
        mixed = np.einsum("rk,rkd->rd", top_sims, graph[donors[top]])
        result[rows] = normalize_rows(mixed)
    return result


def joint_vectors(text, graph, graph_weight):
    """[a·t, b·g] with a² + b² = 1: unit length whenever both halves are unit vectors, so cosine = dot product."""
    a = math.sqrt(1 - graph_weight ** 2)
    return normalize_rows(np.hstack([a * text, graph_weight * graph]))


def load_dataset(dataset):
    packages = os.path.join(dataset, "packages")
    docs = sorted(read_jsonl(os.path.join(packages, "documents")), key=lambda d: d["name"])
    edges = list(read_jsonl(os.path.join(packages, "edges")))
    return docs, edges


def write_matrix(path, matrix):
    np.ascontiguousarray(matrix, dtype="<f4").tofile(path)


def read_matrix(path, rows):
    data = np.fromfile(path, dtype="<f4")
    return data.reshape(rows, -1).astype(np.float64)


def build(docs, edges, text_dim=48, graph_dim=16, graph_weight=0.35, walks_per_node=10, walk_length=20,
          window=4, epochs=2, seed=0):
    """Every vector kind for the documents (in their order) plus what the query encoder needs."""
    names = [d["name"] for d in docs]
    tfidf, vocabulary, idf = tfidf_matrix([document_tokens(d) for d in docs])
    text, projection = text_vectors(tfidf, text_dim, seed=seed)
    indptr, indices, weights = package_graph(names, edges)
    graph, has_graph = deepwalk(indptr, indices, weights, graph_dim, walks_per_node, walk_length, window, epochs,
                                seed)
    joint = joint_vectors(text, impute_graph(text, graph, has_graph), graph_weight)
    return {"names": names, "text": text, "graph": graph, "has_graph": has_graph, "joint": joint,
            "vocabulary": vocabulary, "idf": idf, "projection": projection}


def save(out, result, config):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "names.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(result["names"]) + "\n")
    for kind in ("text", "graph", "joint"):
        write_matrix(os.path.join(out, kind + ".f32"), result[kind])
    result["has_graph"].astype(np.uint8).tofile(os.path.join(out, "has_graph.u8"))
    with open(os.path.join(out, "query-terms.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(result["vocabulary"]) + "\n")
    write_matrix(os.path.join(out, "query-idf.f32"), result["idf"])
    write_matrix(os.path.join(out, "query-projection.f32"), result["projection"])
    meta = dict(config)
    meta.update({"count": len(result["names"]), "joint_dim": int(result["joint"].shape[1]),
                 "vocabulary": len(result["vocabulary"]), "graph_nodes": int(result["has_graph"].sum()),
                 "text_weight": math.sqrt(1 - config["graph_weight"] ** 2)})
    with open(os.path.join(out, "vectors.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, indent=1)
        fh.write("\n")
    return meta


def load(out):
    """What save() wrote, as numpy arrays (the evaluation reads it back)."""
    with open(os.path.join(out, "vectors.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    with open(os.path.join(out, "names.txt"), encoding="utf-8") as fh:
        names = [line.rstrip("\n") for line in fh if line.strip()]
    n = len(names)
    result = {kind: read_matrix(os.path.join(out, kind + ".f32"), n) for kind in ("text", "graph", "joint")}
    result["has_graph"] = np.fromfile(os.path.join(out, "has_graph.u8"), dtype=np.uint8).astype(bool)
    result["names"] = names
    return meta, result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", required=True, help="the dataset builder's --out directory")
    parser.add_argument("--out", required=True)
    parser.add_argument("--text-dim", type=int, default=48)
    parser.add_argument("--graph-dim", type=int, default=16)
    parser.add_argument("--graph-weight", type=float, default=0.35, help="b in [a·text, b·graph], a² + b² = 1")
    parser.add_argument("--walks", type=int, default=10, help="walks per node")
    parser.add_argument("--walk-length", type=int, default=20)
    parser.add_argument("--window", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    started = time.time()
    docs, edges = load_dataset(args.dataset)
    if not docs:
        raise SystemExit("no package documents under %s/packages/documents (run ./stagesense dataset)" % args.dataset)
    kinds = {}
    for e in edges:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    config = {"text_dim": args.text_dim, "graph_dim": args.graph_dim, "graph_weight": args.graph_weight,
              "walks_per_node": args.walks, "walk_length": args.walk_length, "window": args.window,
              "epochs": args.epochs, "seed": args.seed, "edges": kinds}
    result = build(docs, edges, args.text_dim, args.graph_dim, args.graph_weight, args.walks, args.walk_length,
                   args.window, args.epochs, args.seed)
    meta = save(args.out, result, config)
    print("package vectors: %d packages, %d terms, %d graph nodes (%s), %.0f s -> %s" % (
        meta["count"], meta["vocabulary"], meta["graph_nodes"],
        ", ".join("%d %s edges" % (c, k) for k, c in sorted(kinds.items())), time.time() - started, args.out))


if __name__ == "__main__":
    main()
