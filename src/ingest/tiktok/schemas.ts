import { z } from 'zod';

/**
 * The parts of TikTok's `user_data_tiktok.json` (and the older `user_data.json`) that Rapport
 * reads. Key case varies between export versions (`date`/`Date`, `link`/`Link`/`VideoLink`),
 * so both spellings are accepted. Email, phone, birth date and the rest are never read.
 */
const text = z.string().nullish();

export const ProfileMap = z.object({
  userName: text,
  displayName: text,
  bioDescription: text,
  followerCount: z.union([z.number(), z.string()]).nullish(),
  followingCount: z.union([z.number(), z.string()]).nullish(),
});
export type ProfileMap = z.infer<typeof ProfileMap>;

export const VideoEntry = z.object({
  Date: z.string(),
  Title: text,
  Link: text,
  VideoLink: text,
  Likes: z.union([z.number(), z.string()]).nullish(),
  WhoCanView: text,
});
export type VideoEntry = z.infer<typeof VideoEntry>;

export const CommentEntry = z
  .object({ date: text, Date: text, comment: text, Comment: text, url: text })
  .transform((c) => ({
    date: c.date ?? c.Date ?? null,
    text: c.comment ?? c.Comment ?? null,
    url: c.url ?? null,
  }));

export const LinkEntry = z
  .object({ date: text, Date: text, link: text, Link: text, VideoLink: text })
  .transform((l) => ({
    date: l.date ?? l.Date ?? null,
    link: l.link ?? l.Link ?? l.VideoLink ?? null,
  }));

export const UserEntry = z.object({ Date: text, UserName: z.string().min(1) });
