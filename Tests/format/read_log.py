#!/usr/bin/env python3
"""An independent reader of a newsd log directory, written from Sources/NewsLog/FORMAT.md.

Prints one JSON object: {"last_seq", "head", "records": [{"seq", "type", "actor", "key",
"continues", "payload_sha256"}...], "seals_checked"} and exits 0, or prints the first problem
and exits 1. Each seal beside a segment is made again from the segment's records (the last
segment's from those its seal covers) and must equal it byte for byte.
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


def tree_hash(leaves):
    """RFC 9162 hash of a list of leaf hashes."""
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return hashlib.sha256(b"\x01" + tree_hash(leaves[:k]) + tree_hash(leaves[k:])).digest()


def make_seal(first, size, frames, chain_before, chain_after):
    """The seal of a segment from its frames [(seq, offset, timestamp, key, record, chain)], as FORMAT.md says."""
    heads, blocks, block, index, keys = [], [], [], [], []
    aligned = False
    for seq, offset, timestamp, key, record, _ in frames:
        leaf = hashlib.sha256(b"\x00" + record).digest()
        if (seq - 1) % 16 == 0:
            aligned = True
        if not aligned:
            heads.append(leaf)
        else:
            block.append(leaf)
            if len(block) == 16:
                blocks.append(tree_hash(block))
                block = []
        if seq == first or seq % 16 == 0:
            index.append(struct.pack("<QQ", seq, offset))
        if key is not None:
            keys.append(struct.pack("<QB", seq, len(key.encode())) + key.encode())
    last_seq, last_offset, last_time = frames[-1][0], frames[-1][1], frames[-1][2]
    out = b"NEWSSEAL" + struct.pack("<HHQQQQq", 1, 0, first, last_seq, size, last_offset, last_time)
    out += chain_before + chain_after
    out += struct.pack("<IIIII", len(heads), len(blocks), len(block), len(index), len(keys))
    out += b"".join(heads) + b"".join(blocks) + b"".join(block) + b"".join(index) + b"".join(keys)
    return out + struct.pack("<I", crc32c(out))


def main(directory):
    names = sorted(n for n in os.listdir(directory) if n.startswith("segment-") and n.endswith(".log"))
    seq, chain, records, seals = 1, bytes(32), [], 0
    for position, name in enumerate(names):
        chain_before, frames = chain, []
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
            frames.append((seq, o, timestamp, key, record, hashlib.sha256(chain + record).digest()))
            records.append({"seq": seq, "timestamp": timestamp, "schema": schema, "type": kind, "actor": actor,
                            "key": key, "continues": bool(flags & 1),
                            "payload_sha256": hashlib.sha256(record[p:]).hexdigest()})
            chain = hashlib.sha256(chain + record).digest()
            seq, o = seq + 1, o + 8 + length
        seal = os.path.join(directory, name[:-4] + ".seal")
        if os.path.exists(seal):
            with open(seal, "rb") as f:
                stored = f.read()
            # The last segment's seal covers its first `size` bytes; the others', all of it.
            size = struct.unpack_from("<Q", stored, 28)[0] if position == len(names) - 1 else len(data)
            covered = [fr for fr in frames if fr[1] + 8 + len(fr[4]) <= size]
            if not covered or stored != make_seal(frames[0][0], size, covered, chain_before, covered[-1][5]):
                return fail(f"{name}: its seal is not the one its records make")
            seals += 1
    print(json.dumps({"last_seq": seq - 1, "head": chain.hex(), "records": records, "seals_checked": seals}))
    return 0


def fail(message):
    print(message)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
