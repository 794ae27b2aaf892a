#!/usr/bin/env python3
"""A verifier of newsd's Merkle proofs written from RFC 9162 (sections 2.1.3.2 and 2.1.4.2) alone.

Usage: verify_proofs.py NEWSCTL SOURCE COUNT SEED
SOURCE is a state directory, read offline, or socket:PATH, a running newsd's socket.
Asks `newsctl audit` for the root, for COUNT inclusion proofs of random records and COUNT
consistency proofs of random size pairs; checks each one, and checks that each one fails once
any hash in it is altered. Prints "N passed, N failed" and exits non-zero on any failure.
"""
import base64, hashlib, json, random, subprocess, sys


def h(b):
    return hashlib.sha256(b).digest()


def lsb(x):
    return x & 1


def verify_inclusion(leaf_index, tree_size, leaf_hash, path, root):
    if leaf_index >= tree_size:
        return False
    fn, sn, r = leaf_index, tree_size - 1, leaf_hash
    for p in path:
        if sn == 0:
            return False
        if lsb(fn) or fn == sn:
            r = h(b"\x01" + p + r)
            if not lsb(fn):
                while not lsb(fn) and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = h(b"\x01" + r + p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(first, second, first_hash, second_hash, path):
    if first == second:
        return not path and first_hash == second_hash
    if first & (first - 1) == 0:
        path = [first_hash] + path
    fn, sn = first - 1, second - 1
    while lsb(fn):
        fn >>= 1
        sn >>= 1
    if not path:
        return False
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if lsb(fn) or fn == sn:
            fr = h(b"\x01" + c + fr)
            sr = h(b"\x01" + c + sr)
            if not lsb(fn):
                while not lsb(fn) and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = h(b"\x01" + sr + c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == first_hash and sr == second_hash


def audit(newsctl, source, *args):
    where = ["--socket", source[len("socket:"):]] if source.startswith("socket:") else ["--state-dir", source]
    out = subprocess.run([newsctl, "audit", *args, *where, "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def flipped(b):
    return bytes([b[0] ^ 1]) + b[1:]


def main():
    newsctl, state, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL", what)

    size = audit(newsctl, state, "root")["tree_size"]
    for _ in range(count):
        seq = rng.randint(1, size)
        n = rng.randint(seq, size)
        p = audit(newsctl, state, "prove", str(seq), "--tree-size", str(n))
        leaf = base64.b64decode(p["leaf_data"])
        leaf_hash = h(b"\x00" + leaf)
        path = [bytes.fromhex(x) for x in p["path"]]
        root = bytes.fromhex(p["root"])
        check(leaf_hash.hex() == p["leaf_hash"], f"leaf hash of seq {seq}")
        check(p["leaf_index"] == seq - 1 and p["tree_size"] == n, f"indices of seq {seq}")
        check(verify_inclusion(seq - 1, n, leaf_hash, path, root), f"inclusion of seq {seq} in {n}")
        check(not verify_inclusion(seq - 1, n, flipped(leaf_hash), path, root), f"altered leaf of seq {seq} rejected")
        check(not verify_inclusion(seq - 1, n, leaf_hash, path, flipped(root)), f"altered root for seq {seq} rejected")
        for i in range(len(path)):
            bad = path[:i] + [flipped(path[i])] + path[i + 1:]
            check(not verify_inclusion(seq - 1, n, leaf_hash, bad, root), f"altered path[{i}] for seq {seq} rejected")
    for _ in range(count):
        m = rng.randint(1, size)
        n = rng.randint(m, size)
        c = audit(newsctl, state, "consistency", "--from", str(m), "--to", str(n))
        first, second = bytes.fromhex(c["first_root"]), bytes.fromhex(c["second_root"])
        path = [bytes.fromhex(x) for x in c["path"]]
        check(verify_consistency(m, n, first, second, path), f"consistency {m} -> {n}")
        if m != n:
            check(not verify_consistency(m, n, flipped(first), second, path), f"altered first root {m} -> {n} rejected")
            check(not verify_consistency(m, n, first, flipped(second), path), f"altered second root {m} -> {n} rejected")
            for i in range(len(path)):
                bad = path[:i] + [flipped(path[i])] + path[i + 1:]
                check(not verify_consistency(m, n, first, second, bad), f"altered path[{i}] {m} -> {n} rejected")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
