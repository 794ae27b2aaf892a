"""The log on disk, written from FORMAT.md: CRC-32C, segment headers and names, reading the
records of a log directory, and cutting a log into new segments (for the torture cases)."""

import os
import struct


def _crc_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ (0x82F63B78 if c & 1 else 0)
        table.append(c)
    return table


CRC_TABLE = _crc_table()


def crc32c(data):
    c = 0xFFFFFFFF
    t = CRC_TABLE
    for b in data:
        c = t[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def segment_header(first):
    head = b"NEWSLOG\0" + struct.pack("<HHQ", 1, 0, first)
    return head + struct.pack("<I", crc32c(head))


def segment_name(first):
    return f"segment-{first:020d}.log"


def read_records(logdir):
    """[(seq, flags, frame bytes)] of every segment, in order (no checks: the log is good)."""
    names = sorted(n for n in os.listdir(logdir) if n.startswith("segment-") and n.endswith(".log"))
    records = []
    for name in names:
        with open(os.path.join(logdir, name), "rb") as f:
            data = f.read()
        o = 24
        while o + 8 <= len(data):
            length = struct.unpack_from("<I", data, o)[0]
            frame = data[o:o + 8 + length]
            seq = struct.unpack_from("<Q", frame, 8)[0]
            flags = frame[8 + 50]
            records.append((seq, flags, frame))
            o += 8 + length
    return records


def resegment(logdir, parts):
    """Rewrites a good log as `parts` segments, split at append boundaries (FORMAT.md: the
    records do not change, only the files that hold them). Returns the first seq of each."""
    records = read_records(logdir)
    boundaries = [i + 1 for i, (_, flags, _) in enumerate(records) if not flags & 1]
    cuts = sorted({boundaries[len(boundaries) * k // parts - 1] for k in range(1, parts)})
    for name in os.listdir(logdir):
        if name.startswith("segment-"):
            os.unlink(os.path.join(logdir, name))
    starts = [0] + [c for c in cuts if 0 < c < len(records)]
    firsts = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(records)
        first = records[start][0]
        firsts.append(first)
        with open(os.path.join(logdir, segment_name(first)), "wb") as f:
            f.write(segment_header(first))
            for _, _, frame in records[start:end]:
                f.write(frame)
            f.flush()
            os.fsync(f.fileno())
    return firsts
