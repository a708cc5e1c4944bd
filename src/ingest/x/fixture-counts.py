"""Independent count of what Rapport should import from an X fixture (used to verify the
numbers asserted in fixtures.test.ts). Usage: python3 fixture-counts.py <archive folder | file>
Prints the SPEC §9 summary and stats fields as JSON. Written from the formats, not the code."""
import json, os, re, sys

def js(path):
    text = open(path, encoding="utf-8").read()
    return json.loads(text[text.index("=") + 1:].strip().rstrip(";"))

acc, posts, inter, skipped = set(), {}, {k: set() for k in ["reply", "like", "repost", "quote", "mention", "follow"]}, {}
records = 0
ID = re.compile(r"^\d{1,20}$")

def legacy(t, owner, archive, embedded=False):
    author = t["user"]["id_str"] if t.get("user") else owner
    if t.get("user"): acc.add(author)
    text = t.get("full_text") or t.get("text") or ""
    mentions = [m for m in t.get("entities", {}).get("user_mentions", []) if ID.match(str(m.get("id_str", "")))]
    rt = re.match(r"^RT @(\w+):", text) if archive else None
    if t.get("retweeted_status") or rt:
        inter["repost"].add(t["id_str"])
        if t.get("retweeted_status") and not embedded: legacy(t["retweeted_status"], owner, archive, True)
        if rt:
            for m in mentions:
                if m["screen_name"].lower() == rt.group(1).lower(): acc.add(m["id_str"]); break
        return
    parent = t.get("in_reply_to_status_id_str")
    posts[t["id_str"]] = (parent, None)
    for m in mentions:
        acc.add(m["id_str"]); inter["mention"].add((t["id_str"], m["id_str"]))
    if parent:
        inter["reply"].add(t["id_str"])
        if t.get("in_reply_to_user_id_str") and t.get("in_reply_to_screen_name"): acc.add(t["in_reply_to_user_id_str"])
    if not archive and t.get("quoted_status_id_str"):
        inter["quote"].add(t["id_str"])
        if t.get("quoted_status") and not embedded: legacy(t["quoted_status"], owner, archive, True)

def archive(folder):
    global records
    files = {f: os.path.join(folder, f) for f in os.listdir(folder)}
    owner = None
    if "account.js" in files: owner = js(files["account.js"])[0]["account"]["accountId"]
    elif "manifest.js" in files: owner = js(files["manifest.js"])["userInfo"]["accountId"]
    if "manifest.js" in files: records += 1; acc.add(owner)
    for name, direction in [("follower.js", "follower"), ("following.js", "following")]:
        if name not in files: continue
        for e in js(files[name]):
            records += 1; other = e[direction]["accountId"]; acc.add(other)
            if owner: inter["follow"].add((other, owner) if direction == "follower" else (owner, other))
    if "like.js" in files:
        for e in js(files["like.js"]):
            records += 1
            if owner: inter["like"].add(e["like"]["tweetId"])
            else: skipped["archive owner unknown"] = skipped.get("archive owner unknown", 0) + 1
    for name in ["tweets.js", "tweet.js"]:
        if name in files:
            for e in js(files[name]): records += 1; legacy(e.get("tweet", e), owner, True)

def v1(path):
    global records
    for t in json.load(open(path, encoding="utf-8")): records += 1; legacy(t, None, False)

def v2(path):
    global records
    for line in open(path, encoding="utf-8"):
        if not line.strip(): continue
        page = json.loads(line)
        inc = page.get("includes", {})
        users = [u for u in inc.get("users", []) + page.get("data", []) if "username" in u and "text" not in u]
        byname = {u["username"].lower(): u["id"] for u in users}
        known = {u["id"] for u in users}
        tweets = {t["id"]: t for t in inc.get("tweets", []) + page.get("data", []) if "text" in t}
        for u in users: records += 1; acc.add(u["id"])
        for t in [t for t in page.get("data", []) if "text" in t] + inc.get("tweets", []):
            records += 1
            if t.get("author_id"): acc.add(t["author_id"])
            refs = {r["type"]: r["id"] for r in t.get("referenced_tweets", [])}
            if "retweeted" in refs: inter["repost"].add(t["id"]); continue
            parent, conv = refs.get("replied_to"), t.get("conversation_id")
            posts[t["id"]] = (parent, (parent != conv) if parent and conv else None)
            for m in t.get("entities", {}).get("mentions", []):
                mid = m.get("id") or byname.get(m["username"].lower())
                if mid: acc.add(mid); inter["mention"].add((t["id"], mid))
            if parent: inter["reply"].add(t["id"])
            if "quoted" in refs: inter["quote"].add(t["id"])
        for _ in page.get("errors", []): records += 1; skipped["api error"] = skipped.get("api error", 0) + 1

path = sys.argv[1]
if os.path.isdir(path): archive(path)
elif path.endswith(".jsonl"): v2(path)
else: v1(path)
comments = {i: p for i, p in posts.items() if p[0]}
threaded = sum(1 for i, (parent, flag) in comments.items() if flag or (flag is None and parent in comments))
print(json.dumps({"records": records, "skipped": skipped, "accounts": len(acc), "root_posts": len(posts) - len(comments),
  "comments": len(comments), "threaded_replies": threaded, "interactions": {k: len(v) for k, v in inter.items()}}, sort_keys=True))
