#!/usr/bin/env python3
"""An independent reader of a newsd log directory, written from Sources/NewsLog/FORMAT.md.

Prints one JSON object: {"last_seq", "head", "records": [{"seq", "type", "actor", "key",
"continues", "payload_sha256"}...]} and exits 0, or prints the first problem and exits 1.
It shares no code with newsd: it exists to show the format document is enough.
"""
import hashlib, json, os, struct, sys


def crc32c(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 & -(crc & 1))
    return crc ^ 0xFFFFFFFF


def main(directory):
    names = sorted(n for n in os.listdir(directory) if n.startswith("segment-") and n.endswith(".log"))
    seq, chain, records = 1, bytes(32), []
    for name in names:
        with open(os.path.join(directory, name), "rb") as f:
            data = f.read()
        if data[:8] != b"NEWSLOG\0" or struct.unpack_from("<H", data, 8)[0] != 1:
            return fail(f"{name}: bad magic or version")
        if crc32c(data[:20]) != struct.unpack_from("<I", data, 20)[0]:
            return fail(f"{name}: header CRC")
        if struct.unpack_from("<Q", data, 12)[0] != seq or int(name[8:28]) != seq:
            return fail(f"{name}: starts at the wrong sequence number")
        o = 24
        while o < len(data):
            length, crc = struct.unpack_from("<II", data, o)
            record = data[o + 8 : o + 8 + length]
            if len(record) != length or length < 56 or crc32c(record) != crc:
                return fail(f"{name} offset {o}: bad frame")
            number, timestamp = struct.unpack_from("<Qq", record, 0)
            if number != seq or record[16:48] != chain:
                return fail(f"{name} offset {o}: sequence or chain")
            schema, flags, t, k, reserved, a = struct.unpack_from("<HBBBBH", record, 48)
            p = 56
            kind = record[p : p + t].decode(); p += t
            actor = record[p : p + a].decode(); p += a
            key = record[p : p + k].decode() if k else None; p += k
            records.append({"seq": seq, "timestamp": timestamp, "schema": schema, "type": kind, "actor": actor,
                            "key": key, "continues": bool(flags & 1),
                            "payload_sha256": hashlib.sha256(record[p:]).hexdigest()})
            chain = hashlib.sha256(chain + record).digest()
            seq, o = seq + 1, o + 8 + length
    print(json.dumps({"last_seq": seq - 1, "head": chain.hex(), "records": records}))
    return 0


def fail(message):
    print(message)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
