import { z } from 'zod';

/**
 * The parts of WordPress REST API v2 responses Rapport reads (`/wp/v2/posts`, `/wp/v2/comments`,
 * `?_embed`), validated once at the boundary; unknown keys (plugins add many) are dropped.
 * Fields the public API leaves out (`status`, `date_gmt` of embedded replies) are optional.
 */
const rendered = z.object({ rendered: z.string() });
const hrefs = z.array(z.object({ href: z.string() }));
const links = z.object({ self: hrefs.optional() }).optional();
const id = z.number().int().nonnegative();
const date = z.string().nullable().optional();

export const restUserSchema = z.object({
  id,
  slug: z.string().min(1),
  name: z.string().optional(),
});

export const restCommentSchema = z.object({
  id,
  /** Absent in replies embedded in a post (their post is the one around them). */
  post: id.optional(),
  parent: id.default(0),
  author: id.default(0),
  author_name: z.string().default(''),
  date,
  date_gmt: date,
  content: rendered,
  link: z.string().optional(),
  status: z.string().optional(),
  type: z.string().optional(),
  _links: links,
  _embedded: z.object({ author: z.array(z.unknown()).optional() }).optional(),
});

export const restPostSchema = z.object({
  id,
  date,
  date_gmt: date,
  type: z.string(),
  status: z.string().optional(),
  link: z.string(),
  guid: rendered.optional(),
  title: rendered.optional(),
  content: z.object({ rendered: z.string(), protected: z.boolean().optional() }),
  author: id.default(0),
  _links: links,
  _embedded: z
    .object({
      author: z.array(z.unknown()).optional(),
      /** One array per `replies` link: `[[comment, …]]`. */
      replies: z.array(z.array(z.unknown())).optional(),
    })
    .optional(),
});

export type RestComment = z.infer<typeof restCommentSchema>;
export type RestPost = z.infer<typeof restPostSchema>;
export type RestUser = z.infer<typeof restUserSchema>;

/** A comment has an `author_name`; a post has none. */
export function isCommentShaped(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'author_name' in value;
}

/** A short reason naming the first invalid field, for the quarantine. */
export function schemaReason(kind: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.join('.') || kind;
  return `invalid REST ${kind}: ${path}: ${issue?.message ?? 'invalid'}`;
}
