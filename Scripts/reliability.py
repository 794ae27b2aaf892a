#!/usr/bin/env python3
"""How far newsctl extract's confidence can be trusted: a reliability table.

Usage:
  Scripts/reliability.py --corpus ../shared/corpus/dev [--newsctl PATH] [--min 0.8 [--facts N]]

Runs `newsctl extract --json` over every article of a corpus split, matches the facts against
the gold with the scorer's own rules (../shared/eval/score.py, imported, not copied), and prints,
per confidence bin, how many facts fell in it and the share of them that were right. With --min,
exits 1 unless the facts at or above that confidence are right at least that often, and (with
--facts) unless there are at least N of them: a confidence that never reaches the bar proves nothing.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
try:
    import score  # the scorer's reading of articles and its matching rules
except ImportError:
    sys.exit(f"reliability: cannot import the scorer from {SHARED}/eval/score.py (../shared beside the repository)")

BINS = [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def judged_facts(corpus, newsctl, tool="reliability"):
    """(kind, fact, right, facts in its article) for every fact newsctl extract --json reports for
    the articles of a directory of pairs, judged with the scorer's matching rules."""
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".json"):
            continue
        stem = name[:-len(".gold.json")] if name.endswith(".gold.json") else name[:-len(".json")]
        gold = json.load(open(os.path.join(corpus, name), encoding="utf-8"))
        _, body = score.read_article(os.path.join(corpus, stem + ".txt"))
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as t:
            t.write(body)
        try:
            run = subprocess.run([newsctl, "extract", "--json", t.name], capture_output=True, text=True, timeout=60)
        finally:
            os.unlink(t.name)
        if run.returncode != 0:
            sys.exit(f"{tool}: newsctl extract failed on {stem}: {run.stderr.strip()}")
        pred = json.loads(run.stdout)
        count = sum(len(pred.get(kind, [])) for kind in score.KINDS)
        for kind in score.KINDS:
            used = set()
            for g in gold.get(kind, []):
                for j, p in enumerate(pred.get(kind, [])):
                    if j not in used and score.match(kind, g, p):
                        used.add(j)
                        break
            for j, p in enumerate(pred.get(kind, [])):
                yield kind, p, j in used, count


def judged(corpus, newsctl):
    """(confidence, right, kind) for every predicted fact of every article in the split."""
    return [(float(p["confidence"]), right, kind) for kind, p, right, _ in judged_facts(corpus, newsctl)]


def default_newsctl():
    """The newsctl of the package's debug build."""
    return os.path.join(
        subprocess.run(["swift", "build", "--show-bin-path"], cwd=os.path.dirname(HERE), capture_output=True, text=True).stdout.strip(), "newsctl")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--newsctl", default=None)
    ap.add_argument("--min", type=float, default=None)
    ap.add_argument("--facts", type=int, default=1, help="with --min: how many facts must reach it")
    a = ap.parse_args()
    facts = judged(a.corpus, a.newsctl or default_newsctl())
    print(f"{'confidence':12} {'facts':>6} {'right':>6} {'share':>6}")
    for lo, hi in BINS:
        inside = [r for c, r, _ in facts if lo <= c < hi]
        share = sum(inside) / len(inside) if inside else float("nan")
        print(f"{lo:.1f}–{min(hi, 1.0):.1f}      {len(inside):6} {sum(inside):6} {share:6.2f}")
    if a.min is not None:
        high = [r for c, r, _ in facts if c >= a.min]
        share = sum(high) / len(high) if high else 0.0
        print(f"at or above {a.min:.2f}: {len(high)} facts, {share:.2f} right")
        if len(high) < a.facts:
            sys.exit(f"reliability: only {len(high)} facts at or above {a.min:.2f}, fewer than the {a.facts} asked for")
        if share < a.min:
            sys.exit(1)


if __name__ == "__main__":
    main()
