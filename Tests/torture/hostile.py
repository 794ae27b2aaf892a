"""Case 3: malformed and hostile Varlink exchanges from several concurrent clients.

While 6 hostile clients run their exchanges (random bytes, invalid JSON, wrong parameter
types, unknown methods and interfaces, NUL floods, messages past the size limit, half-sent
messages, slow-drip senders, deep nesting, clients that vanish mid-reply, idle connections), a
well-behaved client keeps calling GetInfo and queries and checks each answer against what it
saw before the attack, within a time bound. newsd's RSS is sampled from /proc throughout.

An exchange fails when newsd neither answers nor closes within 15 s, or answers a message that
cannot be a call with anything but an error."""

import json
import os
import random
import socket
import threading
import time

from nlib import Newsd, Varlink, rss_kib

LIMIT_ARTICLE = 1 << 20                      # max_article_bytes for this case
LIMIT_FRAME = LIMIT_ARTICLE * 6 + (64 << 10)  # what newsd derives from it (NewsDaemon.run)
EXCHANGE_TIMEOUT = 15.0

METHODS = ["io.newsd.Query.Status", "io.newsd.Query.Agreements", "io.newsd.Query.Trade", "io.newsd.Query.Investments",
           "io.newsd.Query.Totals", "io.newsd.Query.Fact", "io.newsd.Query.Articles", "io.newsd.Log.Head",
           "io.newsd.Log.Root", "io.newsd.Log.Prove", "io.newsd.Log.Consistency", "io.newsd.Log.Events",
           "io.newsd.Ingest.Ingest", "io.newsd.Ingest.Record", "io.newsd.Ingest.Correct", "io.newsd.Ingest.Retract",
           "org.varlink.service.GetInterfaceDescription"]
WRONG = [5, -1, 2**70, 1.5, "x", "", True, None, [], [1, "a"], {}, {"a": {"b": []}}, "\ud800", "\u0000", "٣"]


def raw_conn(path, timeout=EXCHANGE_TIMEOUT):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.connect(path)
    return s


def read_until(s, want_messages, deadline):
    """Reads until `want_messages` NUL-terminated messages or EOF. Returns (messages, eof)."""
    buf = b""
    msgs = []
    while len(msgs) < want_messages:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no answer and no close")
        s.settimeout(left)
        try:
            chunk = s.recv(1 << 16)
        except ConnectionResetError:
            return msgs, True
        if not chunk:
            return msgs, True
        buf += chunk
        while b"\0" in buf and len(msgs) < want_messages:
            m, buf = buf.split(b"\0", 1)
            msgs.append(m)
    return msgs, False


def is_error(m):
    try:
        return "error" in json.loads(m)
    except ValueError:
        return False


class Hostile:
    """One kind of hostile exchange per call; returns None when newsd behaved, else why not."""

    def __init__(self, path, rng):
        self.path = path
        self.rng = rng

    def expect_error(self, payload, count=1):
        s = raw_conn(self.path)
        try:
            s.sendall(payload)
            msgs, eof = read_until(s, count, time.monotonic() + EXCHANGE_TIMEOUT)
        finally:
            s.close()
        if len(msgs) < count:
            return None if eof and not msgs else f"closed after {len(msgs)} of {count} answers"
        bad = [m for m in msgs if not is_error(m)]
        return f"answered without an error: {bad[0][:120]!r}" if bad else None

    def random_bytes(self):
        data = self.rng.randbytes(self.rng.randint(1, 2000)).replace(b"\0", b"")
        return self.expect_error(data + b"\0")

    def invalid_json(self):
        good = json.dumps({"method": self.rng.choice(METHODS), "parameters": {}})
        cut = self.rng.randrange(1, len(good))
        text = self.rng.choice([good[:cut], good[:cut] + "}}}", "{", "{\"method\":}", "nul", "[1,2", "{'a':1}", "\"abc",
                                good.replace(":", "=", 1), good + good, "{\"method\": \"a.b.C\", \"parameters\": NaN}"])
        return self.expect_error(text.encode() + b"\0")

    def not_a_call(self):
        doc = self.rng.choice([[], 5, "x", None, {"parameters": {}}, {"method": 5}, {"method": None}, {"method": ""},
                               {"method": "nodots"}, {"method": "a.b.C", "parameters": []}, {"method": "a.b.C", "parameters": 7},
                               {"method": "io.newsd.Query.Status", "more": "yes"}, {"method": "io.newsd.Query.Status", "oneway": 1}])
        return self.expect_error(json.dumps(doc).encode() + b"\0")

    def wrong_types(self):
        method = self.rng.choice(METHODS)
        keys = {"io.newsd.Ingest.Ingest": ["text", "url", "published"], "io.newsd.Ingest.Record": ["fact", "client_id", "note"],
                "io.newsd.Query.Agreements": ["parties", "kind", "value", "as_of_seq", "from"],
                "io.newsd.Query.Fact": ["id", "as_of_seq"], "io.newsd.Log.Prove": ["seq", "tree_size"],
                "io.newsd.Log.Consistency": ["first", "second"], "io.newsd.Query.Totals": ["by", "party"],
                "io.newsd.Ingest.Correct": ["fact", "replacement", "reason"], "io.newsd.Ingest.Retract": ["fact", "reason"],
                "org.varlink.service.GetInterfaceDescription": ["interface"]}.get(method, ["as_of_seq", "as_of_date", "x"])
        params = {k: self.rng.choice(WRONG) for k in self.rng.sample(keys, self.rng.randint(1, len(keys)))}
        # Never a well-formed write: Ingest needs a text string, Record a fact object.
        if method == "io.newsd.Ingest.Ingest":
            params["text"] = self.rng.choice([5, None, [], {}, True])
        if method == "io.newsd.Ingest.Record":
            params["fact"] = self.rng.choice([5, "x", [], {}, {"agreement": 5}, {"trade": {"parties": 3}}])
        msg = {"method": method, "parameters": params}
        s = raw_conn(self.path)
        try:
            s.sendall(json.dumps(msg).encode() + b"\0")
            msgs, eof = read_until(s, 1, time.monotonic() + EXCHANGE_TIMEOUT)
        finally:
            s.close()
        if not msgs:
            return "closed without an answer"
        return None  # any answer will do: some wrong-looking values are acceptable (e.g. an empty filter)

    def unknown(self):
        method = self.rng.choice(["io.newsd.Query.Nope", "io.newsd.Nope.Status", "org.varlink.service.Nope", "x.y.Z",
                                  "io.newsd.Query." + "A" * 5000, "io.newsd.query.status", "io.newsd.Query.status",
                                  "io.newsd.Query.Status.Extra", ".", "..", "a..b"])
        return self.expect_error(json.dumps({"method": method, "parameters": {}}).encode() + b"\0")

    def nul_flood(self):
        n = self.rng.choice([100, 1000, 10000])
        s = raw_conn(self.path)
        got = 0
        try:
            s.sendall(b"\0" * n)
            if self.rng.random() < 0.5:
                msgs, eof = read_until(s, min(n, 200), time.monotonic() + EXCHANGE_TIMEOUT)
                got = len(msgs)
                if not eof and any(not is_error(m) for m in msgs):
                    return "an empty message was answered without an error"
        finally:
            s.close()
        return None

    def too_large(self):
        s = raw_conn(self.path)
        try:
            chunk = b"x" * (1 << 20)
            sent = 0
            try:
                while sent <= LIMIT_FRAME:
                    s.sendall(chunk)
                    sent += len(chunk)
                s.sendall(b"\0")
            except (BrokenPipeError, ConnectionResetError):
                pass  # newsd closed the connection as soon as it saw too much: fine
            msgs, eof = read_until(s, 1, time.monotonic() + EXCHANGE_TIMEOUT)
        except (BrokenPipeError, ConnectionResetError):
            return None
        finally:
            s.close()
        if msgs and b"MessageTooLarge" not in msgs[0]:
            return f"answered {msgs[0][:100]!r} to {sent} bytes"
        return None

    def half_sent(self):
        s = raw_conn(self.path)
        msg = json.dumps({"method": "io.newsd.Query.Status", "parameters": {}}).encode()
        s.sendall(msg[:self.rng.randrange(1, len(msg))])
        if self.rng.random() < 0.5:
            s.shutdown(socket.SHUT_WR)
            msgs, eof = read_until(s, 1, time.monotonic() + EXCHANGE_TIMEOUT)
            s.close()
            return None if eof else "answered a half-sent message"
        s.close()
        return None

    def slow_drip(self):
        s = raw_conn(self.path)
        msg = json.dumps({"method": "org.varlink.service.GetInfo", "parameters": {}}).encode() + b"\0"
        try:
            for i in range(0, len(msg), 4):
                s.sendall(msg[i:i + 4])
                time.sleep(self.rng.uniform(0.001, 0.02))
            msgs, eof = read_until(s, 1, time.monotonic() + EXCHANGE_TIMEOUT)
        finally:
            s.close()
        if not msgs or is_error(msgs[0]):
            return "a call sent a few bytes at a time was not answered"
        return None

    def vanish(self):
        s = raw_conn(self.path)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        calls = [{"method": "io.newsd.Log.Events", "parameters": {}, "more": True},
                 {"method": "org.varlink.service.GetInterfaceDescription", "parameters": {"interface": "io.newsd.Query"}},
                 {"method": "io.newsd.Query.Articles", "parameters": {}},
                 {"method": "io.newsd.Log.Events", "parameters": {"follow": True}, "more": True}]
        data = b"".join(json.dumps(c).encode() + b"\0" for c in self.rng.sample(calls, self.rng.randint(1, len(calls))))
        s.sendall(data * self.rng.randint(1, 20))
        if self.rng.random() < 0.5:
            s.recv(100)
        s.close()
        return None

    def deep(self):
        depth = self.rng.choice([1000, 10000, 100000])
        kind = self.rng.choice(["array", "object", "params"])
        if kind == "array":
            text = "[" * depth + "]" * depth
        elif kind == "object":
            text = '{"a":' * depth + "1" + "}" * depth
        else:
            text = '{"method":"io.newsd.Query.Agreements","parameters":{"value":' + "[" * depth + "]" * depth + "}}"
        return self.expect_error(text.encode() + b"\0")

    def idle(self):
        s = raw_conn(self.path)
        time.sleep(self.rng.uniform(0.1, 1.0))
        s.close()
        return None

    def pipelined_garbage(self):
        good = json.dumps({"method": "org.varlink.service.GetInfo", "parameters": {}}).encode() + b"\0"
        bad = b"{not json}\0"
        seq = [self.rng.choice([good, bad]) for _ in range(self.rng.randint(2, 30))]
        s = raw_conn(self.path)
        try:
            s.sendall(b"".join(seq))
            msgs, eof = read_until(s, len(seq), time.monotonic() + EXCHANGE_TIMEOUT)
        finally:
            s.close()
        if len(msgs) < len(seq):
            return f"{len(msgs)} answers to {len(seq)} pipelined messages"
        for sent, got in zip(seq, msgs):
            if (sent == bad) != is_error(got):
                return "pipelined answers out of order or wrong"
        return None

    KINDS = [("random_bytes", 14), ("invalid_json", 16), ("not_a_call", 10), ("wrong_types", 16), ("unknown", 10),
             ("nul_flood", 5), ("too_large", 1), ("half_sent", 6), ("slow_drip", 3), ("vanish", 6), ("deep", 3),
             ("idle", 3), ("pipelined_garbage", 7)]


def run_case(env, report):
    quick = env.quick
    total = 2000 if quick else 10000
    hostile_clients = 6
    root = env.tmpdir("hostile")
    state, sock = os.path.join(root, "state"), os.path.join(root, "io.newsd")
    daemon = Newsd(env.bins, state, sock, os.path.join(root, "newsd.log"),
                   config={"max_article_bytes": LIMIT_ARTICLE, "idle_timeout_seconds": 5}).start()
    if not daemon.wait_ready(60):
        raise RuntimeError(f"newsd did not start: {daemon.output()[-300:]}")
    rng = random.Random(f"{env.seed}:hostile")
    with Varlink(sock, timeout=60) as c:
        for n in range(12):
            c.ok("io.newsd.Ingest.Ingest", {"text": env.content.article("hostile", n)})
            c.ok("io.newsd.Ingest.Record", {"fact": env.content.fact(rng), "client_id": f"h{n}"})
        expected = {m: c.ok(m) for m in ["io.newsd.Query.Agreements", "io.newsd.Query.Trade", "io.newsd.Query.Investments"]}
        status0 = c.ok("io.newsd.Query.Status")
    time.sleep(0.5)
    rss_before, _ = rss_kib(daemon.pid)

    stop = threading.Event()
    lock = threading.Lock()
    done = {"n": 0}
    failures = []
    per_kind = {}
    samples = []
    good = {"calls": 0, "wrong": 0, "max": 0.0, "errors": []}

    def sampler():
        while not stop.is_set():
            rss, hwm = rss_kib(daemon.pid)
            if rss:
                samples.append((rss, hwm))
            time.sleep(0.2)

    def well_behaved():
        i = 0
        while not stop.is_set():
            method = ["org.varlink.service.GetInfo", "io.newsd.Query.Status", *expected][i % 5]
            i += 1
            t0 = time.monotonic()
            try:
                with Varlink(sock, timeout=30) as c:
                    reply = c.ok(method)
            except Exception as e:
                with lock:
                    good["wrong"] += 1
                    good["errors"].append(f"{method}: {type(e).__name__} {e}")
                time.sleep(0.1)
                continue
            took = time.monotonic() - t0
            right = (reply == expected[method] if method in expected else
                     reply.get("sequence") == status0["sequence"] if method.endswith("Status") else "interfaces" in reply)
            with lock:
                good["calls"] += 1
                good["max"] = max(good["max"], took)
                if not right:
                    good["wrong"] += 1
                    good["errors"].append(f"{method}: wrong answer")
            time.sleep(0.02)

    def attacker(k):
        h = Hostile(sock, random.Random(f"{env.seed}:hostile:{k}"))
        names = [n for n, _ in Hostile.KINDS]
        weights = [w for _, w in Hostile.KINDS]
        while True:
            with lock:
                if done["n"] >= total:
                    return
                done["n"] += 1
            kind = h.rng.choices(names, weights)[0]
            started = time.monotonic()
            try:
                why = getattr(h, kind)()
            except (TimeoutError, socket.timeout) as e:
                why = f"hang: {e}"
            except (ConnectionRefusedError, FileNotFoundError) as e:
                why = f"newsd unreachable: {e}"
            except (BrokenPipeError, ConnectionResetError):
                why = None  # newsd may close on a client that misbehaves
            with lock:
                c = per_kind.setdefault(kind, [0, 0, 0.0])
                c[0] += 1
                c[2] = max(c[2], time.monotonic() - started)
                if why:
                    c[1] += 1
                    if len(failures) < 30:
                        failures.append(f"{kind}: {why}")

    t0 = time.monotonic()
    threads = [threading.Thread(target=sampler), threading.Thread(target=well_behaved)]
    attackers = [threading.Thread(target=attacker, args=(k,)) for k in range(hostile_clients)]
    for t in threads + attackers:
        t.start()
    for t in attackers:
        t.join()
    elapsed = time.monotonic() - t0
    time.sleep(6)  # idle connections time out (idle_timeout_seconds = 5)
    stop.set()
    for t in threads:
        t.join()
    alive = daemon.alive()
    rss_after, hwm = rss_kib(daemon.pid) if alive else (None, None)
    peak = max([s[1] for s in samples] + [hwm or 0])
    with Varlink(sock) as c:
        conns = c.ok("io.newsd.Query.Status")["connections"] if alive else -1
    rc = daemon.stop(30)
    for f in failures[:10]:
        report.note(f)
    kinds = ", ".join(f"{k} {v[0]} (max {v[2]:.1f}s" + (f", {v[1]} bad)" if v[1] else ")") for k, v in sorted(per_kind.items()))
    report.check(not failures and alive and rc == 0, "hostile/exchanges",
                 f"{sum(v[0] for v in per_kind.values())} exchanges from {hostile_clients} clients in {elapsed:.0f}s: {kinds}; "
                 f"newsd {'alive' if alive else 'DEAD'}, stopped with {rc}" + (f"; first: {failures[0]}" if failures else ""))
    report.check(good["wrong"] == 0 and good["calls"] > 0 and good["max"] < 2.0, "hostile/well-behaved",
                 f"{good['calls']} calls answered correctly, max latency {good['max'] * 1000:.0f} ms (bound 2000), "
                 f"{good['wrong']} wrong" + (f"; first: {good['errors'][0]}" if good["errors"] else ""))
    limit_mib = 1024
    grew = (rss_after or 0) - (rss_before or 0)
    report.check(alive and peak < limit_mib * 1024 and grew < 256 * 1024 and conns <= 2, "hostile/memory",
                 f"RSS before {rss_before // 1024} MiB, after {(rss_after or 0) // 1024} MiB, peak (VmHWM) {peak // 1024} MiB "
                 f"(bounds: peak < {limit_mib} MiB, growth < 256 MiB); {conns} connections open after the attack")
