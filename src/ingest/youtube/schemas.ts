import { z } from 'zod';

/**
 * The parts of YouTube Data API v3 list responses that Rapport reads (one page as saved:
 * `{kind: "youtube#…ListResponse", items: […]}`). Counts arrive as strings (`"viewCount":
 * "123"`); zod drops every other key (thumbnails, etags, player HTML).
 */
const Count = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).optional();

export const CommentSnippet = z.object({
  authorDisplayName: z.string().optional(),
  authorChannelId: z.object({ value: z.string().min(1) }).optional(),
  channelId: z.string().optional(),
  videoId: z.string().optional(),
  textOriginal: z.string().optional(),
  textDisplay: z.string().optional(),
  parentId: z.string().optional(),
  likeCount: z.number().int().nonnegative().optional(),
  publishedAt: z.string(),
});
export type CommentSnippet = z.infer<typeof CommentSnippet>;

export const CommentResource = z.object({ id: z.string().min(1), snippet: CommentSnippet });
export type CommentResource = z.infer<typeof CommentResource>;

export const CommentThreadResource = z.object({
  id: z.string().min(1),
  snippet: z.object({
    channelId: z.string().optional(),
    videoId: z.string().optional(),
    topLevelComment: CommentResource,
    totalReplyCount: z.number().int().nonnegative().optional(),
    isPublic: z.boolean().optional(),
  }),
  replies: z.object({ comments: z.array(CommentResource) }).optional(),
});
export type CommentThreadResource = z.infer<typeof CommentThreadResource>;

export const VideoResource = z.object({
  id: z.string().min(1),
  snippet: z
    .object({
      publishedAt: z.string().optional(),
      channelId: z.string().optional(),
      channelTitle: z.string().optional(),
      title: z.string().optional(),
      description: z.string().optional(),
      tags: z.array(z.string()).optional(),
      defaultLanguage: z.string().optional(),
    })
    .optional(),
  statistics: z.object({ viewCount: Count, likeCount: Count, commentCount: Count }).optional(),
  status: z.object({ privacyStatus: z.string().optional() }).optional(),
});
export type VideoResource = z.infer<typeof VideoResource>;

export const ChannelResource = z.object({
  id: z.string().min(1),
  snippet: z
    .object({
      title: z.string().optional(),
      description: z.string().optional(),
      customUrl: z.string().optional(),
      publishedAt: z.string().optional(),
    })
    .optional(),
  statistics: z
    .object({
      subscriberCount: Count,
      videoCount: Count,
      hiddenSubscriberCount: z.boolean().optional(),
    })
    .optional(),
});
export type ChannelResource = z.infer<typeof ChannelResource>;

export const SubscriptionResource = z.object({
  id: z.string().min(1),
  snippet: z.object({
    publishedAt: z.string().optional(),
    title: z.string().optional(),
    channelId: z.string().min(1),
    resourceId: z.object({ channelId: z.string().min(1) }),
  }),
});
export type SubscriptionResource = z.infer<typeof SubscriptionResource>;

/** A saved list response: the page's `kind` and its items. */
export const ListResponse = z.object({
  kind: z.string().regex(/^youtube#\w+ListResponse$/),
  items: z.array(z.unknown()),
});
