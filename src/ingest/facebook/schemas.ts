import { z } from 'zod';

/**
 * The parts of Facebook's "Download your information" JSON that Rapport reads. zod drops every
 * other key, so `upload_ip`, EXIF, places and coordinates never pass this boundary.
 */

const Attachment = z.object({
  data: z
    .array(
      z.object({
        media: z
          .object({ uri: z.string().optional(), description: z.string().optional() })
          .optional(),
        external_context: z
          .object({ url: z.string().optional(), name: z.string().optional() })
          .optional(),
        note: z.object({ text: z.string().optional() }).optional(),
        poll: z.object({ question: z.string().optional() }).optional(),
        event: z.object({ name: z.string().optional() }).optional(),
      }),
    )
    .optional(),
});

/** One of the owner's posts (`your_posts_N.json`, `group_posts_v2`). */
export const PostEntry = z.object({
  timestamp: z.number().optional(),
  data: z.array(z.object({ post: z.string().optional() })).optional(),
  attachments: z.array(Attachment).optional(),
});
export type PostEntry = z.infer<typeof PostEntry>;

/** One of the owner's comments (`comments_v2`, `group_comments_v2`). */
export const CommentEntry = z.object({
  timestamp: z.number().optional(),
  data: z
    .array(
      z.object({
        comment: z
          .object({
            timestamp: z.number().optional(),
            comment: z.string().optional(),
            group: z.string().optional(),
          })
          .optional(),
      }),
    )
    .optional(),
  attachments: z.array(Attachment).optional(),
});
export type CommentEntry = z.infer<typeof CommentEntry>;

/** One of the owner's reactions (`reactions_v2`): the title says what, in the user's language. */
export const ReactionEntry = z.object({
  timestamp: z.number().optional(),
  data: z
    .array(z.object({ reaction: z.object({ reaction: z.string().optional() }).optional() }))
    .optional(),
  title: z.string().optional(),
});
export type ReactionEntry = z.infer<typeof ReactionEntry>;

/** A friend, follower or followed profile: known only by name. */
export const PersonEntry = z.object({
  name: z.string().min(1),
  timestamp: z.number().optional(),
});
