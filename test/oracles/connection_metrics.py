"""Independent recount of the SPEC §3 connection metrics from an export file itself.

Used by test/e2e/analyze-fixtures.test.ts to check `rapport analyze` on the real-format
fixtures. It reads the file with the Python standard library only (no Rapport code, no store)
and applies the SPEC's rules as written:

- WordPress WXR: root posts are items of post_type post/page, status publish, no password;
  comments of those items are kept when approved = 1 and type is empty or `comment`. A comment
  whose comment_user_id matches a wp:author_id is that author's; another non-zero user id is
  one registered account per id; else an anonymous commenter is keyed by name + lower-cased
  email. Parent: comment_parent 0 -> the item's author, else the kept comment it names.
- Reddit dump NDJSON: submissions (t3_) are root posts, comments (t1_) reply to the record
  named by parent_id when it is in the file; [deleted]/[removed] authors are no account.

Metrics (all data, one platform): reply edges run from the replier to the parent's author,
self-replies and unknown authors dropped; inbound_replies, engaged_audience (no likes in these
formats) and reciprocity use direct replies; response_rate is the share of others' direct
replies to the account's root posts that got a direct reply from it; a dialogue is a maximal
chain of comments, each replying to the previous, alternating between two accounts, at least
three long. Ratios with an empty denominator are null.

Usage: python3 connection_metrics.py wxr|reddit FILE  -> one JSON object on stdout.
"""

import json
import statistics
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

WP = 'wordpress.org/export'
DC = 'purl.org/dc'


def child_text(el, ns, name):
    for c in el:
        if c.tag.rsplit('}', 1)[-1] == name and ns in c.tag:
            return (c.text or '').strip()
    return ''


def wp_time(gmt, local):
    for s in (gmt, local):
        if s and not s.startswith('0000'):
            return datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return None


def read_wxr(path):
    """Root post counts per account, and comments as dicts (see module comment)."""
    channel = ET.parse(path).getroot().find('channel')
    authors = {}
    for a in channel:
        if a.tag.rsplit('}', 1)[-1] == 'author':
            aid = child_text(a, WP, 'author_id')
            if aid:
                authors[aid] = child_text(a, WP, 'author_login')
    posts, comments = {}, []
    for item in channel:
        if item.tag != 'item':
            continue
        f = lambda n: child_text(item, WP, n)
        if f('post_type') not in ('post', 'page') or f('status') != 'publish' or f('post_password'):
            continue
        creator = child_text(item, DC, 'creator').replace('<', '').replace('>', '').strip()
        owner = ('user', creator)
        posts[owner] = posts.get(owner, 0) + 1
        kept, rows = {}, []
        for c in item:
            if c.tag.rsplit('}', 1)[-1] != 'comment':
                continue
            g = lambda n: child_text(c, WP, n)
            if g('comment_approved') != '1' or g('comment_type') not in ('', 'comment'):
                continue
            uid, name = g('comment_user_id'), g('comment_author')
            if uid.isdigit() and int(uid) != 0:
                who = ('user', authors[uid]) if uid in authors else ('uid', uid)
            elif name:
                who = ('anon', name, g('comment_author_email').lower())
            else:
                who = None
            kept[g('comment_id')] = who
            rows.append((g('comment_id'), who, g('comment_parent') or '0',
                         wp_time(g('comment_date_gmt'), g('comment_date'))))
        pid = child_text(item, WP, 'post_id')
        for cid, who, parent, at in rows:
            top = int(parent) == 0
            comments.append({'key': (pid, cid), 'author': who,
                             'parent': None if top else (pid, parent),
                             'parent_author': owner if top else kept.get(parent), 'at': at})
    return posts, comments


def read_reddit(path):
    rows = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
    known = lambda a: a if a and a not in ('[deleted]', '[removed]') else None
    author = {r['name']: known(r.get('author')) for r in rows}
    posts, comments = {}, []
    for r in rows:
        who = author[r['name']]
        at = datetime.fromtimestamp(int(r['created_utc']), timezone.utc)
        if r['name'].startswith('t3_'):
            if who:
                posts[who] = posts.get(who, 0) + 1
            continue
        parent = r.get('parent_id')
        comments.append({'key': r['name'], 'author': who,
                         'parent': parent if parent and parent.startswith('t1_') else None,
                         'parent_author': author.get(parent), 'at': at})
    return posts, comments


def main(kind, path):
    posts, comments = (read_wxr if kind == 'wxr' else read_reddit)(path)
    by_key = {c['key']: c for c in comments}
    children = {}
    for c in comments:
        if c['parent'] is not None:
            children.setdefault(c['parent'], []).append(c)
    accounts = set(posts) | {c['author'] for c in comments if c['author']}

    edges = {}
    for c in comments:
        a, b = c['author'], c['parent_author']
        if a and b and a != b:
            edges[(a, b)] = edges.get((a, b), 0) + 1

    dialogues = []

    def alternates(chain, k):
        """Whether comment k continues the two-account alternation ending chain."""
        last = chain[-1]
        if not (k['author'] and last['author'] and k['author'] != last['author']):
            return False
        return len(chain) < 2 or chain[-2]['author'] == k['author']

    def walk(chain):
        nexts = [k for k in children.get(chain[-1]['key'], []) if alternates(chain, k)]
        if not nexts:
            if len(chain) >= 3:
                dialogues.append((chain[0]['author'], chain[1]['author']))
            return
        for k in nexts:
            walk(chain + [k])

    def heads(c):
        """Whether no parent can precede c in an alternation."""
        p = by_key.get(c['parent']) if c['parent'] else None
        return p is None or not alternates([p], c)

    for c in comments:
        if heads(c):
            walk([c])
            continue
        # (parent, c) alternate: the walk from the parent covers c when the parent heads its
        # chains or the grandparent continues into c; otherwise a chain starts at the parent
        p = by_key[c['parent']]
        if not heads(p) and by_key[p['parent']]['author'] != c['author']:
            walk([p, c])

    partners = {a: [] for a in accounts}
    for x, y in dialogues:
        partners[x].append(y)
        partners[y].append(x)

    out = []
    for acc in sorted(accounts, key=repr):
        direct_in = [c for c in comments
                     if c['parent_author'] == acc and c['author'] and c['author'] != acc]
        mine = [c for c in comments
                if c['author'] == acc and c['parent_author'] and c['parent_author'] != acc]
        replied_by = {c['author'] for c in direct_in}
        replied_to = {c['parent_author'] for c in mine}
        on_roots = [c for c in direct_in if c['parent'] is None]
        answered, hours = 0, []
        for r in on_roots:
            answers = [c for c in children.get(r['key'], []) if c['author'] == acc]
            if answers:
                answered += 1
                times = [c['at'] for c in answers if c['at'] and r['at']]
                if times:
                    hours.append((min(times) - r['at']).total_seconds() / 3600)
        union = replied_to | replied_by
        out.append({'key': list(acc) if isinstance(acc, tuple) else acc, 'metrics': {
            'posts': posts.get(acc, 0),
            'inbound_replies': len(direct_in),
            'engaged_audience': len(replied_by),
            'response_rate': answered / len(on_roots) if on_roots else None,
            'median_response_hours': statistics.median(hours) if hours else None,
            'dialogues': len(partners[acc]),
            'dialogue_partners': len(set(partners[acc])),
            'outbound_replies': len(mine),
            'outbound_reach': len(replied_to),
            'reciprocity': len(replied_to & replied_by) / len(union) if union else None,
        }})
    print(json.dumps({'replies': sum(edges.values()), 'reply_edges': len(edges),
                      'dialogues': len(dialogues), 'accounts': out}, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
