"""Python anchors for the graph benches: loads a binary edge file written by
bench/graph-generator.ts (int64 n, int64 m, int32 src[m], int32 dst[m], float64 weight[m]),
builds the library's graph outside the clock, then times only the algorithm call.

usage: graph_anchor.py pagerank|communities igraph|graph-tool EDGES.bin OUT.f64 REPEATS
Prints one JSON line: {"seconds": best of REPEATS, "quality": modularity or null}.
PageRank scores are written to OUT.f64 (float64, node order)."""
import json
import sys
import time

import numpy as np


def load(path):
    with open(path, "rb") as f:
        n, m = np.frombuffer(f.read(16), dtype="<i8")
        src = np.frombuffer(f.read(4 * m), dtype="<i4")
        dst = np.frombuffer(f.read(4 * m), dtype="<i4")
        weight = np.frombuffer(f.read(8 * m), dtype="<f8")
    return int(n), src, dst, weight


def best_of(repeats, fn):
    best, result = None, None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def main(task, library, path, out, repeats):
    n, src, dst, weight = load(path)
    quality = None
    if library == "igraph":
        import igraph

        edges = np.column_stack((src, dst)).tolist()
        if task == "pagerank":
            g = igraph.Graph(n=n, edges=edges, directed=True)
            w = weight.tolist()
            seconds, scores = best_of(
                repeats, lambda: g.pagerank(weights=w, damping=0.85, directed=True)
            )
            np.asarray(scores, dtype="<f8").tofile(out)
        else:
            g = igraph.Graph(n=n, edges=edges, directed=False)
            g.es["weight"] = weight.tolist()
            g.simplify(multiple=True, loops=False, combine_edges="sum")
            seconds, clusters = best_of(
                repeats, lambda: g.community_multilevel(weights="weight")
            )
            quality = g.modularity(clusters.membership, weights="weight")
    elif library == "graph-tool":
        import graph_tool.all as gt

        g = gt.Graph(directed=True)
        g.add_vertex(n)
        g.add_edge_list(np.column_stack((src, dst)))
        w = g.new_edge_property("double")
        w.a = weight
        seconds, scores = best_of(repeats, lambda: gt.pagerank(g, damping=0.85, weight=w))
        np.asarray(scores.a, dtype="<f8").tofile(out)
    else:
        raise SystemExit(f"unknown library: {library}")
    print(json.dumps({"seconds": seconds, "quality": quality}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
