"""Case 5: the state directory on a small tmpfs that fills up.

Needs root: the driver runs this file again under `unshare -m --propagation private`, which
mounts a 24 MiB tmpfs that only this mount namespace sees (it goes away with it). There newsd
takes some articles, a filler file takes the rest of the space, and then: ingest must fail with
io.newsd.Ingest.DiskFull, reads keep answering as before, the log verifies; once the filler is
deleted, ingest works again; after a restart every acknowledged article is there."""

import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from nlib import Newsd, Newsctl, Report, Varlink, kill_all_started  # noqa: E402


def fill(path):
    """Writes a file until the disk is full; returns its size."""
    size = 0
    with open(path, "wb", buffering=0) as f:
        for chunk in (1 << 20, 1 << 16, 4096, 512, 1):
            block = b"\xaa" * chunk
            while True:
                try:
                    f.write(block)
                    size += chunk
                except OSError:
                    break
    return size


def inner(bins, root, seed):
    report = Report()
    mnt = os.path.join(root, "mnt")
    os.makedirs(mnt, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mnt], check=True)
    content_repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    from nlib import Content
    content = Content(content_repo, os.path.join(content_repo, "..", "shared"))
    state, sock = os.path.join(mnt, "state"), os.path.join(root, "io.newsd")
    ctl = Newsctl(bins)
    rng = random.Random(f"{seed}:disk")
    daemon = Newsd(bins, state, sock, os.path.join(root, "newsd.log"), config={"snapshot_every": 50}).start()
    try:
        if not daemon.wait_ready(60):
            report.check(False, "full-disk/start", daemon.output()[-300:])
            return report
        acked = {}
        with Varlink(sock, timeout=60) as c:
            for n in range(10):
                r = c.ok("io.newsd.Ingest.Ingest", {"text": content.article("disk", n)})
                acked[r["article"]] = r["sequence"]
            before = {m: c.ok(m) for m in ["io.newsd.Query.Agreements", "io.newsd.Query.Trade", "io.newsd.Query.Status"]}
        filler = os.path.join(mnt, "filler")
        filled = fill(filler)
        errors = []
        n = 10
        with Varlink(sock, timeout=60) as c:
            for _ in range(20):
                n += 1
                r = c.call("io.newsd.Ingest.Ingest", {"text": content.article("disk", n) + "x" * 20000})
                if "error" in r:
                    errors.append(r)
                else:
                    acked[r["parameters"]["article"]] = r["parameters"]["sequence"]
            reads = {m: c.ok(m) for m in before}
        names = {e["error"] for e in errors}
        report.check(errors and names == {"io.newsd.Ingest.DiskFull"}, "full-disk/ingest-refused",
                     f"filler of {filled // 1024} KiB; {len(errors)} of 20 ingests refused with {sorted(names)}"
                     + (f" ({errors[0].get('parameters', {}).get('reason', '')[:80]})" if errors else ""))
        same = all(reads[m] == before[m] for m in before if not m.endswith("Status"))
        seq_now = reads["io.newsd.Query.Status"]["sequence"]
        report.check(same and seq_now >= before["io.newsd.Query.Status"]["sequence"], "full-disk/reads",
                     f"while full, Agreements and Trade answer as before: {same}; Status answers (seq {seq_now})")
        ok, doc = ctl.verify(state)
        report.check(ok, "full-disk/verify", f"audit verify on the full disk: {'intact' if ok else doc}")
        os.unlink(filler)
        resumed = None
        with Varlink(sock, timeout=60) as c:
            for _ in range(5):
                n += 1
                r = c.call("io.newsd.Ingest.Ingest", {"text": content.article("disk", n)})
                if "error" not in r:
                    resumed = r["parameters"]
                    acked[resumed["article"]] = resumed["sequence"]
                    break
        report.check(resumed is not None, "full-disk/resume",
                     f"after deleting the filler, ingest {'works (seq %d)' % resumed['sequence'] if resumed else 'still fails: ' + str(r)}")
        rc = daemon.stop(30)
        daemon = Newsd(bins, state, sock, os.path.join(root, "newsd.log")).start()
        present = 0
        if daemon.wait_ready(60):
            with Varlink(sock) as c:
                have = {a["article"]: a["sequence"] for a in c.ok("io.newsd.Query.Articles", {"limit": 10000})["articles"]}
            present = sum(1 for k, v in acked.items() if have.get(k) == v)
        rc2 = daemon.stop(30)
        ok, doc = ctl.verify(state)
        report.check(present == len(acked) and rc == 0 and rc2 == 0 and ok, "full-disk/restart",
                     f"{present} of {len(acked)} acknowledged articles present after a restart; stops {rc}, {rc2}; verify {'intact' if ok else doc}")
    finally:
        if daemon.alive():
            daemon.kill()
        kill_all_started()
        subprocess.run(["umount", mnt])
    return report


def run_case(env, report):
    if os.geteuid() != 0:
        print("SKIP full-disk: needs root (a tmpfs mounted in a private mount namespace)", flush=True)
        return
    root = env.tmpdir("disk")
    rc, out, err = None, b"", b""
    p = subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable, os.path.abspath(__file__),
                        env.bins, root, str(env.seed)], capture_output=True, timeout=600)
    rc, out, err = p.returncode, p.stdout, p.stderr
    lines = out.decode(errors="replace").splitlines()
    checks = 0
    for line in lines:
        if line.startswith(("PASS ", "FAIL ")):
            name, _, detail = line[5:].partition(": ")
            report.check(line.startswith("PASS"), name, detail)
            checks += 1
        else:
            print(line, flush=True)
    if rc != 0 or checks == 0:
        report.check(False, "full-disk", f"the namespace helper exited {rc}: {err.decode(errors='replace')[-400:]}")


if __name__ == "__main__":
    r = inner(sys.argv[1], sys.argv[2], sys.argv[3])
    sys.exit(0)
