import type { Platform } from '../../model/index.js';

/**
 * Each platform's own way to ask its safety team to reach out to someone (SAFE-MESSAGING.md
 * §5 "Platform reporting", §6.3). `url` is a page a person can open; `source` is where the
 * steps and the link were taken from. Steps are in our words, so they name no interface label
 * that may have changed; re-check them with each release.
 */
export interface PlatformReporting {
  readonly platform: Platform;
  /** What to do, in one sentence. */
  readonly how: string;
  /** A page to open, or null where the platform has no central safety team. */
  readonly url: string | null;
  readonly source: string;
}

// 988 Lifeline, "Support on Social Media" (SAFE-MESSAGING.md [H6]): in-app steps per platform.
const LIFELINE_SOCIAL = 'https://988lifeline.org/help-someone-else/support-on-social-media';

export const PLATFORM_REPORTING: Readonly<Record<Platform, PlatformReporting>> = {
  wordpress: {
    platform: 'wordpress',
    // @NOTE a self-hosted blog has no platform safety team: its owner is the moderator.
    how: 'Your blog has no platform safety team: you moderate its comments yourself (you can hold the comment from public view while you reach out).',
    url: null,
    source: 'https://wordpress.org/documentation/article/comments-screen/',
  },
  reddit: {
    platform: 'reddit',
    how: 'Report the comment and choose the option saying someone is considering suicide or serious self-harm; Reddit reaches out confidentially and offers Crisis Text Line.',
    url: LIFELINE_SOCIAL,
    source: LIFELINE_SOCIAL,
  },
  x: {
    platform: 'x',
    how: "Report the post as self-harm or suicide; X's team contacts the person and shares support resources.",
    // X's own page on its approach to self-harm reports (about.twitter.com/safety/council)
    url: 'https://help.x.com/en/rules-and-policies/glorifying-self-harm',
    source: LIFELINE_SOCIAL,
  },
  instagram: {
    platform: 'instagram',
    how: 'Open the "…" menu on the post or comment, choose Report, then the suicide or self-injury option.',
    url: LIFELINE_SOCIAL,
    source: LIFELINE_SOCIAL,
  },
  facebook: {
    platform: 'facebook',
    how: "Report the post or comment as suicide or self-injury; Facebook's team reviews it and shares support options with the person.",
    url: LIFELINE_SOCIAL,
    source: LIFELINE_SOCIAL,
  },
  tiktok: {
    platform: 'tiktok',
    how: 'Open the share arrow on the video (or hold the comment), choose Report, then the self-injury option.',
    url: LIFELINE_SOCIAL,
    source: LIFELINE_SOCIAL,
  },
  youtube: {
    platform: 'youtube',
    how: 'Use More → Report, then the harmful or dangerous acts option for suicide or self-injury; YouTube may send the person helpline details.',
    url: LIFELINE_SOCIAL,
    source: LIFELINE_SOCIAL,
  },
  mastodon: {
    platform: 'mastodon',
    // @NOTE Mastodon reports go to the moderators of the person's server, not a central team.
    how: "Report the post from its menu; the report goes to your server's moderators and, if you choose, to the person's server.",
    url: 'https://docs.joinmastodon.org/user/moderating/',
    source: 'https://docs.joinmastodon.org/user/moderating/',
  },
  bluesky: {
    platform: 'bluesky',
    how: "Report the post from its three-dot menu; Bluesky's moderation team reviews reports made in the app.",
    // @safety.bsky.app: "To report a post or account, use the in-app reporting feature."
    url: 'https://bsky.social/about/support/community-guidelines',
    source: 'https://bsky.app/profile/safety.bsky.app',
  },
};
