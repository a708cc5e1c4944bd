/** The platform keys of SPEC §9; `twitter` is accepted as an alias on input only. */
export const PLATFORMS = [
  'wordpress',
  'reddit',
  'x',
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'mastodon',
  'bluesky',
] as const;

export type Platform = (typeof PLATFORMS)[number];

export class UnknownPlatformError extends Error {
  override name = 'UnknownPlatformError';
  constructor(readonly platform: string) {
    super(`unknown platform: ${platform} (expected one of: ${PLATFORMS.join(', ')})`);
  }
}

export function isPlatform(name: string): name is Platform {
  return (PLATFORMS as readonly string[]).includes(name);
}

/** Normalises a user-typed platform name (case-insensitive, `twitter` → `x`) or throws. */
export function ensurePlatform(name: string): Platform {
  const key = name.trim().toLowerCase();
  if (key === 'twitter') return 'x';
  if (isPlatform(key)) return key;
  throw new UnknownPlatformError(name);
}

/**
 * A typed handle without the prefix SPEC §9 lets a user add: a leading `@`, or `u/` (any case)
 * as Reddit writes usernames. `@ana` and `u/ana` are `ana`; `@` alone is empty.
 */
export function bareHandle(handle: string): string {
  return handle.replace(/^@/, '').replace(/^u\//i, '');
}
