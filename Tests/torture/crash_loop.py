"""Case 1: 16 clients ingest articles and record facts while newsd is SIGKILLed at random moments.

Each client keeps what newsd acknowledged (article id or fact id, with the sequence number the
reply gave). A call cut off by the kill is in doubt: the client sends it again after the restart,
and newsd must answer it once (a duplicate if the first try became durable). After every kill:
every acknowledged event is in the log at its sequence number, none is there twice, the log
verifies, and after the restart the projections newsd serves equal an offline replay."""

import collections
import hashlib
import os
import random
import signal
import threading
import time

from nlib import Newsd, Newsctl, Varlink, VarlinkClosed, read_records


class Ledger:
    """What the clients were told, shared by all of them."""

    def __init__(self):
        self.lock = threading.Lock()
        self.articles = {}  # article id -> seq
        self.facts = {}     # fact id -> seq
        self.problems = []
        self.acks = 0
        self.duplicates = 0
        self.in_doubt = 0
        self.bad_snapshots = {}  # seq -> what chain hash it carries

    def problem(self, text):
        with self.lock:
            if len(self.problems) < 20:
                self.problems.append(text)


class Client(threading.Thread):
    def __init__(self, index, sock, content, seed, ledger, running, quit_event):
        super().__init__(daemon=True)
        self.index = index
        self.sock = sock
        self.content = content
        self.rng = random.Random(f"{seed}:client:{index}")
        self.ledger = ledger
        self.running = running
        self.quit = quit_event
        self.n = 0
        self.pending = None  # an operation in doubt: sent, not answered
        self.done = []       # acknowledged operations, to send again now and then

    def next_operation(self):
        if self.pending is not None:
            return self.pending, True
        if self.done and self.rng.random() < 0.08:
            return self.rng.choice(self.done), True
        self.n += 1
        if self.rng.random() < 0.5:
            text = self.content.article(f"client {self.index}", self.n)
            return ("io.newsd.Ingest.Ingest", {"text": text, "source": f"torture-{self.index}", "published": "2025-11-07"}, None), False
        cid = f"c{self.index}-{self.n}"
        return ("io.newsd.Ingest.Record", {"fact": self.content.fact(self.rng), "client_id": cid, "note": "torture"}, None), False

    def run(self):
        conn = None
        while not self.quit.is_set():
            if not self.running.wait(0.2):
                continue
            if conn is None:
                try:
                    conn = Varlink(self.sock, timeout=30)
                except OSError:
                    time.sleep(0.05)
                    continue
            op, again = self.next_operation()
            method, params, known = op
            try:
                reply = conn.call(method, params)
            except (OSError, VarlinkClosed, ValueError):
                conn.close()
                conn = None
                if self.pending is None and not again:
                    with self.ledger.lock:
                        self.ledger.in_doubt += 1
                self.pending = op
                continue
            self.pending = None
            if "error" in reply:
                self.ledger.problem(f"client {self.index}: {method} answered {reply['error']} {reply.get('parameters')}")
                continue
            p = reply["parameters"]
            key = p["article"] if method.endswith(".Ingest") else p["fact"]
            table = "articles" if method.endswith(".Ingest") else "facts"
            with self.ledger.lock:
                acked = getattr(self.ledger, table)
                self.ledger.acks += 1
                if p.get("duplicate"):
                    self.ledger.duplicates += 1
                if key in acked and acked[key] != p["sequence"]:
                    self.ledger.problems.append(
                        f"{key}: acknowledged at seq {acked[key]}, later answered with seq {p['sequence']}")
                elif known is not None and not p.get("duplicate"):
                    self.ledger.problems.append(f"{key}: sent again after its ack, not answered as a duplicate")
                acked.setdefault(key, p["sequence"])
            if known is None:
                self.done.append((method, params, p["sequence"]))
        if conn:
            conn.close()


def check_log(ctl, state, ledger):
    """Offline, newsd stopped: the acknowledged events are there, once each; the log verifies."""
    events = ctl.export(state)
    articles = collections.Counter()
    facts = collections.Counter()
    where = {}
    for e in events:
        data = e.get("data", {})
        if e["type"] == "ArticleIngested":
            articles[data.get("article")] += 1
            where[data.get("article")] = e["seq"]
        elif e["type"] == "FactAsserted":
            facts[data.get("id")] += 1
            where[data.get("id")] = e["seq"]
    problems = []
    seqs = [e["seq"] for e in events]
    if seqs != list(range(1, len(seqs) + 1)):
        problems.append("sequence numbers are not 1..n")
    with ledger.lock:
        acked = list(ledger.articles.items()) + list(ledger.facts.items())
    for key, seq in acked:
        if key not in where:
            problems.append(f"acknowledged {key} (seq {seq}) is missing")
        elif where[key] != seq:
            problems.append(f"acknowledged {key} at seq {seq} is at seq {where[key]}")
    dup = [k for k, n in list(articles.items()) + list(facts.items()) if n > 1]
    if dup:
        problems.append(f"{len(dup)} written twice, e.g. {dup[0]}")
    ok, doc = ctl.verify(state)
    if not ok:
        bad = [x for x in doc.get("snapshots", []) if "DAMAGED" in x] if isinstance(doc, dict) else []
        log_ok = isinstance(doc, dict) and doc.get("finding") is None and "FAILED" not in str(doc.get("checkpoint"))
        if log_ok and bad:
            # The log verifies; a snapshot does not. Say which seq its chain hash really belongs to.
            with ledger.lock:
                for x in bad:
                    seq = int(x.split()[1].rstrip(":"))
                    if seq not in ledger.bad_snapshots:
                        ledger.bad_snapshots[seq] = snapshot_binding(state, seq)
        else:
            problems.append(f"audit verify: {doc}")
    return problems, len(events), len(acked)


def snapshot_binding(state, seq):
    """Which seq's chain hash a snapshot file carries (FORMAT.md: bytes 20..52), found by walking the chain."""
    path = os.path.join(state, "snapshots", f"snapshot-{seq:020d}.snap")
    try:
        with open(path, "rb") as f:
            stored = f.read(52)[20:52]
    except OSError:
        return "gone"
    chain = bytes(32)
    for s, _, frame in read_records(os.path.join(state, "log")):
        chain = hashlib.sha256(chain + frame[8:]).digest()
        if chain == stored:
            return f"carries the chain hash after seq {s}"
    return "carries a chain hash the log never had"


def check_online(ctl, daemon, state):
    """newsd just restarted, nobody writing: what it serves equals an offline replay."""
    online = ctl.replay_online(daemon.sock)
    offline = ctl.replay_offline(state)
    problems = []
    if online != offline:
        for k in offline:
            if online.get(k) != offline.get(k):
                problems.append(f"online {k} differs from the offline replay")
    with Varlink(daemon.sock) as c:
        status = c.ok("io.newsd.Query.Status")
    ok, doc = ctl.verify(state)
    if ok and (status["sequence"] != doc.get("records") or status["chain_hash"] != doc.get("chain_hash")):
        problems.append(f"Status seq {status['sequence']} / {status['chain_hash'][:12]} vs log {doc.get('records')} / {str(doc.get('chain_hash'))[:12]}")
    return problems


def run_case(env, report):
    quick = env.quick
    rounds = 8 if quick else 50
    clients = 16
    root = env.tmpdir("crash")
    state, sock = os.path.join(root, "state"), os.path.join(root, "io.newsd")
    ctl = Newsctl(env.bins)
    ledger = Ledger()
    running, quit_event = threading.Event(), threading.Event()
    rng = random.Random(f"{env.seed}:crash")
    threads = [Client(i, sock, env.content, env.seed, ledger, running, quit_event) for i in range(clients)]
    for t in threads:
        t.start()
    failures = []
    ready_times = []
    kills = 0
    events = 0
    started = time.monotonic()
    config = {"snapshot_every": 40}
    try:
        for r in range(rounds):
            daemon = Newsd(env.bins, state, sock, os.path.join(root, "newsd.log"), config=config)
            t0 = time.monotonic()
            daemon.start()
            if not daemon.wait_ready(120):
                failures.append(f"round {r}: newsd did not come up (exit {daemon.returncode}): {daemon.output()[-400:]}")
                daemon.kill()
                break
            ready_times.append(time.monotonic() - t0)
            if r > 0:
                for p in check_online(ctl, daemon, state):
                    failures.append(f"round {r}: {p}")
            running.set()
            time.sleep(rng.uniform(0.3, 2.5))
            daemon.signal(signal.SIGKILL)
            rc = daemon.wait(30)
            running.clear()
            kills += 1
            if rc != -signal.SIGKILL:
                failures.append(f"round {r}: newsd ended with {rc} before the kill")
            time.sleep(0.3)  # clients notice and stop
            problems, events, acked = check_log(ctl, state, ledger)
            failures += [f"round {r}: {p}" for p in problems]
            if len(failures) > 10:
                break
        # The last start: everything in doubt is sent again and must be answered once.
        daemon = Newsd(env.bins, state, sock, os.path.join(root, "newsd.log"), config=config)
        daemon.start()
        if daemon.wait_ready(120):
            failures += [f"final: {p}" for p in check_online(ctl, daemon, state)]
            running.set()
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and any(t.pending for t in threads):
                time.sleep(0.1)
            running.clear()
            time.sleep(0.3)
            rc = daemon.stop(30)
            if rc != 0:
                failures.append(f"final: SIGTERM gave exit {rc}")
            problems, events, acked = check_log(ctl, state, ledger)
            failures += [f"final: {p}" for p in problems]
        else:
            failures.append(f"final start failed: {daemon.output()[-400:]}")
            daemon.kill()
    finally:
        quit_event.set()
        running.set()
        for t in threads:
            t.join(40)
    failures += ledger.problems
    elapsed = time.monotonic() - started
    report.check(
        not failures and ledger.acks > 0, "crash-loop",
        f"{kills} SIGKILLs with {clients} clients, {ledger.acks} acks ({len(ledger.articles)} articles, "
        f"{len(ledger.facts)} facts, {ledger.duplicates} duplicate answers, {ledger.in_doubt} calls in doubt), "
        f"{events} events in the log, restart max {max(ready_times or [0]):.2f}s, {elapsed:.0f}s"
        + (f"; {len(failures)} problems, first: {failures[0]}" if failures else ""))
    bad = ledger.bad_snapshots
    snapshot_dir = os.path.join(state, "snapshots")
    kept = len([n for n in os.listdir(snapshot_dir) if n.endswith(".snap")]) if os.path.isdir(snapshot_dir) else 0
    # Not vacuous: the run must have left snapshots for audit verify to check after every kill.
    report.check(not bad and kept > 0, "crash-loop/snapshots",
                 f"{kept} snapshots kept; {len(bad)} written under load are not bound to the log (audit verify: DAMAGED or not of this log)"
                 + ("; " + ", ".join(f"seq {k} {v}" for k, v in sorted(bad.items())[:5]) if bad else ""))
    return {"kills": kills, "acks": ledger.acks, "events": events}
