"""The damage the damage case does to a copy of a state directory: flipped bytes, cut and torn
segments, removed or swapped files, damaged snapshots (see damage.py)."""

import os
import shutil


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
