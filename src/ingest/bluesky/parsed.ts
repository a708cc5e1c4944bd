import type { ModelRecord } from '../../model/index.js';

/** What one input record becomes: model records, a skip with its reason, or a bad record. */
export type Parsed =
  | { readonly kind: 'items'; readonly items: ModelRecord[] }
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'bad'; readonly reason: string };

export const bad = (reason: string): Parsed => ({ kind: 'bad', reason });
export const skip = (reason: string): Parsed => ({ kind: 'skip', reason });

export type Json = { readonly [key: string]: unknown };
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
