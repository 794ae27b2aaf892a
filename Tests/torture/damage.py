"""Case 2: newsd started on damaged copies of one real state directory.

The directory is made once through newsd (articles and recorded facts, snapshots every 30
events), then its log is rewritten as three segments (FORMAT.md allows any split at append
boundaries; the records do not change) and the newest snapshot removed, so that a start restores
a snapshot and replays the rest. Each trial copies it, damages the copy at random, starts newsd
and sorts the outcome:

  repaired  started after cutting a torn tail (a .cut-at-OFFSET copy holding exactly the bytes
            cut) or setting aside a torn segment; what it serves equals an offline replay of the
            repaired directory, whose events are a prefix of the original's
  refused   exited with status 1 naming the segment, offset and seq (a segment of the
            directory), and changed nothing
  started   started with the log unchanged or a shorter log that ends at an append boundary;
            damage in a snapshot is detected and the snapshot skipped: what it serves equals an
            offline replay of the log, and that equals the original as of the same seq

Every other trial runs on a sealed copy of the same directory: one newsd start and stop wrote a
seal beside each segment (FORMAT.md, "Seals"), so a start does not read the segments' records,
and these trials set seal_check_delay_seconds = 0. Besides the outcomes above, such a start may
end as

  found     started on seals over damage it did not read; its background check of the whole log
            found the damage (segment, offset and seq), removed that segment's seal and was
            logged; newsd stopped cleanly, and the next start refused the log at the same place

Anything else fails: death by a signal, no answer in time, a refusal without a location, a
projection that differs, a sealed start whose background check gives no verdict."""

import collections
import hashlib
import os
import random
import re
import shutil
import threading
import time

from damager import Damager
from nlib import Newsd, Newsctl, Varlink, resegment

LOCATION = re.compile(r"segment (segment-\d{20}\.log), offset (\d+), seq (\d+)")


def make_base(env, root):
    state, sock = os.path.join(root, "state"), os.path.join(root, "io.newsd")
    daemon = Newsd(env.bins, state, sock, os.path.join(root, "newsd.log"), config={"snapshot_every": 30}).start()
    if not daemon.wait_ready(60):
        raise RuntimeError(f"newsd did not start: {daemon.output()[-300:]}")
    rng = random.Random(f"{env.seed}:damage-base")
    with Varlink(sock, timeout=60) as c:
        for n in range(60):
            if n % 2 == 0:
                c.ok("io.newsd.Ingest.Ingest", {"text": env.content.article("base", n), "published": "2025-11-07"})
            else:
                c.ok("io.newsd.Ingest.Record", {"fact": env.content.fact(rng), "client_id": f"b{n}"})
        facts = c.ok("io.newsd.Query.Agreements", {"evidence": True})["agreements"]
        if facts:
            fid = facts[0].get("facts", [None])[0] if isinstance(facts[0].get("facts"), list) else None
            if fid:
                c.call("io.newsd.Ingest.Retract", {"fact": fid, "reason": "torture base"})
    rc = daemon.stop(60)
    if rc != 0:
        raise RuntimeError(f"newsd stopped with {rc}")
    logdir = os.path.join(state, "log")
    firsts = resegment(logdir, 3)
    snapdir = os.path.join(state, "snapshots")
    snaps = sorted(os.listdir(snapdir))
    if len(snaps) >= 2:
        os.unlink(os.path.join(snapdir, snaps[-1]))  # the one at the head: a start then replays a tail
    return state, firsts


def seal_base(env, base, root):
    """A copy of the base whose segments carry seals: one start and stop of newsd writes them (the
    open seals the segments it read in full, the close the last one). The snapshot that stop
    writes at the head is removed again, so that a start still replays a tail."""
    sealed = os.path.join(root, "sealed")
    shutil.rmtree(sealed, ignore_errors=True)
    shutil.copytree(base, sealed)
    snapdir = os.path.join(sealed, "snapshots")
    before = set(os.listdir(snapdir))
    daemon = Newsd(env.bins, sealed, os.path.join(root, "s.sock"), os.path.join(root, "sealed.log")).start()
    if not daemon.wait_ready(60):
        raise RuntimeError(f"newsd did not start on the base to seal it: {daemon.output()[-300:]}")
    if daemon.stop(60) != 0:
        raise RuntimeError("newsd did not stop cleanly after sealing the base")
    for name in set(os.listdir(snapdir)) - before:
        os.unlink(os.path.join(snapdir, name))
    logdir = os.path.join(sealed, "log")
    segs = sorted(n for n in os.listdir(logdir) if n.endswith(".log"))
    seals = sorted(n for n in os.listdir(logdir) if n.endswith(".seal"))
    if seals != [n[:-4] + ".seal" for n in segs]:
        raise RuntimeError(f"the sealed base has seals {seals} for segments {segs}")
    return sealed


VERDICTS = {"the background check of the log found it intact": "intact",
            "no background check is needed": "intact",
            "found the log damaged": "damaged",
            "the background check of the log failed": "failed"}


def verdict(daemon, timeout=60.0):
    """What the background check of a sealed start said, or None if it said nothing in time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = daemon.output()
        for phrase, v in VERDICTS.items():
            if phrase in text:
                return v, text
        if not daemon.alive():
            return None, text
        time.sleep(0.1)
    return None, daemon.output()


def digest_dir(path):
    out = {}
    for root, _, files in os.walk(path):
        for f in files:
            if f == "LOCK":  # the writer's lock and pid (FORMAT.md): not part of the log
                continue
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, path)] = hashlib.sha256(fh.read()).hexdigest()
    return out


class Original:
    """The base directory's events and its offline replay as of each seq (cached)."""

    def __init__(self, ctl, state):
        self.ctl = ctl
        self.state = state
        self.events = ctl.export(state)
        self.pictures = {}
        self.lock = threading.Lock()

    def picture(self, seq):
        with self.lock:
            if seq in self.pictures:
                return self.pictures[seq]
        p = self.ctl.replay_offline(self.state, as_of=seq)
        with self.lock:
            self.pictures[seq] = p
        return p


def trial(env, ctl, base, original, index, seed, sealed=False):
    rng = random.Random(f"{seed}:damage:{index}")
    root = os.path.join(env.tmpdir("damage"), f"t{index}")
    shutil.rmtree(root, ignore_errors=True)
    state = os.path.join(root, "state")
    shutil.copytree(base, state)
    damager = Damager(rng, state)
    what = damager.damage()
    logdir = os.path.join(state, "log")
    before = digest_dir(logdir)
    damaged_bytes = {}
    for name in os.listdir(logdir):
        with open(os.path.join(logdir, name), "rb") as f:
            damaged_bytes[name] = f.read()
    sock = os.path.join(root, "io.newsd")
    config = {"seal_check_delay_seconds": 0} if sealed else None
    daemon = Newsd(env.bins, state, sock, os.path.join(root, "newsd.log"), config=config).start()
    ready = daemon.wait_ready(30)
    out = {"what": what, "sealed": sealed}
    try:
        if not ready:
            if daemon.alive():
                daemon.kill()
                return "hang", out, "no answer within 30s"
            rc = daemon.returncode
            text = daemon.output()
            if rc < 0:
                return "crash", out, f"killed by signal {-rc}: {text[-300:]}"
            m = LOCATION.search(text)
            if rc != 1 or not m:
                return "bad-refusal", out, f"exit {rc} without segment/offset/seq: {text[-300:]}"
            seg, offset, seq = m.group(1), int(m.group(2)), int(m.group(3))
            if seg not in damaged_bytes:
                return "bad-refusal", out, f"names {seg}, which is not in the directory"
            if offset > len(damaged_bytes[seg]) or seq < 1 or seq > len(original.events) + 1 + 100000:
                return "bad-refusal", out, f"names offset {offset} / seq {seq} outside {seg}"
            if digest_dir(logdir) != before:
                return "bad-refusal", out, "refused, but changed the log directory"
            out["location"] = (seg, offset, seq)
            return "refused", out, ""
        if sealed:
            said, text = verdict(daemon)
            if said is None:
                return "hang", out, f"the background check gave no verdict: {text[-300:]}"
            if said == "failed":
                return "wrong", out, f"the background check failed: {text[-300:]}"
            if said == "damaged":
                return found_later(env, daemon, root, state, config, text, out)
        online = ctl.replay_online(sock)
        cuts = [n for n in os.listdir(logdir) if ".cut-at-" in n or n.endswith(".torn") or ".torn-" in n]
        rc = daemon.stop(30)
        if rc != 0:
            return "bad-stop", out, f"SIGTERM gave {rc}"
        offline = ctl.replay_offline(state)
        if online != offline:
            return "wrong", out, "served projections differ from an offline replay of the log"
        events = ctl.export(state)
        n = len(events)
        if events != original.events[:n]:
            return "wrong", out, f"the log's {n} events are not a prefix of the original's"
        if offline != original.picture(n):
            return "wrong", out, f"the replay differs from the original's as of seq {n}"
        for cut in cuts:
            m = re.match(r"(segment-\d{20}\.log)\.cut-at-(\d+)", cut)
            if m:
                with open(os.path.join(logdir, cut), "rb") as f:
                    kept = f.read()
                if kept != damaged_bytes[m.group(1)][int(m.group(2)):]:
                    return "wrong", out, f"{cut} does not hold the bytes that were cut"
        out["events"] = n
        out["snapshot_skipped"] = "skipped a" in daemon.output()
        return ("repaired" if cuts else "started"), out, ""
    finally:
        if daemon.alive():
            daemon.kill()
        shutil.rmtree(root, ignore_errors=True)


def found_later(env, daemon, root, state, config, text, out):
    """A sealed start over damage: the background check named it and removed its segment's seal;
    the daemon stops cleanly, and the next start refuses the log at the place the check named."""
    line = next((l for l in text.splitlines() if "found the log damaged" in l), "")
    m = LOCATION.search(line)
    if not m:
        return "wrong", out, f"the background check named no segment/offset/seq: {line[-300:]}"
    found = (m.group(1), int(m.group(2)), int(m.group(3)))
    logdir = os.path.join(state, "log")
    if os.path.exists(os.path.join(logdir, found[0][:-4] + ".seal")):
        return "wrong", out, f"the background check found damage in {found[0]} but left its seal"
    rc = daemon.stop(30)
    if rc != 0:
        return "bad-stop", out, f"SIGTERM after the background check gave {rc}: {daemon.output()[-600:]}"
    again = Newsd(env.bins, state, os.path.join(root, "io.newsd"), os.path.join(root, "again.log"),
                  config=config).start()
    if again.wait_ready(30):
        again.stop(30)
        return "wrong", out, "the start after the background check's finding did not refuse the log"
    if again.alive():
        again.kill()
        return "hang", out, "the start after the finding gave no answer within 30s"
    m2 = LOCATION.search(again.output())
    if again.returncode != 1 or not m2:
        return "bad-refusal", out, f"exit {again.returncode} without segment/offset/seq: {again.output()[-300:]}"
    refused = (m2.group(1), int(m2.group(2)), int(m2.group(3)))
    if refused != found:
        return "wrong", out, f"the background check found {found}, the next start refused at {refused}"
    out["location"] = found
    return "found", out, ""


def run_case(env, report):
    quick = env.quick
    trials = 120 if quick else 1000
    workers = 2
    root = env.tmpdir("damage")
    ctl = Newsctl(env.bins)
    base, firsts = make_base(env, os.path.join(root, "base"))
    sealed_base = seal_base(env, base, os.path.join(root, "base"))
    ok, detail = ctl.verify(base)
    original = Original(ctl, base)
    report.check(ok and len(firsts) == 3, "damage/base",
                 f"{len(original.events)} events in {len(firsts)} segments (first seqs {firsts}), "
                 f"snapshots {sorted(os.listdir(os.path.join(base, 'snapshots')))}, verify {'ok' if ok else detail}")
    outcomes = collections.Counter()
    sealed_outcomes = collections.Counter()
    failures = []
    skipped_snapshots = 0
    lock = threading.Lock()
    counter = iter(range(trials))
    started = time.monotonic()

    def worker():
        nonlocal skipped_snapshots
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            try:
                # Odd trials on the sealed copy: its start reads no segment's records at open.
                if i % 2:
                    kind, out, why = trial(env, ctl, sealed_base, original, i, env.seed, sealed=True)
                else:
                    kind, out, why = trial(env, ctl, base, original, i, env.seed)
            except Exception as e:  # the trial's own failure counts as a failure
                kind, out, why = "error", {"what": "?"}, f"{type(e).__name__}: {e}"
            with lock:
                outcomes[kind] += 1
                if out.get("snapshot_skipped"):
                    skipped_snapshots += 1
                if out.get("sealed"):
                    sealed_outcomes[kind] += 1
                if kind not in ("repaired", "refused", "started", "found"):
                    failures.append(f"#{i} [{out['what']}] {kind}: {why}")

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    failures.sort(key=lambda f: not f.split("] ", 1)[-1].startswith("error"))
    for f in failures[:10]:
        report.note(f)
    report.check(
        not failures, "damage",
        f"{trials} damaged copies: {outcomes['repaired']} repaired a torn tail, {outcomes['refused']} refused with a location, "
        f"{outcomes['started']} started unchanged or at an append boundary ({skipped_snapshots} skipped a damaged snapshot), "
        f"{outcomes['found']} started on seals and found the damage in the background, the next start refusing it; "
        f"of them on the sealed copy {dict(sealed_outcomes)}; "
        f"{len(failures)} failed {dict((k, v) for k, v in outcomes.items() if k not in ('repaired', 'refused', 'started', 'found'))}; {elapsed:.0f}s")
    return outcomes
