import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The sourced helpline directory (`data/helplines.json`, a byte-for-byte copy of the shared,
 * researched file) and the SPEC §4 rule for choosing from it. A wrong crisis number does harm,
 * so the file is validated once on load and every entry must carry its source.
 */

/** `ZZ`: the ISO 3166 user-assigned code the file uses for international directories. */
export const INTERNATIONAL = 'ZZ';

const nullableText = z.string().min(1).nullable();
const httpUrl = z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL');

const helplineSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    country: z.string().regex(/^[A-Z]{2}$/),
    scope: z.enum(['national', 'regional', 'international']),
    name: z.string().min(1),
    phone: nullableText,
    tel: nullableText,
    alt_phones: z.array(z.string()),
    sms: nullableText,
    whatsapp: nullableText,
    chat_url: httpUrl.nullable(),
    website: httpUrl.nullable(),
    email: nullableText,
    hours: z.string().min(1),
    cost: z.string().min(1),
    languages: z.array(z.string()),
    notes: nullableText,
    emergency_number_hint: nullableText,
    source_url: httpUrl,
    source_title: z.string().min(1),
    additional_sources: z.array(z.object({ url: httpUrl, title: z.string().min(1) })),
    confidence: z.enum(['high', 'medium', 'low']),
    verified_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .refine((h) => h.phone || h.sms || h.whatsapp || h.chat_url || h.website, {
    message: 'a helpline needs at least one way to reach it',
  })
  .refine((h) => (h.country === INTERNATIONAL) === (h.scope === 'international'), {
    message: 'ZZ entries, and only they, are international',
  });

const directorySchema = z.array(helplineSchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${entry.id}` });
    seen.add(entry.id);
  }
  if (!entries.some((e) => e.country === INTERNATIONAL))
    ctx.addIssue({ code: 'custom', message: 'no international (ZZ) entry to fall back on' });
});

export type Helpline = z.infer<typeof helplineSchema>;

export class HelplineFileError extends Error {
  override name = 'HelplineFileError';
}

/** Where the running app finds the file: `data/` at the package root (dist/src/report/safety/…). */
export const HELPLINES_PATH = fileURLToPath(
  new URL('../../../../data/helplines.json', import.meta.url),
);

/** Parses and validates the directory's JSON text; throws naming the first bad entry. */
export function parseHelplines(json: string, file = 'helplines.json'): readonly Helpline[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new HelplineFileError(`${file}: not JSON`, { cause: error });
  }
  const result = directorySchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new HelplineFileError(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

let cached: readonly Helpline[] | null = null;

/** The validated directory, read once per process. */
export function loadHelplines(path = HELPLINES_PATH): readonly Helpline[] {
  if (path !== HELPLINES_PATH) return parseHelplines(readFileSync(path, 'utf8'), path);
  return (cached ??= parseHelplines(readFileSync(path, 'utf8'), path));
}

/** How a country was inferred (SPEC §4: never from language alone). */
export type CountryBasis = 'stated_location' | 'locale' | 'owner_setting';

export interface HelplineChoice {
  /** The inferred country (ISO 3166-1 alpha-2), or null when it could not be inferred. */
  readonly country: string | null;
  readonly basis: CountryBasis | null;
  /** True when the international directories are shown (no country, or none listed for it). */
  readonly international: boolean;
  readonly helplines: readonly Helpline[];
}

/**
 * The helplines for a country: its own entries, else the international directories (`ZZ`).
 * A country with no entry in the file falls back too — showing nothing is never an option.
 */
export function chooseHelplines(
  directory: readonly Helpline[],
  inferred: { readonly country: string; readonly basis: CountryBasis } | null,
): HelplineChoice {
  const country = inferred?.country.toUpperCase() ?? null;
  const own =
    country && country !== INTERNATIONAL ? directory.filter((h) => h.country === country) : [];
  if (own.length > 0)
    return { country, basis: inferred!.basis, international: false, helplines: own };
  return {
    country,
    basis: inferred?.basis ?? null,
    international: true,
    helplines: directory.filter((h) => h.country === INTERNATIONAL),
  };
}

/**
 * The owner's own line for their own wellbeing (SAFE-MESSAGING.md §5: "put your own wellbeing
 * first"): from the owner's configured country, else the international directories.
 */
export function ownerHelplines(
  directory: readonly Helpline[],
  ownerCountry: string | null | undefined,
): HelplineChoice {
  return chooseHelplines(
    directory,
    ownerCountry ? { country: ownerCountry, basis: 'owner_setting' } : null,
  );
}
