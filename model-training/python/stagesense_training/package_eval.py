"""Similar-packages evaluation (run by `./stagesense eval-packages`, which passes the Java engine's rankings).

1. Alternatives: each member of model-training/eval/package-alternatives.json is a query, the other members of its
   groups are the relevant answers. precision@10 normalised by min(10, relevant), recall@10 and MRR@10 for TF-IDF,
   the text, graph and joint vectors (cosine nearest neighbours) and, from Java, BM25 alone and the final hybrid
   (the engine's "alternatives" list). The hybrid's rank weights were tuned on half of the groups, so the table
   also reports the other half alone.
2. Topic separability: logistic regression on each vector kind predicting the Debian maintainer team, trained on
   10 / 50 / 90 % of the labelled packages, tested on the rest.
3. A 2-D PCA map of the joint space with well-known packages labelled.

Writes the report (markdown + PNG) and the metrics of the "packages" entry of models/manifest.json.
"""
import argparse
import datetime
import json
import os
import platform
import re

import numpy as np
import torch

from . import package_vectors as pv
from .manifest import register_model

K = 10
FRACTIONS = (0.1, 0.5, 0.9)
SEEDS = (0, 1, 2, 3, 4)
MIN_TEAM = 40
# Teams that changed names over the years, one topic each; the QA group adopts orphaned packages of any topic.
TEAM_ALIASES = {"Debian Science Team": "Debian Science Maintainers",
                "Debian Astro Team": "Debian Astronomy Team",
                "Debian Astronomy Maintainers": "Debian Astronomy Team"}
NOT_A_TOPIC = {"Debian QA Group"}
LABELLED = ["pandas", "numpy", "scipy", "matplotlib", "requests", "flask", "django", "scikit-learn", "pytest",
            "sqlalchemy", "celery", "boto3", "astropy", "biopython", "shapely", "pyqt5", "nova", "keystone",
            "networkx", "sympy", "pillow", "cryptography"]


def queries(groups, tuning_groups):
    """{name: (relevant set, is_tuning)} as AlternativeGroups.queries() in Java builds them."""
    out = {}
    for g in groups:
        for p in g["packages"]:
            relevant, tuning = out.get(p, (set(), False))
            out[p] = (relevant | (set(g["packages"]) - {p}), tuning or g["id"] in tuning_groups)
    return out


def ranking_metrics(rankings, query_set, k=K):
    """Mean normalised precision@k, recall@k, MRR@k; a query without a ranking counts as all misses."""
    precision = recall = rr = 0.0
    for name, (relevant, _) in query_set.items():
        ranked = rankings.get(name, [])[:k]
        hits = [r in relevant for r in ranked]
        precision += sum(hits) / min(k, len(relevant))
        recall += sum(hits) / len(relevant)
        rr += next((1 / (i + 1) for i, h in enumerate(hits) if h), 0.0)
    n = max(1, len(query_set))
    return {"precision@10": precision / n, "recall@10": recall / n, "mrr": rr / n}


def nearest(vectors, names, query_names, k=K, usable=None):
    """Top-k cosine neighbours (rows are unit or zero) of each query, itself excluded."""
    index = {n: i for i, n in enumerate(names)}
    out = {}
    for q in query_names:
        i = index.get(q)
        if i is None or (usable is not None and not usable[i]):
            continue
        scores = vectors @ vectors[i].T
        scores = np.asarray(scores.todense()).ravel() if hasattr(scores, "todense") else np.asarray(scores).ravel()
        scores[i] = -np.inf
        if usable is not None:
            scores[~usable] = -np.inf
        top = np.argpartition(-scores, k)[:k]
        out[q] = [names[j] for j in top[np.argsort(-scores[top])]]
    return out


def team(maintainer):
    """The maintainer team of a Debian package, or None for a person or the QA group."""
    if not maintainer:
        return None
    name = maintainer.split("<")[0].strip()
    name = TEAM_ALIASES.get(name, name)
    if name in NOT_A_TOPIC or not re.search(r"\b(Debian|Team|Maintainers|Project)\b", name):
        return None
    return name


def topic_labels(docs):
    teams = [team(d.get("maintainer")) if "debian" in (d.get("sources") or []) else None for d in docs]
    counts = {}
    for t in teams:
        if t:
            counts[t] = counts.get(t, 0) + 1
    kept = sorted(t for t, c in counts.items() if c >= MIN_TEAM)
    ids = {t: i for i, t in enumerate(kept)}
    return np.array([ids.get(t, -1) if t else -1 for t in teams]), kept


def logistic_regression(x_train, y_train, x_test, classes, epochs=300, seed=0):
    """Multinomial logistic regression (full-batch Adam, light L2), standardised features; predicted classes."""
    torch.manual_seed(seed)
    mean, std = x_train.mean(0), x_train.std(0) + 1e-6
    xt = torch.tensor((x_train - mean) / std, dtype=torch.float32)
    xs = torch.tensor((x_test - mean) / std, dtype=torch.float32)
    yt = torch.tensor(y_train)
    model = torch.nn.Linear(xt.shape[1], classes)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05, weight_decay=1e-4)
    for _ in range(epochs):
        optimizer.zero_grad()
        torch.nn.functional.cross_entropy(model(xt), yt).backward()
        optimizer.step()
    with torch.no_grad():
        return model(xs).argmax(1).numpy()


def macro_f1(y_true, y_pred, classes):
    f1 = []
    for c in range(classes):
        tp = np.sum((y_pred == c) & (y_true == c))
        fp = np.sum((y_pred == c) & (y_true != c))
        fn = np.sum((y_pred != c) & (y_true == c))
        f1.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1))


def separability(features, labels, classes):
    """{fraction: (accuracy, macro-F1)} averaged over seeds; stratified labelled/unlabelled splits."""
    out = {}
    for fraction in FRACTIONS:
        accs, f1s = [], []
        for seed in SEEDS:
            rng = np.random.default_rng(seed)
            train = np.zeros(len(labels), dtype=bool)
            for c in range(classes):
                members = np.flatnonzero(labels == c)
                rng.shuffle(members)
                train[members[:max(1, int(round(fraction * len(members))))]] = True
            predicted = logistic_regression(features[train], labels[train], features[~train], classes, seed=seed)
            accs.append(float(np.mean(predicted == labels[~train])))
            f1s.append(macro_f1(labels[~train], predicted, classes))
        out[fraction] = (float(np.mean(accs)), float(np.mean(f1s)))
    return out


def pca_map(joint, names, labels, teams, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    index = {n: i for i, n in enumerate(names)}
    shown = np.flatnonzero(labels >= 0)
    famous = [index[n] for n in LABELLED if n in index]
    rows = np.union1d(shown, famous)
    x = joint[rows] - joint[rows].mean(0)
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    xy = x @ vt[:2].T
    position = {r: i for i, r in enumerate(rows)}
    fig, ax = plt.subplots(figsize=(10, 8))
    cmap = plt.get_cmap("tab10")
    for c, name in enumerate(teams):
        members = [position[r] for r in shown if labels[r] == c]
        ax.scatter(xy[members, 0], xy[members, 1], s=6, alpha=0.5, color=cmap(c % 10), label=name)
    for r in famous:
        p = position[r]
        ax.scatter(xy[p, 0], xy[p, 1], s=30, color="black", marker="x")
        ax.annotate(names[r], xy[p], fontsize=9, xytext=(3, 3), textcoords="offset points")
    ax.set_title("Package map: PCA of the joint vectors (Debian packages coloured by maintainer team)")
    ax.legend(loc="best", fontsize=7, markerscale=3)
    ax.set_xticks([])
    ax.set_yticks([])
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def table(rows, title):
    lines = ["%s" % title, "", "| method | P@10 (norm.) | R@10 | MRR |", "|---|---:|---:|---:|"]
    for label, m in rows:
        lines.append("| %s | %.3f | %.3f | %.3f |" % (label, m["precision@10"], m["recall@10"], m["mrr"]))
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", required=True)
    parser.add_argument("--vectors", required=True)
    parser.add_argument("--eval", required=True)
    parser.add_argument("--java-results", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--models", help="models directory whose manifest gets the metrics")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)

    docs, _ = pv.load_dataset(args.dataset)
    meta, vectors = pv.load(args.vectors)
    names = vectors["names"]
    if names != [d["name"] for d in docs]:
        raise SystemExit("the vectors in %s were built from another dataset; rerun build-packages" % args.vectors)
    with open(args.eval, encoding="utf-8") as fh:
        groups = json.load(fh)["groups"]
    with open(args.java_results, encoding="utf-8") as fh:
        java = json.load(fh)
    all_queries = queries(groups, set(java["tuning_groups"]))
    held_out = {q: v for q, v in all_queries.items() if not v[1]}

    tfidf, _, _ = pv.tfidf_matrix([pv.document_tokens(d) for d in docs])
    tfidf = tfidf.tocsr()
    rankings = {
        "TF-IDF (cosine)": nearest(tfidf, names, all_queries),
        "BM25 (Lucene)": java["rankings"]["bm25"],
        "text vectors (TF-IDF × PPMI-SVD term vectors, %d)" % meta["text_dim"]: nearest(vectors["text"], names, all_queries),
        "graph vectors (DeepWalk %d)" % meta["graph_dim"]: nearest(vectors["graph"], names, all_queries,
                                                                   usable=vectors["has_graph"]),
        "joint vectors": nearest(vectors["joint"], names, all_queries),
        "hybrid (final: KNN+BM25+popularity, alternatives list)": java["rankings"]["hybrid"],
    }
    results_all = [(label, ranking_metrics(r, all_queries)) for label, r in rankings.items()]
    results_held = [(label, ranking_metrics(r, held_out)) for label, r in rankings.items()]
    index = {n: i for i, n in enumerate(names)}
    graph_coverage = np.mean([vectors["has_graph"][index[q]] for q in all_queries if q in index])

    labels, teams = topic_labels(docs)
    labelled = labels >= 0
    dense_tfidf = tfidf[labelled]
    used_terms = np.flatnonzero(np.asarray((dense_tfidf > 0).sum(0)).ravel() >= 2)
    feature_sets = {"TF-IDF": dense_tfidf[:, used_terms].toarray(), "text": vectors["text"][labelled],
                    "graph": vectors["graph"][labelled], "joint": vectors["joint"][labelled]}
    y = labels[labelled]
    majority = float(np.max(np.bincount(y)) / len(y))
    topics = {kind: separability(x, y, len(teams)) for kind, x in feature_sets.items()}

    report_dir = os.path.dirname(os.path.abspath(args.report))
    os.makedirs(report_dir, exist_ok=True)
    map_path = os.path.splitext(args.report)[0] + "-map.png"
    pca_map(vectors["joint"], names, labels, teams, map_path)

    rec = java["recommend"]
    lines = ["# Similar packages: evaluation", "",
             "Generated by `./stagesense eval-packages` on %s (%s, %s). Index weights: %s." % (
                 datetime.date.today().isoformat(), platform.node() or "this machine", platform.machine(),
                 ", ".join("%s %.2f" % (k, v) for k, v in java["weights"].items())), "",
             "Evaluation set: %d groups of PyPI alternatives (`model-training/eval/package-alternatives.json`), "
             "%d distinct query packages; %d of them in the %d held-out groups the rank weights were not tuned on."
             % (len(groups), len(all_queries), len(held_out), len(groups) - len(java["tuning_groups"])), ""]
    lines += table(results_all, "## Alternatives, all %d queries" % len(all_queries))
    lines += [""] + table(results_held, "## Alternatives, %d held-out queries" % len(held_out))
    lines += ["", "Graph vectors exist for %.0f %% of the queries (packages with dependency or co-import edges; "
              "PyPI's list has no dependencies, so most PyPI-only packages have none); a query without one counts "
              "as all misses in the graph row. The joint vectors give such packages the graph vector of their "
              "nearest text neighbours." % (100 * graph_coverage), "",
              "## Often used with (recommend)", "",
              "Leave one out on %d dev/test notebooks (never counted into co-imports): %d queries." % (
                  rec["notebooks"], rec["queries"]), "",
              "| method | hit@10 | MRR |", "|---|---:|---:|",
              "| most imported packages (baseline) | %.3f | — |" % rec["popularityHitRate"],
              "| co-import association (engine) | %.3f | %.3f |" % (rec["hitRate"], rec["mrr"]), "",
              "## Topic separability", "",
              "Logistic regression predicting the Debian maintainer team (%d teams with at least %d packages, "
              "%d packages; the largest team alone is %.1f %% of them) from each vector kind; accuracy / macro-F1 "
              "on the unlabelled rest, mean of %d random splits." % (len(teams), MIN_TEAM, int(labelled.sum()),
                                                                     100 * majority, len(SEEDS)), "",
              "| vectors | " + " | ".join("%d %% labelled" % (100 * f) for f in FRACTIONS) + " |",
              "|---|" + "---:|" * len(FRACTIONS)]
    for kind, by_fraction in topics.items():
        lines.append("| %s | " % kind + " | ".join("%.3f / %.3f" % by_fraction[f] for f in FRACTIONS) + " |")
    lines += ["", "Teams: " + ", ".join(teams) + ".", "",
              "## Map", "", "![PCA map of the joint package vectors](%s)" % os.path.basename(map_path), ""]
    with open(args.report, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print("\n".join(lines[6:]))

    if args.models and os.path.exists(os.path.join(args.models, "manifest.json")):
        with open(os.path.join(args.models, "manifest.json"), encoding="utf-8") as fh:
            entries = [m for m in json.load(fh)["models"] if m["name"] == "packages"]
        if entries:
            entry = entries[0]
            hybrid_all, hybrid_held = results_all[-1][1], results_held[-1][1]
            entry["metrics"] = dict(entry.get("metrics") or {})
            entry["metrics"].update({
                "precision_at_10": round(hybrid_all["precision@10"], 4),
                "recall_at_10": round(hybrid_all["recall@10"], 4), "mrr": round(hybrid_all["mrr"], 4),
                "heldout_precision_at_10": round(hybrid_held["precision@10"], 4),
                "heldout_mrr": round(hybrid_held["mrr"], 4),
                "bm25_precision_at_10": round(results_all[1][1]["precision@10"], 4),
                "recommend_hit_at_10": round(rec["hitRate"], 4)})
            register_model(args.models, entry)


if __name__ == "__main__":
    main()
