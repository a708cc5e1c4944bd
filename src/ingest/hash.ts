import { createHash } from 'node:crypto';

/** sha256 hex of a record's content, the quarantine key together with its position. */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
