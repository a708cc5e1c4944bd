import { createHmac } from 'node:crypto';
import { accountId, postId, type AccountId, type PostId } from '../../model/index.js';

/**
 * A WordPress site as it appears in native ids: host (lower-cased, default port dropped) and
 * path, without scheme or trailing slash — `http://Example.com/blog/` → `example.com/blog`.
 * The scheme is dropped because sites move from http to https and a WXR export, written with
 * the URL of its day, must give the same ids as the site's REST API fetched today. `www.` is
 * kept: it can be a different site.
 */
export type Site = string & { readonly brand: 'Site' };

/** The site of a blog URL (`wp:base_blog_url`, a REST `link`), or null if it is no http(s) URL. */
export function siteOf(url: string): Site | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.host.toLowerCase()}${path}` as Site;
}

/**
 * The site of a REST record: the part of its API URL (`_links.self`) before `/wp-json/` (or
 * before `?rest_route=`), which keeps a blog's sub-folder; else the origin of its `link`, since
 * a post's permalink path says nothing about where the blog is rooted.
 */
export function siteOfRest(selfHref: string | undefined, link: string | undefined): Site | null {
  if (selfHref) {
    const cut = /\/wp-json\/|\/?\?rest_route=/.exec(selfHref);
    if (cut) {
      const site = siteOf(selfHref.slice(0, cut.index));
      if (site) return site;
    }
  }
  if (link) {
    try {
      return siteOf(new URL(link.trim()).origin);
    } catch {
      return null;
    }
  }
  return null;
}

export const postIdOf = (site: Site, id: string | number): PostId => postId(`${site}/post/${id}`);
export const commentIdOf = (site: Site, id: string | number): PostId =>
  postId(`${site}/comment/${id}`);
export const userIdOf = (site: Site, id: string | number): AccountId =>
  accountId(`${site}/user/${id}`);

/**
 * An anonymous commenter (SPEC §9): keyed by site, the name as written and a salted hash
 * (HMAC-SHA256 keyed by the store's salt) of the lower-cased email, so one person commenting
 * under one name is one account while the address itself is never stored nor guessable.
 * Without an email (REST responses never carry one) the hash is that of the empty string.
 */
export function anonIdOf(site: Site, name: string, email: string, salt: string): AccountId {
  const hash = createHmac('sha256', salt).update(email.trim().toLowerCase()).digest('hex');
  return accountId(`${site}/anon/${hash.slice(0, 32)}/${name}`);
}
