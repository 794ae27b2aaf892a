#!/usr/bin/env python3
"""Fit the weights of newsctl extract's confidence (Sources/NewsExtract/Extraction/Confidence.swift).

Usage:
  Scripts/calibrate.py --pairs DIR [--pairs DIR ...] [--newsctl PATH] [--lambda 3]

Each DIR holds article/gold pairs as ../shared/corpus does (`<stem>.txt` with URL and LANG lines,
`<stem>.json` or `<stem>.gold.json`). Every fact `newsctl extract --json` reports is judged right
or wrong with the scorer's own matching rules (`reliability.judged_facts`, which imports
../shared/eval/score.py), described by the same features Confidence.swift reads, and a
ridge-regularised logistic model is
fitted to them by Newton's method. The script prints the weights as Confidence.Weights spells
them, and the reliability table the fit gives on the pairs it was fitted on.

Fit on articles the extractor has not been tuned on, scored before anyone read them: facts of
articles the rules were read from are right far more often, and a model fitted on them promises
too much. Never fit on ../shared/corpus/test. Version 19's weights came from the facts
newsd-extract/18 gave for 72 real articles gathered blind and not yet read (lambda 3).
"""
import argparse, math, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reliability  # the facts judged with the scorer's matching rules, as the reliability table has them

# Confidence.bareTitles.
BARE_TITLES = {"investment deal", "deal", "agreement", "اتفاق", "اتفاقية", "contract", "deals", "agreements",
               "mou", "عقد", "صفقة"}

# The names of Confidence.Weights, in the order of `features`.
NAMES = ["bias", "investment", "noDollarFigure", "listItem", "enumerated", "statusWord", "namedParties",
         "partiesFromArticle", "moreEvidence", "headline", "bareTitle", "signed", "manyFacts", "cumulative"]


def features(kind, fact, facts_in_article):
    """What Confidence.of reads of a fact, as 0 or 1, `NAMES` in order."""
    basis = fact.get("basis") or []
    evidence = fact.get("evidence") or []
    agreement = kind == "agreements"
    return [
        1.0,
        float(kind == "investments"),
        float(fact.get("value_usd") is None),
        float("list item" in basis),
        float("one of several in a sentence" in basis),
        float("status stated" in basis),
        float("parties named in the sentence" in basis),
        float("party from the article's main pair" in basis),
        float(len(evidence) >= 2),
        float(bool(evidence) and evidence[0].get("start") == 0),
        float(agreement and (fact.get("title") or "").lower() in BARE_TITLES),
        float(agreement and fact.get("status") == "signed"),
        float(facts_in_article > 8),
        float(kind == "investments" and fact.get("cumulative") is True),
    ]


def judged(directory, newsctl):
    """(features, right) for every fact the extractor reports for the pairs of a directory."""
    return [(features(kind, fact, count), right)
            for kind, fact, right, count in reliability.judged_facts(directory, newsctl, tool="calibrate")]


def solve(a, b):
    """x with a x = b, by Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(rows, lam):
    """Ridge logistic regression (the bias not penalised), by Newton's method."""
    n = len(NAMES)
    w = [0.0] * n
    for _ in range(50):
        grad = [lam * w[i] if i else 0.0 for i in range(n)]
        hess = [[(lam if i == j and i else 0.0) for j in range(n)] for i in range(n)]
        for x, right in rows:
            p = 1 / (1 + math.exp(-sum(wi * xi for wi, xi in zip(w, x))))
            for i in range(n):
                grad[i] += (p - right) * x[i]
                for j in range(n):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", action="append", required=True, help="a directory of article/gold pairs (repeatable)")
    ap.add_argument("--newsctl", default=None)
    ap.add_argument("--lambda", dest="lam", type=float, default=3.0)
    a = ap.parse_args()
    if any(os.path.realpath(d).endswith(os.path.join("corpus", "test")) for d in a.pairs):
        sys.exit("calibrate: never fit on the test split")
    newsctl = a.newsctl or reliability.default_newsctl()
    rows = [r for d in a.pairs for r in judged(d, newsctl)]
    if not rows:
        sys.exit("calibrate: no facts to fit on")
    w = fit(rows, a.lam)
    print(f"// {len(rows)} facts, {sum(r for _, r in rows) / len(rows):.2f} right, lambda {a.lam}")
    for name, value in zip(NAMES, w):
        print(f"static let {name} = {value:.2f}")
    print(f"\n{'confidence':12} {'facts':>6} {'right':>6} {'share':>6}")
    for lo, hi in [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]:
        inside = [r for x, r in rows
                  if lo <= round(1 / (1 + math.exp(-sum(wi * xi for wi, xi in zip(w, x)))), 2) < hi]
        share = sum(inside) / len(inside) if inside else float("nan")
        print(f"{lo:.1f}–{min(hi, 1.0):.1f}      {len(inside):6} {sum(inside):6} {share:6.2f}")


if __name__ == "__main__":
    main()
