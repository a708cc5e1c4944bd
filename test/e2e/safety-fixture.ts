// A small synthetic blog (WXR 1.2) for the safety tests: one comment at each crisis level, a
// supportive reply quoting a helpline, and ordinary comments. Names and texts are invented.

export const SITE = 'https://safety-test.rapport.example';

export interface FixtureComment {
  readonly id: number;
  readonly author: string;
  readonly at: string;
  readonly text: string;
  readonly parent?: number;
}

export interface FixturePost {
  readonly id: number;
  readonly title: string;
  readonly at: string;
  readonly text: string;
  readonly comments: readonly FixtureComment[];
}

export const OWNER = 'sam';

export const POSTS: readonly FixturePost[] = [
  {
    id: 10,
    title: 'Living with anxiety at work',
    at: '2024-03-01 08:00:00',
    text: 'Some things that helped me talk about anxiety and stigma with my manager.',
    comments: [
      {
        id: 101,
        author: 'Robin',
        at: '2024-03-01 10:00:00',
        text: 'Thank you for this post, it really helped me with my anxiety at work.',
      },
      {
        id: 102,
        author: 'Alex',
        at: '2024-03-02 09:00:00',
        text: 'Honestly I feel so hopeless lately, like everyone would be better off without me.',
      },
      {
        id: 103,
        author: OWNER,
        at: '2024-03-02 10:00:00',
        parent: 102,
        text: "Thank you for telling me. You're not alone, please call 988 if you want to talk.",
      },
      {
        id: 104,
        author: 'Jo',
        at: '2024-03-03 21:00:00',
        parent: 103,
        text: 'I have been thinking I want to die and I can not see a way out.',
      },
      {
        id: 105,
        author: 'Promo',
        at: '2024-03-04 12:00:00',
        text: 'Great post! Check out my blog for more, link in bio https://shop.example/merch',
      },
    ],
  },
  {
    id: 20,
    title: 'Peer support groups near you',
    at: '2024-01-15 08:00:00',
    text: 'A list of peer support groups and how to join one.',
    comments: [
      {
        id: 201,
        author: 'Kim',
        at: '2024-02-01 23:00:00',
        text: 'I wrote my goodbye letters tonight, I am going to end it this weekend.',
      },
      {
        id: 202,
        author: 'Robin',
        at: '2024-02-02 09:00:00',
        text: 'Joining a peer support group was the best thing I did for my depression.',
      },
    ],
  },
];

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The blog as WXR, as WordPress writes it (the owner a registered author, others anonymous). */
export function safetyWxr(): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">',
    '<channel>',
    '<title>Safety test blog (synthetic)</title>',
    `<link>${SITE}</link>`,
    '<language>en-GB</language>',
    '<wp:wxr_version>1.2</wp:wxr_version>',
    `<wp:base_site_url>${SITE}</wp:base_site_url>`,
    `<wp:base_blog_url>${SITE}</wp:base_blog_url>`,
    `<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${OWNER}</wp:author_login><wp:author_email>${OWNER}@example.invalid</wp:author_email><wp:author_display_name>${OWNER}</wp:author_display_name></wp:author>`,
  ];
  for (const post of POSTS) {
    out.push(
      '<item>',
      `<title>${xml(post.title)}</title>`,
      `<link>${SITE}/?p=${post.id}</link>`,
      `<dc:creator>${OWNER}</dc:creator>`,
      `<content:encoded>${xml(`<p>${post.text}</p>`)}</content:encoded>`,
      `<wp:post_id>${post.id}</wp:post_id>`,
      `<wp:post_date>${post.at}</wp:post_date>`,
      `<wp:post_date_gmt>${post.at}</wp:post_date_gmt>`,
      '<wp:comment_status>open</wp:comment_status>',
      `<wp:post_name>post-${post.id}</wp:post_name>`,
      '<wp:status>publish</wp:status>',
      '<wp:post_parent>0</wp:post_parent>',
      '<wp:post_type>post</wp:post_type>',
    );
    for (const c of post.comments) {
      const owner = c.author === OWNER;
      out.push(
        '<wp:comment>',
        `<wp:comment_id>${c.id}</wp:comment_id>`,
        `<wp:comment_author>${xml(c.author)}</wp:comment_author>`,
        `<wp:comment_author_email>${c.author.toLowerCase()}@example.invalid</wp:comment_author_email>`,
        `<wp:comment_date>${c.at}</wp:comment_date>`,
        `<wp:comment_date_gmt>${c.at}</wp:comment_date_gmt>`,
        `<wp:comment_content>${xml(c.text)}</wp:comment_content>`,
        '<wp:comment_approved>1</wp:comment_approved>',
        '<wp:comment_type>comment</wp:comment_type>',
        `<wp:comment_parent>${c.parent ?? 0}</wp:comment_parent>`,
        `<wp:comment_user_id>${owner ? 1 : 0}</wp:comment_user_id>`,
        '</wp:comment>',
      );
    }
    out.push('</item>');
  }
  out.push('</channel>', '</rss>', '');
  return out.join('\n');
}

/** The stored native id of a fixture comment (SPEC §9: `<site>/comment/<id>`, no scheme). */
export function commentId(id: number): string {
  return `${SITE.replace(/^https:\/\//, '')}/comment/${id}`;
}
