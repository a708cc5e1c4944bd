import { z } from 'zod';

/**
 * The parts of Instagram's "Download your information" JSON that Rapport reads. Unknown keys
 * are dropped by zod, so nothing else (EXIF, device ids, locations) ever passes this boundary.
 */

/** `{href, value, timestamp}`: one row of a follower, following or like list. */
export const StringListItem = z.object({
  href: z.string().optional(),
  value: z.string().optional(),
  timestamp: z.number().optional(),
});

/** A follower/following/like entry: `title` is the other account (likes) or '' (followers). */
export const ListEntry = z.object({
  title: z.string().optional(),
  string_list_data: z.array(StringListItem).min(1),
});
export type ListEntry = z.infer<typeof ListEntry>;

export const Media = z.object({
  uri: z.string().min(1),
  creation_timestamp: z.number().optional(),
  title: z.string().optional(),
});

/** One of the owner's posts (`content/posts_1.json`, older `media/posts_1.json`). */
export const PostEntry = z.object({
  media: z.array(Media).min(1),
  title: z.string().optional(),
  creation_timestamp: z.number().optional(),
});
export type PostEntry = z.infer<typeof PostEntry>;

const MapValue = z.object({ value: z.string().optional(), timestamp: z.number().optional() });

/** The current comments layout: `string_map_data` with `Comment`, `Media Owner`, `Time`. */
export const MapCommentEntry = z.object({
  string_map_data: z.object({
    Comment: MapValue,
    'Media Owner': MapValue.optional(),
    Time: MapValue.optional(),
  }),
});
export type MapCommentEntry = z.infer<typeof MapCommentEntry>;

/** `personal_information.json`: `profile_user[0].string_map_data.Username` names the owner. */
export const ProfileEntry = z.object({
  string_map_data: z.object({
    Username: MapValue,
    Name: MapValue.optional(),
    Bio: MapValue.optional(),
  }),
});
export type ProfileEntry = z.infer<typeof ProfileEntry>;
