"""Case 4: 1,000 concurrent connections, then a low max_connections.

newsd is started with the soft open-file limit most systems give (1024) and a higher hard
limit, as a shell would; it must raise its own soft limit. 1,000 connections are opened at
once and each sends a query; every one must be answered correctly. Then, with
max_connections = 50, 50 connections are held open and 25 more must each be refused with
io.newsd.TooManyConnections and closed, promptly; once the held ones close, a new one is served."""

import json
import os
import random
import selectors
import socket
import time

from nlib import Newsd, Varlink, nofile_limits, raise_nofile


def open_many(path, n, deadline):
    socks = []
    for _ in range(n):
        while True:
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.setblocking(False)
            try:
                s.connect(path)
                break
            except BlockingIOError:  # the listen backlog is full: newsd has not accepted yet
                s.close()
                if time.monotonic() > deadline:
                    raise TimeoutError(f"newsd accepted {len(socks)} connections, then no more")
                time.sleep(0.005)
        socks.append(s)
    return socks


def exchange(socks, message, deadline):
    """Sends `message` on every socket, then reads one NUL-terminated answer (or EOF) from each."""
    sel = selectors.DefaultSelector()
    for s in socks:
        s.setblocking(True)
        s.settimeout(5)
        try:
            s.sendall(message)
        except (BrokenPipeError, ConnectionResetError):
            # newsd may refuse a connection over its limit and close it before the message is
            # sent; its refusal is still there to read.
            pass
        s.setblocking(False)
        sel.register(s, selectors.EVENT_READ, b"")
    answers = {}
    while len(answers) < len(socks) and time.monotonic() < deadline:
        for key, _ in sel.select(timeout=0.5):
            s = key.fileobj
            try:
                chunk = s.recv(1 << 16)
            except BlockingIOError:
                continue
            except OSError:
                chunk = b""
            if not chunk:
                answers[s] = None
                sel.unregister(s)
                continue
            buf = key.data + chunk
            if b"\0" in buf:
                answers[s] = json.loads(buf.split(b"\0", 1)[0])
                sel.unregister(s)
            else:
                sel.modify(s, selectors.EVENT_READ, buf)
    sel.close()
    return answers


def run_case(env, report):
    n = 1000
    soft, hard = raise_nofile()
    root = env.tmpdir("many")
    state, sock = os.path.join(root, "state"), os.path.join(root, "io.newsd")
    rng = random.Random(f"{env.seed}:many")
    daemon = Newsd(env.bins, state, sock, os.path.join(root, "newsd.log"), nofile_soft=1024).start()
    if not daemon.wait_ready(60):
        raise RuntimeError(f"newsd did not start: {daemon.output()[-300:]}")
    try:
        with Varlink(sock, timeout=60) as c:
            for i in range(6):
                c.ok("io.newsd.Ingest.Ingest", {"text": env.content.article("many", i)})
                c.ok("io.newsd.Ingest.Record", {"fact": env.content.fact(rng), "client_id": f"m{i}"})
            expected = c.ok("io.newsd.Query.Agreements")
            seq = c.ok("io.newsd.Query.Status")["sequence"]
        dsoft, dhard = nofile_limits(daemon.pid)
        report.check(dsoft == dhard, "many-clients/nofile",
                     f"newsd started with a soft open-file limit of 1024 (hard {hard}) runs with {dsoft}/{dhard}")
        t0 = time.monotonic()
        deadline = t0 + 120
        socks = []
        try:
            socks = open_many(sock, n, deadline)
            opened = time.monotonic() - t0
            half = n // 2
            a = exchange(socks[:half], json.dumps({"method": "io.newsd.Query.Agreements", "parameters": {}}).encode() + b"\0", deadline)
            b = exchange(socks[half:], json.dumps({"method": "io.newsd.Query.Status", "parameters": {}}).encode() + b"\0", deadline)
            took = time.monotonic() - t0
            right = sum(1 for v in a.values() if v and v.get("parameters") == expected)
            right += sum(1 for v in b.values() if v and v.get("parameters", {}).get("sequence") == seq
                         and v["parameters"].get("connections", 0) >= 1)
            peak_connections = max((v["parameters"].get("connections", 0) for v in b.values() if v and "parameters" in v), default=0)
            refused = sum(1 for v in list(a.values()) + list(b.values()) if v and "error" in v)
        finally:
            for s in socks:
                s.close()
        report.check(right == n and daemon.alive(), "many-clients/1000",
                     f"{len(socks)} connections open at once in {opened:.2f}s; {right} of {n} queries answered correctly "
                     f"in {took:.2f}s ({refused} errors); newsd counted {peak_connections} connections")
    finally:
        rc = daemon.stop(30)
    # A low limit: refusals, not hangs.
    limit = 50
    daemon = Newsd(env.bins, state, sock, os.path.join(root, "newsd-limit.log"), config={"max_connections": limit}).start()
    if not daemon.wait_ready(60):
        raise RuntimeError(f"newsd did not start: {daemon.output()[-300:]}")
    held, extra = [], []
    try:
        deadline = time.monotonic() + 60
        held = open_many(sock, limit, deadline)
        info = json.dumps({"method": "org.varlink.service.GetInfo", "parameters": {}}).encode() + b"\0"
        served = exchange(held, info, deadline)
        admitted = sum(1 for v in served.values() if v and "parameters" in v)
        t0 = time.monotonic()
        extra = open_many(sock, 25, deadline)
        answers = exchange(extra, info, time.monotonic() + 15)
        took = time.monotonic() - t0
        refusals = sum(1 for v in answers.values() if v and v.get("error") == "io.newsd.TooManyConnections")
        # The refused connections are closed by newsd.
        closed = 0
        for s in extra:
            s.setblocking(True)
            s.settimeout(5)
            try:
                rest = s.recv(1 << 16)
                while rest and b"\0" not in rest:
                    rest = s.recv(1 << 16)
                closed += 1 if not s.recv(1 << 16) else 0
            except OSError:
                closed += 1
        for s in held:
            s.close()
        held = []
        time.sleep(0.5)
        after = None
        try:
            with Varlink(sock, timeout=10) as c:
                after = c.ok("org.varlink.service.GetInfo")
        except Exception as e:
            after = None
        report.check(admitted == limit and refusals == 25 and closed == 25 and took < 15 and after is not None,
                     "many-clients/limit",
                     f"max_connections {limit}: {admitted} served, {refusals} of 25 more refused with io.newsd.TooManyConnections "
                     f"and {closed} closed, in {took:.2f}s; after the {limit} closed, a new client is "
                     f"{'served' if after else 'NOT served'}")
    finally:
        for s in held + extra:
            s.close()
        rc2 = daemon.stop(30)
    report.check(rc == 0 and rc2 == 0, "many-clients/stop", f"SIGTERM with clients gone: exit {rc} and {rc2}")
