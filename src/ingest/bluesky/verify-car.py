"""Independent oracle for the CAR importer's counts (used by read-car.test.ts).

A second decoding path that shares no code with @atproto/repo: a CAR v1 block reader, a
minimal DAG-CBOR decoder and a walk of the Merkle search tree (atproto repo spec: node
{l, e: [{p, k, v, t}]}), written from the specs with the standard library only.
Usage: python3 verify-car.py FILE.car  -> prints one JSON object of counts.
"""
import json
import struct
import sys


def varint(buf, i):
    value, shift = 0, 0
    while True:
        b = buf[i]
        i += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, i
        shift += 7


def cid_length(buf, i):
    start = i
    _, i = varint(buf, i)  # version 1
    _, i = varint(buf, i)  # codec
    _, i = varint(buf, i)  # multihash code
    n, i = varint(buf, i)  # digest length
    return i + n - start


def decode(buf, i=0):
    major, info = buf[i] >> 5, buf[i] & 0x1F
    i += 1
    if info < 24:
        arg = info
    elif info == 24:
        arg, i = buf[i], i + 1
    elif info == 25:
        arg, i = struct.unpack(">H", buf[i:i + 2])[0], i + 2
    elif info == 26:
        arg, i = struct.unpack(">I", buf[i:i + 4])[0], i + 4
    elif info == 27:
        arg, i = struct.unpack(">Q", buf[i:i + 8])[0], i + 8
    else:
        raise ValueError("indefinite lengths are not DAG-CBOR")
    if major == 0:
        return arg, i
    if major == 1:
        return -1 - arg, i
    if major == 2:
        return bytes(buf[i:i + arg]), i + arg
    if major == 3:
        return buf[i:i + arg].decode("utf-8"), i + arg
    if major == 4:
        out = []
        for _ in range(arg):
            v, i = decode(buf, i)
            out.append(v)
        return out, i
    if major == 5:
        out = {}
        for _ in range(arg):
            k, i = decode(buf, i)
            v, i = decode(buf, i)
            out[k] = v
        return out, i
    if major == 6:  # tag 42: CID as bytes with a leading 0x00
        v, i = decode(buf, i)
        return ("cid", bytes(v[1:])), i
    if major == 7:
        if info == 20:
            return False, i
        if info == 21:
            return True, i
        if info == 22:
            return None, i
        if info == 27:
            return struct.unpack(">d", buf[i - 8:i])[0], i
    raise ValueError("unsupported CBOR item")


def read_car(path):
    buf = open(path, "rb").read()
    n, i = varint(buf, 0)
    header, _ = decode(buf[i:i + n])
    i += n
    blocks = {}
    while i < len(buf):
        n, i = varint(buf, i)
        c = cid_length(buf, i)
        blocks[bytes(buf[i:i + c])] = buf[i + c:i + n]
        i += n
    return header["roots"][0][1], blocks


def walk(blocks, cid, out):
    node, _ = decode(blocks[cid])
    if node.get("l"):
        walk(blocks, node["l"][1], out)
    key = b""
    for e in node["e"]:
        key = key[: e["p"]] + e["k"]
        out.append((key.decode(), e["v"][1]))
        if e.get("t"):
            walk(blocks, e["t"][1], out)


def main(path):
    root, blocks = read_car(path)
    commit, _ = decode(blocks[root])
    leaves = []
    walk(blocks, commit["data"][1], leaves)
    c = {"records": len(leaves), "posts": 0, "root_posts": 0, "comments": 0, "threaded": 0,
         "reply": 0, "mention": 0, "quote": 0, "like": 0, "repost": 0, "follow": 0,
         "accounts": 0, "skipped": 0}
    for key, cid in leaves:
        collection = key.split("/")[0]
        rec, _ = decode(blocks[cid])
        if collection == "app.bsky.feed.post":
            c["posts"] += 1
            reply = rec.get("reply")
            if reply:
                c["comments"] += 1
                c["reply"] += 1
                c["threaded"] += reply["parent"]["uri"] != reply["root"]["uri"]
            else:
                c["root_posts"] += 1
            dids = {f["did"] for facet in rec.get("facets", []) for f in facet["features"]
                    if f.get("$type") == "app.bsky.richtext.facet#mention"}
            c["mention"] += len(dids)
            embed = rec.get("embed") or {}
            ref = embed.get("record") if embed.get("$type") == "app.bsky.embed.record" else \
                (embed.get("record") or {}).get("record") \
                if embed.get("$type") == "app.bsky.embed.recordWithMedia" else None
            c["quote"] += bool(ref and "/app.bsky.feed.post/" in ref["uri"])
        elif collection in ("app.bsky.feed.like", "app.bsky.feed.repost"):
            c[collection.split(".")[-1]] += 1
        elif collection == "app.bsky.graph.follow":
            c["follow"] += 1
        elif collection == "app.bsky.actor.profile":
            c["accounts"] += 1
        else:
            c["skipped"] += 1
    print(json.dumps(c, sort_keys=True))


main(sys.argv[1])
