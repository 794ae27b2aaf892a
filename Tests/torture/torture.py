#!/usr/bin/env python3
"""newsd's torture suite: crash loops, damaged state, hostile and many clients, a full disk, and
a stop during a long replay, against built newsd and newsctl binaries.

    torture.py --bin-dir DIR [--quick] [--only NAME,…] [--seed N] [--keep]

Prints one PASS/FAIL line per check and ends with `torture: N passed, N failed`."""

import argparse
import atexit
import importlib
import os
import shutil
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import nlib  # noqa: E402

CASES = ["crash-loop", "damage", "hostile", "many-clients", "full-disk", "replay-stop"]


class Environment:
    def __init__(self, args):
        self.bins = os.path.abspath(args.bin_dir)
        self.quick = args.quick
        self.seed = args.seed
        self.repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
        shared = os.path.join(self.repo, "..", "shared")
        self.content = nlib.Content(self.repo, shared)
        self.root = tempfile.mkdtemp(prefix="newsd-torture-", dir="/tmp")
        os.chmod(self.root, 0o755)
        self.keep = args.keep

    def tmpdir(self, name):
        path = os.path.join(self.root, name)
        os.makedirs(path, exist_ok=True)
        return path

    def cleanup(self):
        nlib.kill_all_started()
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin-dir", required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default="")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("TORTURE_SEED", "0")) or int(time.time()))
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    for tool in ("newsd", "newsctl"):
        if not os.access(os.path.join(args.bin_dir, tool), os.X_OK):
            print(f"torture: no {tool} in {args.bin_dir}; build first", file=sys.stderr)
            print("torture: 0 passed, 1 failed")
            return 1
    env = Environment(args)
    atexit.register(env.cleanup)
    report = nlib.Report()
    wanted = [c for c in args.only.split(",") if c] or CASES
    print(f"torture: {'quick' if args.quick else 'full'} run, seed {args.seed}, binaries {env.bins}, work in {env.root}", flush=True)
    started = time.monotonic()
    for name in wanted:
        t0 = time.monotonic()
        print(f"torture: case {name}", flush=True)
        try:
            importlib.import_module(name.replace("-", "_")).run_case(env, report)
        except Exception as e:  # a broken case is a failed check, never a silent one
            traceback.print_exc()
            report.check(False, name, f"the case raised {type(e).__name__}: {e}")
        nlib.kill_all_started()
        print(f"torture: case {name} took {time.monotonic() - t0:.0f}s", flush=True)
    print(f"torture: finished in {time.monotonic() - started:.0f}s", flush=True)
    env.cleanup()
    print(f"torture: {report.passed} passed, {report.failed} failed", flush=True)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
