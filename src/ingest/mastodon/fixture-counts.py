"""Independent count of what Rapport should import from a Mastodon fixture (used to verify the
numbers asserted in fixtures.test.ts). Usage: python3 fixture-counts.py <archive folder | file>
Prints the SPEC §9 summary and stats fields as JSON. Written from the formats, not the code."""
import json, os, re, sys
from urllib.parse import urlparse

PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}
acc, posts, inter, skipped = set(), {}, {k: set() for k in ["reply", "like", "repost", "quote", "mention", "follow"]}, {}
records = 0

def skip(reason):
    skipped[reason] = skipped.get(reason, 0) + 1

def full(acct, url):
    acct = acct.lstrip("@")
    if "@" in acct: user, dom = acct.split("@", 1); return f"{user}@{dom.lower()}"
    return f"{acct}@{urlparse(url).hostname.lower()}"

def lst(v): return [] if v is None else [v] if isinstance(v, str) else v

def archive(folder):
    global records
    f = lambda n: os.path.join(folder, n)
    owner = None
    if os.path.exists(f("actor.json")):
        a = json.load(open(f("actor.json"))); records += 1
        owner = f'{a["preferredUsername"]}@{urlparse(a["id"]).hostname}'; acc.add(owner)
    if os.path.exists(f("outbox.json")):
        for it in json.load(open(f("outbox.json")))["orderedItems"]:
            records += 1
            if it["type"] == "Announce": inter["repost"].add(it["id"]); continue
            o = it["object"]; to, cc = lst(o.get("to")), lst(o.get("cc"))
            if not (set(to) & PUBLIC or set(cc) & PUBLIC or any(x.endswith("/followers") for x in to + cc)):
                skip("direct message"); continue
            posts[o["id"]] = (o.get("inReplyTo"), None)
            if o.get("inReplyTo"): inter["reply"].add(o["id"])
            for t in lst(o.get("tag")):
                if t.get("type") == "Mention":
                    a = full(t["name"], t["href"]); acc.add(a); inter["mention"].add((o["id"], a))
    if os.path.exists(f("likes.json")):
        for u in json.load(open(f("likes.json")))["orderedItems"]:
            records += 1
            if owner: inter["like"].add(u)
            else: skip("archive owner unknown")
    if os.path.exists(f("bookmarks.json")):
        for u in json.load(open(f("bookmarks.json")))["orderedItems"]: records += 1; skip("private bookmark")

def api(path):
    global records
    doc = json.load(open(path))
    els = doc if isinstance(doc, list) else doc["ancestors"] + doc["descendants"] if "ancestors" in doc else [doc]
    byid = {}
    for e in els:
        if "uri" in e:
            byid[e["id"]] = e
            if e.get("reblog"): byid[e["reblog"]["id"]] = e["reblog"]
    local = [s["account"] for s in byid.values() if "@" not in s["account"]["acct"]]
    for e in els:
        records += 1
        statuses = [e, e["reblog"]] if e.get("reblog") else [e] if "uri" in e else []
        if not statuses: acc.add(full(e["acct"], e.get("url"))); continue
        for s in statuses:
            acc.add(full(s["account"]["acct"], s["account"].get("url")))
            if s.get("reblog"): inter["repost"].add(s["uri"]); continue
            if s.get("visibility") == "direct": skip("direct message"); continue
            parent = s.get("in_reply_to_id")
            flag = bool(byid[parent].get("in_reply_to_id")) if parent in byid else None
            posts[s["uri"]] = ((byid[parent]["uri"] if parent in byid else "ref:" + parent) if parent else None, flag)
            if parent: inter["reply"].add(s["uri"])
            for m in s.get("mentions") or []:
                a = full(m["acct"], m.get("url")); acc.add(a); inter["mention"].add((s["uri"], a))

path = sys.argv[1]
archive(path) if os.path.isdir(path) else api(path)
comments = {i: p for i, p in posts.items() if p[0]}
threaded = sum(1 for i, (parent, flag) in comments.items() if flag or (flag is None and parent in comments))
print(json.dumps({"records": records, "skipped": skipped, "accounts": len(acc), "root_posts": len(posts) - len(comments),
  "comments": len(comments), "threaded_replies": threaded, "interactions": {k: len(v) for k, v in inter.items()}}, sort_keys=True))
