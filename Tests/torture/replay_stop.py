"""Case 6: SIGTERM (or SIGINT) while newsd replays a long log, before it is ready.

A log is written through newsd (many small appends from concurrent clients), its snapshots
removed so that a start replays every event. newsd is started with a NOTIFY_SOCKET of ours; once
it reports STATUS=replaying… and before READY=1 it gets the signal. It must exit with status 0
(not die of the signal), promptly, say STOPPING=1, leave the log intact, and start again with
every event."""

import os
import random
import re
import shutil
import signal
import socket
import threading
import time

from nlib import Newsd, Newsctl, Varlink


class NotifyListener:
    """An AF_UNIX datagram socket newsd reports to (as systemd's NOTIFY_SOCKET)."""

    def __init__(self, path):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.sock.settimeout(0.1)
        self.messages = []  # (monotonic time, text)
        self.lock = threading.Lock()
        self.stopped = False
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def loop(self):
        while not self.stopped:
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                return
            with self.lock:
                self.messages.append((time.monotonic(), data.decode(errors="replace")))

    def first(self, predicate):
        with self.lock:
            for t, m in self.messages:
                if any(predicate(line) for line in m.split("\n")):
                    return t
        return None

    def clear(self):
        with self.lock:
            self.messages = []

    def close(self):
        self.stopped = True
        self.thread.join(2)
        self.sock.close()
        os.unlink(self.path)


def build_log(env, state, sock, log, events):
    """Writes about `events` events through newsd with small appends from 24 clients."""
    daemon = Newsd(env.bins, state, sock, log, config={"snapshot_every": 1_000_000_000}).start()
    if not daemon.wait_ready(60):
        raise RuntimeError(f"newsd did not start: {daemon.output()[-300:]}")
    counter = iter(range(10**9))
    lock = threading.Lock()
    errors = []

    def writer(i):
        rng = random.Random(f"{env.seed}:replay:{i}")
        with Varlink(sock, timeout=60) as c:
            while True:
                with lock:
                    n = next(counter)
                if n >= events:
                    return
                reply = c.call("io.newsd.Ingest.Record", {"fact": env.content.fact(rng), "client_id": f"r{n}"})
                if "error" in reply:
                    errors.append(reply)
                    return

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise RuntimeError(f"recording failed: {errors[0]}")
    with Varlink(sock) as c:
        status = c.ok("io.newsd.Query.Status")
    rc = daemon.stop(60)
    if rc != 0:
        raise RuntimeError(f"newsd stopped with {rc}")
    return status


def mid_replay(line):
    """STATUS=replaying the log: DONE of TOTAL events, with DONE < TOTAL: newsd is still replaying."""
    m = re.match(r"STATUS=replaying the log: (\d+) of (\d+)", line)
    return bool(m) and int(m.group(1)) < int(m.group(2))


def start_with_notify(env, state, sock, log, listener):
    return Newsd(env.bins, state, sock, log, config={"snapshot_every": 1_000_000_000},
                 env={"NOTIFY_SOCKET": listener.path}).start()


def run_case(env, report):
    quick = env.quick
    root = env.tmpdir("replay")
    state, sock, log = os.path.join(root, "state"), os.path.join(root, "io.newsd"), os.path.join(root, "newsd.log")
    ctl = Newsctl(env.bins)
    listener = NotifyListener(os.path.join(root, "notify"))
    snapshots = os.path.join(state, "snapshots")
    try:
        # Grow the log until a full replay takes a couple of seconds.
        target = 2.0
        events = 4000 if quick else 8000
        replay_time = 0
        status = None
        t_build = time.monotonic()
        for _ in range(6):
            status = build_log(env, state, sock, log, events)
            shutil.rmtree(snapshots, ignore_errors=True)
            listener.clear()
            daemon = start_with_notify(env, state, sock, log, listener)
            t0 = time.monotonic()
            ok = daemon.wait_ready(300)
            replay_time = (listener.first(lambda l: l == "READY=1") or time.monotonic()) - t0
            daemon.stop(60)
            shutil.rmtree(snapshots, ignore_errors=True)
            if not ok:
                raise RuntimeError(f"newsd did not start on the long log: {daemon.output()[-300:]}")
            if replay_time >= target:
                break
            events = int(status["sequence"] * (target / max(replay_time, 0.2)) * 1.3) - status["sequence"] + 1000
        build_time = time.monotonic() - t_build
        report.note(f"long log: {status['sequence']} events, a full start takes {replay_time:.2f}s (built in {build_time:.0f}s)")
        report.check(replay_time >= 1.0, "replay-stop/long-log",
                     f"{status['sequence']} events, full start {replay_time:.2f}s (needs >= 1.0s to stop it mid-replay)")

        trials = 2 if quick else 6
        rng = random.Random(f"{env.seed}:replay-stop")
        results = []
        for trial in range(trials):
            sig = signal.SIGINT if trial % 3 == 2 else signal.SIGTERM
            listener.clear()
            daemon = start_with_notify(env, state, sock, log, listener)
            replaying = None
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and daemon.alive():
                replaying = listener.first(mid_replay)
                if replaying:
                    break
                time.sleep(0.005)
            if not replaying:
                report.check(False, f"replay-stop/{trial}", f"no STATUS=replaying the log: DONE of TOTAL with DONE < TOTAL within 60s: {daemon.output()[-300:]}")
                daemon.kill()
                continue
            time.sleep(rng.uniform(0.05, 0.5) * replay_time)
            ready_before = listener.first(lambda l: l == "READY=1")
            t_sig = time.monotonic()
            daemon.signal(sig)
            rc = daemon.wait(15)
            took = time.monotonic() - t_sig
            if rc is None:
                daemon.kill()
            time.sleep(0.1)
            stopping = listener.first(lambda l: l == "STOPPING=1")
            ready = listener.first(lambda l: l == "READY=1")
            ok_verify, detail = ctl.verify(state)
            name = f"replay-stop/{trial}"
            if ready_before is not None:
                report.note(f"{name}: READY=1 came before the signal; that start was not stopped mid-replay")
            problems = []
            if rc != 0:
                problems.append(f"exit {rc}" + (" (killed by the signal)" if rc is not None and rc < 0 else ""))
            if took > 5:
                problems.append(f"took {took:.2f}s")
            if stopping is None:
                problems.append("no STOPPING=1")
            if ready is not None and ready_before is None:
                problems.append("READY=1 after the stop request")
            if not ok_verify:
                problems.append(f"audit verify failed: {detail}")
            results.append(took)
            report.check(not problems, name,
                         f"{signal.Signals(sig).name} {t_sig - replaying:.2f}s into the replay: exit {rc} in {took:.2f}s"
                         + (f"; {', '.join(problems)}" if problems else ""))
            shutil.rmtree(snapshots, ignore_errors=True)
        # The next start has everything.
        daemon = Newsd(env.bins, state, sock, log).start()
        ok = daemon.wait_ready(300)
        after = None
        if ok:
            with Varlink(sock) as c:
                after = c.ok("io.newsd.Query.Status")
        rc = daemon.stop(60)
        same = after is not None and after["sequence"] == status["sequence"] and after["chain_hash"] == status["chain_hash"]
        report.check(ok and same and rc == 0, "replay-stop/restart",
                     f"next start: seq {after and after['sequence']} (expected {status['sequence']}), "
                     f"chain hash {'equal' if same else 'differs'}, stopped with {rc}")
    finally:
        listener.close()
