import { z } from 'zod';

/**
 * The parts of Mastodon's JSON that Rapport reads (archive ActivityStreams and REST API
 * entities), validated once at the boundary. Objects are loose: other fields are ignored and
 * never stored. REST ids are strings (snowflakes beyond 2^53 lose digits as JSON numbers).
 */
const audience = z.union([z.string(), z.array(z.string())]).nullish();
const count = z.number().int().nonnegative().nullish();

export const apTagSchema = z.looseObject({
  type: z.string().nullish(),
  href: z.string().nullish(),
  name: z.string().nullish(),
});

/** A `Note` (or `Question`, `Article`) of an outbox `Create`. */
export const apNoteSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string(),
  published: z.string().nullish(),
  inReplyTo: z.union([z.string(), z.looseObject({ id: z.string() })]).nullish(),
  attributedTo: z.union([z.string(), z.looseObject({ id: z.string() })]).nullish(),
  to: audience,
  cc: audience,
  summary: z.string().nullish(),
  content: z.string().nullish(),
  contentMap: z.record(z.string(), z.string()).nullish(),
  tag: z.union([apTagSchema, z.array(apTagSchema)]).nullish(),
});
export type ApNote = z.infer<typeof apNoteSchema>;

/** An outbox activity: `Create` (of a Note) or `Announce` (a boost). */
export const apActivitySchema = z.looseObject({
  id: z.string().min(1),
  type: z.string(),
  actor: z.union([z.string(), z.looseObject({ id: z.string() })]).nullish(),
  published: z.string().nullish(),
  to: audience,
  cc: audience,
  object: z.unknown(),
});

/** `actor.json`: the archive owner. */
export const apActorSchema = z.looseObject({
  id: z.string().min(1),
  preferredUsername: z.string().min(1),
  name: z.string().nullish(),
  summary: z.string().nullish(),
  followers: z.unknown(),
});

/** A REST `Account` entity. */
export const restAccountSchema = z.looseObject({
  id: z.string(),
  username: z.string().nullish(),
  acct: z.string().min(1),
  url: z.string().nullish(),
  display_name: z.string().nullish(),
  note: z.string().nullish(),
});
export type RestAccount = z.infer<typeof restAccountSchema>;

/** A REST `Status` entity (`reblog` is a whole Status, checked when used). */
export const restStatusSchema = z.looseObject({
  id: z.string(),
  uri: z.string().min(1),
  created_at: z.string(),
  account: restAccountSchema,
  content: z.string().nullish(),
  visibility: z.string().nullish(),
  in_reply_to_id: z.string().nullish(),
  in_reply_to_account_id: z.string().nullish(),
  reblog: z.looseObject({}).nullish(),
  mentions: z
    .array(z.looseObject({ id: z.string().nullish(), acct: z.string(), url: z.string().nullish() }))
    .nullish(),
  tags: z.array(z.looseObject({ name: z.string() })).nullish(),
  spoiler_text: z.string().nullish(),
  language: z.string().nullish(),
  favourites_count: count,
  reblogs_count: count,
  replies_count: count,
});
export type RestStatus = z.infer<typeof restStatusSchema>;

/** The first issue of a failed parse, as a short quarantine reason. */
export function schemaReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.length ? issue.path.join('.') : 'record';
  return `invalid ${path}: ${issue.message}`;
}

/** An audience field as a list (ActivityStreams allows a lone string). */
export function audienceList(
  value: string | readonly string[] | null | undefined,
): readonly string[] {
  if (value === null || value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
