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

Anything else fails: death by a signal, no answer in time, a refusal without a location, a
projection that differs."""

import collections
import hashlib
import json
import os
import random
import re
import shutil
import signal
import threading
import time

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
        facts = c.ok("io.newsd.Query.Agreements")["agreements"]
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


class Damager:
    """Random damage to a copy of the state directory; says what it did."""

    def __init__(self, rng, state):
        self.rng = rng
        self.state = state
        self.logdir = os.path.join(state, "log")
        self.snapdir = os.path.join(state, "snapshots")

    def segments(self):
        return sorted(n for n in os.listdir(self.logdir) if n.startswith("segment-") and n.endswith(".log"))

    def snapshots(self):
        if not os.path.isdir(self.snapdir):
            return []
        return sorted(n for n in os.listdir(self.snapdir) if n.endswith(".snap"))

    def path(self, name):
        return os.path.join(self.logdir, name)

    def edit(self, path, fn):
        with open(path, "rb") as f:
            data = bytearray(f.read())
        data = fn(data)
        with open(path, "wb") as f:
            f.write(data)

    def pick_segment(self, last_bias=0.5):
        segs = self.segments()
        if not segs:
            return None
        return segs[-1] if self.rng.random() < last_bias else self.rng.choice(segs)

    # Each operation returns a short description, or None if it could not apply.
    def flip(self):
        seg = self.pick_segment()
        size = os.path.getsize(self.path(seg))
        bits = self.rng.randint(1, 8)
        spots = sorted(self.rng.randrange(size) for _ in range(bits))

        def fn(d):
            for s in spots:
                d[s] ^= 1 << self.rng.randrange(8)
            return d
        self.edit(self.path(seg), fn)
        return f"flip {bits} bits of {seg[-10:]} at {spots[0]}"

    def zero(self):
        seg = self.pick_segment()
        size = os.path.getsize(self.path(seg))
        start = self.rng.randrange(size)
        n = self.rng.choice([1, 7, 64, 512, 1024, 5000])

        def fn(d):
            end = min(len(d), start + n)
            d[start:end] = bytes(end - start)
            return d
        self.edit(self.path(seg), fn)
        return f"zero {n} bytes of {seg[-10:]} at {start}"

    def zero_tail(self):
        seg = self.segments()[-1]
        size = os.path.getsize(self.path(seg))
        start = self.rng.randrange(max(24, size - 3000), size)

        def fn(d):
            d[start:] = bytes(len(d) - start)
            return d
        self.edit(self.path(seg), fn)
        return f"zero the tail of {seg[-10:]} from {start}"

    def truncate(self):
        seg = self.pick_segment(last_bias=0.7)
        size = os.path.getsize(self.path(seg))
        at = self.rng.randrange(size) if self.rng.random() < 0.5 else self.rng.randrange(max(0, size - 2000), size)
        os.truncate(self.path(seg), at)
        return f"truncate {seg[-10:]} at {at} of {size}"

    def extend(self):
        seg = self.pick_segment(last_bias=0.8)
        n = self.rng.choice([1, 8, 56, 100, 512, 4096])
        kind = self.rng.choice(["zeros", "garbage", "frame"])
        if kind == "zeros":
            extra = bytes(n)
        elif kind == "garbage":
            extra = self.rng.randbytes(n)
        else:  # something that looks like a frame header with a plausible length
            extra = (n + 56).to_bytes(4, "little") + self.rng.randbytes(4 + n)
        with open(self.path(seg), "ab") as f:
            f.write(extra)
        return f"extend {seg[-10:]} with {n} {kind}"

    def garbage_tail(self):
        seg = self.segments()[-1]
        size = os.path.getsize(self.path(seg))
        n = self.rng.randint(1, min(300, size - 24))

        def fn(d):
            d[size - n:] = self.rng.randbytes(n)
            return d
        self.edit(self.path(seg), fn)
        return f"overwrite the last {n} bytes of {seg[-10:]} with garbage"

    def delete(self):
        segs = self.segments()
        seg = self.rng.choice(segs)
        os.unlink(self.path(seg))
        return f"delete {seg[-10:]} ({segs.index(seg) + 1} of {len(segs)})"

    def swap(self):
        segs = self.segments()
        if len(segs) < 2:
            return None
        a, b = self.rng.sample(segs, 2)
        ta = self.path(a) + ".swap"
        os.rename(self.path(a), ta)
        os.rename(self.path(b), self.path(a))
        os.rename(ta, self.path(b))
        return f"swap {a[-10:]} and {b[-10:]}"

    def rename(self):
        segs = self.segments()
        seg = self.rng.choice(segs)
        first = int(seg[8:28]) + self.rng.choice([-1, 1, 5, 1000])
        new = f"segment-{max(first, 0):020d}.log"
        if new in segs:
            return None
        os.rename(self.path(seg), self.path(new))
        return f"rename {seg[-10:]} to {new[-10:]}"

    def header(self):
        seg = self.pick_segment(last_bias=0.3)
        spot = self.rng.randrange(24)

        def fn(d):
            d[spot] ^= 1 << self.rng.randrange(8)
            return d
        self.edit(self.path(seg), fn)
        return f"flip a bit of {seg[-10:]}'s header at {spot}"

    def extra_segment(self):
        segs = self.segments()
        last = segs[-1]
        # A segment after the last, as a crash while creating one leaves it (or worse).
        with open(self.path(last), "rb") as f:
            data = f.read()
        # The next segment starts after the last record; we do not know its seq without a scan,
        # so use a name after every existing one: recovery decides.
        first = int(last[8:28]) + 100000
        kind = self.rng.choice(["empty", "header-prefix", "zeros", "garbage"])
        body = {"empty": b"", "header-prefix": data[:self.rng.randrange(1, 24)], "zeros": bytes(self.rng.choice([24, 100])),
                "garbage": self.rng.randbytes(64)}[kind]
        with open(self.path(f"segment-{first:020d}.log"), "wb") as f:
            f.write(body)
        return f"add a segment after the last ({kind})"

    def duplicate_frame(self):
        seg = self.pick_segment()
        with open(self.path(seg), "rb") as f:
            data = f.read()
        if len(data) < 100:
            return None
        o = 24
        frames = []
        while o + 8 <= len(data):
            length = int.from_bytes(data[o:o + 4], "little")
            frames.append((o, o + 8 + length))
            o += 8 + length
        s, e = self.rng.choice(frames)
        at = self.rng.choice(frames)[1]
        with open(self.path(seg), "wb") as f:
            f.write(data[:at] + data[s:e] + data[at:])
        return f"copy a frame of {seg[-10:]} to {at}"

    def snapshot(self):
        snaps = self.snapshots()
        if not snaps:
            return None
        name = self.rng.choice(snaps)
        p = os.path.join(self.snapdir, name)
        size = os.path.getsize(p)
        kind = self.rng.choice(["flip", "truncate", "garbage", "zero", "swap-name", "empty"])
        if kind == "flip":
            spot = self.rng.randrange(size)
            self.edit(p, lambda d: d.__setitem__(spot, d[spot] ^ (1 << self.rng.randrange(8))) or d)
        elif kind == "truncate":
            os.truncate(p, self.rng.randrange(size))
        elif kind == "garbage":
            with open(p, "ab") as f:
                f.write(self.rng.randbytes(self.rng.randint(1, 100)))
        elif kind == "zero":
            start = self.rng.randrange(size)
            self.edit(p, lambda d: d.__setitem__(slice(start, min(size, start + 200)), bytes(min(size, start + 200) - start)) or d)
        elif kind == "swap-name":
            other = [s for s in snaps if s != name]
            if not other:
                return None
            shutil.copyfile(os.path.join(self.snapdir, other[0]), p)
        else:
            open(p, "wb").close()
        return f"snapshot {name[-14:-5]}: {kind}"

    def checkpoint(self):
        p = os.path.join(self.state, "checkpoints.jsonl")
        if not os.path.exists(p):
            return None
        with open(p, "a") as f:
            f.write(self.rng.choice(["{", "garbage\n", '{"tree_size": 99999}\n']))
        return "damage checkpoints.jsonl"

    OPS = [("flip", 14), ("zero", 8), ("zero_tail", 6), ("truncate", 14), ("extend", 10), ("garbage_tail", 6),
           ("delete", 4), ("swap", 3), ("rename", 3), ("header", 4), ("extra_segment", 4), ("duplicate_frame", 3),
           ("snapshot", 18), ("checkpoint", 3)]

    def damage(self):
        names = [n for n, _ in self.OPS]
        weights = [w for _, w in self.OPS]
        count = 1 if self.rng.random() < 0.8 else self.rng.randint(2, 3)
        done = []
        for _ in range(count * 3):
            if len(done) >= count:
                break
            if not self.segments():
                break
            try:
                what = getattr(self, self.rng.choices(names, weights)[0])()
            except (ValueError, IndexError):  # the file is too short for this damage (an earlier one cut it)
                what = None
            if what:
                done.append(what)
        return "; ".join(done) or "nothing"


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


def trial(env, ctl, base, original, index, seed):
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
    daemon = Newsd(env.bins, state, sock, os.path.join(root, "newsd.log")).start()
    ready = daemon.wait_ready(30)
    out = {"what": what}
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


def run_case(env, report):
    quick = env.quick
    trials = 120 if quick else 1000
    workers = 2
    root = env.tmpdir("damage")
    ctl = Newsctl(env.bins)
    base, firsts = make_base(env, os.path.join(root, "base"))
    ok, detail = ctl.verify(base)
    original = Original(ctl, base)
    report.check(ok and len(firsts) == 3, "damage/base",
                 f"{len(original.events)} events in {len(firsts)} segments (first seqs {firsts}), "
                 f"snapshots {sorted(os.listdir(os.path.join(base, 'snapshots')))}, verify {'ok' if ok else detail}")
    outcomes = collections.Counter()
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
                kind, out, why = trial(env, ctl, base, original, i, env.seed)
            except Exception as e:  # the trial's own failure counts as a failure
                kind, out, why = "error", {"what": "?"}, f"{type(e).__name__}: {e}"
            with lock:
                outcomes[kind] += 1
                if out.get("snapshot_skipped"):
                    skipped_snapshots += 1
                if kind not in ("repaired", "refused", "started"):
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
        f"{outcomes['started']} started unchanged or at an append boundary ({skipped_snapshots} skipped a damaged snapshot); "
        f"{len(failures)} failed {dict((k, v) for k, v in outcomes.items() if k not in ('repaired', 'refused', 'started'))}; {elapsed:.0f}s")
    return outcomes
