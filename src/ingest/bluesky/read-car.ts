import repo from '@atproto/repo';
import type { ImportUnit } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import type { SourceEntry } from '../source.js';
import { isDid } from './at-uri.js';
import { parseRecord } from './parse-record.js';
import { isObject } from './parsed.js';
import { quarantined, toUnit } from './units.js';

// @atproto/repo is CommonJS and its index re-exports with `__exportStar`, which Node's named
// ESM import cannot see: take the names from the default export.
const { BlockMap, MST, MemoryBlockstore, cborToLex, cborToLexRecord, readCarStream } = repo;

/** atproto CIDs are CIDv1 + sha-256: 36 bytes, as `readCarStream` itself assumes. */
const CID_BYTES = 36;

/**
 * A repository export (`com.atproto.sync.getRepo`, CAR v1): one import unit per record in the
 * repository's Merkle search tree, each located by the byte offset of its block.
 *
 * @NOTE A CAR does not order blocks so that a record's key (`collection/rkey`, held in the tree
 * nodes) is known when its block arrives, so the blocks are read one at a time (CID-verified)
 * into memory and the tree is walked afterwards. Memory is bounded by the file size, itself
 * bounded by `limits.maxDocumentBytes` (512 MiB by default; a real account's repository is
 * typically well under 100 MB); a larger file is refused with an `InputError`.
 */
export async function* readCar(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const maxBytes = context.limits.maxDocumentBytes;
  let total = 0;
  let head: Uint8Array | null = null;
  async function* counted(): AsyncIterable<Uint8Array> {
    for await (const chunk of readEntryBytes(entry)) {
      head ??= chunk;
      total += chunk.length;
      if (total > maxBytes) {
        throw new InputError(
          `${entry.path} is larger than ${maxBytes} bytes: too large for a repository export`,
          entry.path,
        );
      }
      yield chunk;
    }
  }
  const blocks = new BlockMap();
  const offsets = new Map<string, number>();
  let roots;
  let offset = 0;
  try {
    const car = await readCarStream(counted());
    roots = car.roots;
    offset = headerLength(head);
    for await (const block of car.blocks) {
      blocks.set(block.cid, block.bytes);
      offsets.set(block.cid.toString(), offset);
      const length = CID_BYTES + block.bytes.length;
      offset += varintLength(length) + length;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${entry.path} is not a readable CAR file (truncated or corrupt after byte ${offset}): ${(error as Error).message}`,
      entry.path,
      { cause: error },
    );
  }
  if (roots.length !== 1) {
    throw new InputError(
      `${entry.path}: a repository CAR has one root, not ${roots.length}`,
      entry.path,
    );
  }
  const commitBytes = blocks.get(roots[0]!);
  const commit = commitBytes ? safeDecode(commitBytes) : null;
  if (!isObject(commit) || !isDid(commit.did) || !isObject(commit.data)) {
    throw new InputError(
      `${entry.path}: the CAR root is not a repository commit (not a getRepo export)`,
      entry.path,
    );
  }
  const did = commit.did;
  const tree = MST.load(new MemoryBlockstore(blocks), commit.data as never);
  try {
    for await (const leaf of tree.walkLeavesFrom('')) {
      const slash = leaf.key.indexOf('/');
      const collection = leaf.key.slice(0, slash);
      const rkey = leaf.key.slice(slash + 1);
      const bytes = blocks.get(leaf.value);
      const where = { file: entry.path, byteOffset: offsets.get(leaf.value.toString()) };
      if (!bytes) {
        yield quarantined({ file: entry.path }, `record block missing for ${leaf.key}`, leaf.key);
        continue;
      }
      let record: unknown;
      try {
        record = cborToLexRecord(bytes);
      } catch (error) {
        yield quarantined(
          where,
          `record is not valid DAG-CBOR: ${(error as Error).message}`,
          bytes,
        );
        continue;
      }
      yield toUnit(parseRecord(did, collection, rkey, record), where, () => bytes);
    }
  } catch (error) {
    throw new InputError(
      `${entry.path}: cannot walk the repository tree: ${(error as Error).message}`,
      entry.path,
      { cause: error },
    );
  }
}

function safeDecode(bytes: Uint8Array): unknown {
  try {
    return cborToLex(bytes);
  } catch {
    return null;
  }
}

/** Bytes taken by the CAR header: its varint length prefix plus the header itself. */
function headerLength(head: Uint8Array | null): number {
  if (!head) return 0;
  let value = 0;
  let shift = 0;
  for (let i = 0; i < Math.min(head.length, 9); i++) {
    value += (head[i]! & 0x7f) * 2 ** shift;
    if (head[i]! < 0x80) return i + 1 + value;
    shift += 7;
  }
  return 0;
}

function varintLength(n: number): number {
  let length = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    length++;
  }
  return length;
}
