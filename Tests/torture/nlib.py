"""Shared pieces of the torture driver: a raw Varlink client, starting and stopping newsd,
newsctl's offline commands, articles and facts to write, and the PASS/FAIL report.

Everything here kills only processes it started itself (by pid) and writes only below the
run's own temporary directory."""

import json
import os
import random
import resource
import signal
import socket
import subprocess
import threading
import time

# The log on disk, for the cases that cut and rebuild segments; kept importable from here.
from logdisk import crc32c, read_records, resegment, segment_header, segment_name  # noqa: F401

# ---------------------------------------------------------------------------- report


class Report:
    """Collects one line per check and prints it at once."""

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.lock = threading.Lock()

    def check(self, ok, name, detail):
        with self.lock:
            if ok:
                self.passed += 1
            else:
                self.failed += 1
            print(f"{'PASS' if ok else 'FAIL'} {name}: {detail}", flush=True)
        return ok

    def note(self, text):
        print(f"  {text}", flush=True)


# ---------------------------------------------------------------------------- processes

STARTED = {}  # pid -> Popen, every process this run started and has not reaped
STARTED_LOCK = threading.Lock()


def spawn(argv, **kwargs):
    p = subprocess.Popen(argv, **kwargs)
    with STARTED_LOCK:
        STARTED[p.pid] = p
    return p


def reap(p, timeout=None):
    """Waits for a process of ours; returns its return code or None on timeout."""
    try:
        rc = p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    with STARTED_LOCK:
        STARTED.pop(p.pid, None)
    return rc


def kill_all_started():
    """At exit: SIGKILL whatever of ours still runs, by pid."""
    with STARTED_LOCK:
        left = list(STARTED.values())
    for p in left:
        if p.poll() is None:
            try:
                os.kill(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        reap(p, timeout=10)


def run(argv, timeout=120, input=None):
    """Runs a command to its end; returns (returncode, stdout, stderr); rc None on timeout."""
    p = spawn(argv, stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = p.communicate(input=input, timeout=timeout)
    except subprocess.TimeoutExpired:
        os.kill(p.pid, signal.SIGKILL)
        out, err = p.communicate()
        reap(p)
        return None, out, err
    reap(p)
    return p.returncode, out, err


def raise_nofile(want=None):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if want is None else min(want, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def rss_kib(pid):
    """(VmRSS, VmHWM) in KiB from /proc, or (None, None) once the process is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])
    except (OSError, KeyError, ValueError):
        return None, None


def nofile_limits(pid):
    """newsd's (soft, hard) open-file limits from /proc/PID/limits."""
    with open(f"/proc/{pid}/limits") as f:
        for line in f:
            if line.startswith("Max open files"):
                parts = line.split()
                return int(parts[3]), int(parts[4])
    return None, None


# ---------------------------------------------------------------------------- Varlink


class VarlinkClosed(Exception):
    pass


class Varlink:
    """A blocking Varlink client on a raw Unix socket: one call at a time."""

    def __init__(self, path, timeout=10.0):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        try:
            self.sock.connect(path)
        except OSError:
            self.sock.close()
            raise
        self.buffer = b""

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def send_raw(self, data):
        self.sock.sendall(data)

    def read_message(self):
        while b"\0" not in self.buffer:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise VarlinkClosed("the connection closed")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, parameters=None, more=False):
        """The reply object: {"parameters": …} or {"error": …, "parameters": …}."""
        request = {"method": method, "parameters": parameters or {}}
        if more:
            request["more"] = True
        self.send_raw(json.dumps(request).encode() + b"\0")
        return self.read_message()

    def ok(self, method, parameters=None):
        reply = self.call(method, parameters)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']} {reply.get('parameters')}")
        return reply.get("parameters", {})


# ---------------------------------------------------------------------------- newsd


class Newsd:
    """One newsd process of ours on a state directory, with its output in a file."""

    def __init__(self, bins, state, sock, log, config=None, env=None, nofile_soft=None):
        self.bins = bins
        self.state = state
        self.sock = sock
        self.log = log
        self.config = config
        self.env = env
        self.nofile_soft = nofile_soft
        self.proc = None
        self.returncode = None

    def start(self):
        os.makedirs(os.path.dirname(self.log), exist_ok=True)
        argv = [os.path.join(self.bins, "newsd"), "--state-dir", self.state, "--socket", self.sock]
        if self.config:
            path = self.log + ".conf"
            with open(path, "w") as f:
                for k, v in self.config.items():
                    f.write(f"{k} = {v}\n")
            argv += ["--config", path]
        env = {k: v for k, v in os.environ.items()
               if k not in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID",
                            "LISTEN_FDNAMES", "NEWSD_SOCKET", "JOURNAL_STREAM", "RUNTIME_DIRECTORY", "STATE_DIRECTORY")}
        env.update(self.env or {})
        soft = self.nofile_soft

        def limit():
            if soft is not None:
                _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
                resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, hard), hard))

        out = open(self.log, "ab")
        self.proc = spawn(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=out, env=env, preexec_fn=limit)
        out.close()
        self.returncode = None
        return self

    @property
    def pid(self):
        return self.proc.pid

    def alive(self):
        if self.proc is None or self.returncode is not None:
            return False
        rc = self.proc.poll()
        if rc is not None:
            self.returncode = rc
            reap(self.proc)
            return False
        return True

    def wait_ready(self, timeout=60.0):
        """True once GetInfo answers; False if newsd exited or the time ran out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                return False
            try:
                with Varlink(self.sock, timeout=2) as c:
                    c.ok("org.varlink.service.GetInfo")
                    return True
            except (OSError, VarlinkClosed, ValueError, RuntimeError):
                time.sleep(0.02)
        return False

    def signal(self, sig):
        if self.alive():
            os.kill(self.proc.pid, sig)

    def wait(self, timeout):
        """The exit status (negative: killed by that signal), or None if still running."""
        if self.returncode is not None:
            return self.returncode
        rc = reap(self.proc, timeout=timeout)
        if rc is not None:
            self.returncode = rc
        return rc

    def kill(self):
        self.signal(signal.SIGKILL)
        return self.wait(30)

    def stop(self, timeout=30.0):
        """SIGTERM and wait; SIGKILL if it does not stop in time (then returns None)."""
        if not self.alive():
            return self.returncode
        self.signal(signal.SIGTERM)
        rc = self.wait(timeout)
        if rc is None:
            self.kill()
        return rc

    def output(self):
        try:
            with open(self.log, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""


class Newsctl:
    def __init__(self, bins):
        self.path = os.path.join(bins, "newsctl")

    def __call__(self, *args, timeout=120):
        return run([self.path, *args], timeout=timeout)

    def verify(self, state):
        """(ok, detail) of `audit verify --state-dir`."""
        rc, out, err = self("audit", "verify", "--state-dir", state, "--json")
        try:
            doc = json.loads(out)
        except ValueError:
            doc = {}
        return rc == 0 and doc.get("intact", False), doc if doc else (rc, err.decode(errors="replace")[-300:])

    def replay_offline(self, state, as_of=10**15):
        rc, out, err = self("replay", "--as-of", str(as_of), "--state-dir", state, "--json")
        if rc != 0:
            raise RuntimeError(f"offline replay failed ({rc}): {err.decode(errors='replace')[-300:]}")
        return json.loads(out)

    def replay_online(self, sock, as_of=10**15):
        rc, out, err = self("replay", "--as-of", str(as_of), "--socket", sock, "--json")
        if rc != 0:
            raise RuntimeError(f"online replay failed ({rc}): {err.decode(errors='replace')[-300:]}")
        return json.loads(out)

    def export(self, state):
        """Every event of the log, parsed, in order."""
        rc, out, err = self("log", "export", "--state-dir", state)
        if rc != 0:
            raise RuntimeError(f"log export failed ({rc}): {err.decode(errors='replace')[-300:]}")
        return [json.loads(line) for line in out.splitlines() if line.strip()]


# ---------------------------------------------------------------------------- content


class Content:
    """Articles (the corpus and the seed, each made unique) and facts to record."""

    PARTIES = ["US", "KZ", "AE", "SA", "CN", "IN", "EG", "TR", "JP", "GB", "UZ", "AZ", "QA", "DE", "FR"]

    def __init__(self, repo, shared):
        texts = []
        corpus = os.path.join(repo, "Tests", "corpus")
        for name in sorted(os.listdir(corpus)):
            if name.endswith(".txt"):
                with open(os.path.join(corpus, name), encoding="utf-8") as f:
                    texts.append(f.read())
        seed = os.path.join(shared, "seed")
        if os.path.isdir(seed):
            for name in sorted(os.listdir(seed)):
                if name.endswith(".txt"):
                    with open(os.path.join(seed, name), encoding="utf-8") as f:
                        texts.append(f.read())
        self.texts = texts

    def article(self, tag, n):
        """A unique article: a corpus text with a line that names it."""
        base = self.texts[n % len(self.texts)]
        return base + f"\n\nFiled as {tag} number {n}.\n"

    def fact(self, rng):
        a, b = rng.sample(self.PARTIES, 2)
        kind = rng.randrange(3)
        amount = str(rng.randrange(1, 900) * 10**rng.randrange(6, 10))
        value = {"amount": amount, "currency": "USD", "qualifier": rng.choice(["exact", "about", "more-than"])}
        if kind == 0:
            return {"agreement": {"parties": [a, b], "kind": rng.choice(["investment-deal", "trade-agreement", "mou"]),
                                  "title": f"deal {rng.randrange(1000)}", "value": value, "sectors": [],
                                  "status": rng.choice(["announced", "signed"])}}
        if kind == 1:
            return {"trade": {"parties": [a, b], "direction": "total", "value": value,
                              "period": str(2010 + rng.randrange(15))}}
        return {"investment": {"investor": a, "recipient": b, "value": value, "cumulative": rng.random() < 0.5}}




def wait_until(predicate, timeout, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def rng_for(seed, *salt):
    return random.Random(f"{seed}:{':'.join(map(str, salt))}")
