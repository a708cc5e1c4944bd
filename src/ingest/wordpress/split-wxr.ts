import { createHash, type Hash } from 'node:crypto';

/** The raw bytes of one WXR input record (an `<item>` without its comments, or a `<wp:comment>`). */
export interface RawRecord {
  readonly byteOffset: number;
  /** 1-based line of the record's first byte. */
  readonly line: number;
  /** The record's bytes; null when it was larger than the limit (they were hashed, not kept). */
  readonly bytes: Buffer | null;
  readonly size: number;
  /** sha256 hex of the raw bytes: the quarantine key with the position. */
  readonly hash: string;
  /** Why the record is structurally broken (`unclosed <item>`), or null. */
  readonly broken: string | null;
}

export type WxrPiece =
  /** Document bytes outside items; each item is replaced by its newlines, so lines stay true. */
  | { readonly kind: 'skeleton'; readonly bytes: Buffer }
  /** An item's own bytes: the whole item, or (`complete: false`) up to its first comment. */
  | { readonly kind: 'item'; readonly record: RawRecord; readonly complete: boolean }
  | { readonly kind: 'comment'; readonly record: RawRecord }
  | { readonly kind: 'item-end' };

const LT = 0x3c;
const NEWLINE = 0x0a;
// The longest token looked at after a `<`: `</wp:comment` plus one delimiter byte.
const LOOKAHEAD = 13;

class Capture {
  private readonly hasher: Hash = createHash('sha256');
  private parts: Buffer[] = [];
  size = 0;

  constructor(
    readonly byteOffset: number,
    readonly line: number,
    private readonly maxBytes: number,
  ) {}

  add(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.hasher.update(bytes);
    this.size += bytes.length;
    if (this.size > this.maxBytes) this.parts = [];
    else this.parts.push(bytes);
  }

  finish(broken: string | null): RawRecord {
    return {
      byteOffset: this.byteOffset,
      line: this.line,
      bytes: this.size > this.maxBytes ? null : Buffer.concat(this.parts, this.size),
      size: this.size,
      hash: this.hasher.digest('hex'),
      broken,
    };
  }
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

function isDelimiter(byte: number | undefined, slash: boolean): boolean {
  return (
    byte === 0x3e ||
    byte === 0x20 ||
    byte === 0x09 ||
    byte === 0x0a ||
    byte === 0x0d ||
    (slash && byte === 0x2f)
  );
}

/**
 * Splits a WXR byte stream into its input records without parsing the document as a whole:
 * each `<item>` and each `<wp:comment>` is cut out by a small scanner that knows CDATA sections,
 * XML comments and processing instructions (so `<item>` written inside a post's CDATA is text).
 * Every record is then parsed on its own, so a broken element costs only its record, memory is
 * bounded by `maxRecordBytes` whatever the file size, and each record has its exact byte offset,
 * line and raw-bytes hash. Tag names are ASCII, and no byte of a multi-byte UTF-8 sequence is
 * ASCII, so scanning bytes is safe.
 */
export class WxrSplitter {
  private buf: Buffer = Buffer.alloc(0);
  /** Absolute offset of `buf[0]`. */
  private base = 0;
  private pos = 0;
  private line = 1;
  private mode: 'text' | 'cdata' | 'xml-comment' | 'pi' = 'text';
  private where: 'outside' | 'item-head' | 'item-tail' | 'comment' = 'outside';
  private item: Capture | null = null;
  private comment: Capture | null = null;
  /** Newlines of records not yet given to the skeleton. */
  private pendingNewlines = 0;
  private out: WxrPiece[] = [];

  constructor(private readonly maxRecordBytes: number) {}

  /** Whether the stream ended inside an item (a truncated file). */
  get insideItem(): boolean {
    return this.where !== 'outside';
  }

  push(chunk: Uint8Array): WxrPiece[] {
    const rest = this.buf.subarray(this.pos);
    this.base += this.pos;
    this.buf = rest.length ? Buffer.concat([rest, chunk]) : Buffer.from(chunk);
    this.pos = 0;
    this.scan(false);
    return this.drain();
  }

  end(): WxrPiece[] {
    this.scan(true);
    this.consume(this.buf.length);
    return this.drain();
  }

  private drain(): WxrPiece[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  /** Hands `buf[pos, to)` to whatever is being read now. */
  private consume(to: number): void {
    if (to <= this.pos) return;
    const bytes = this.buf.subarray(this.pos, to);
    this.pos = to;
    const newlines = countNewlines(bytes);
    this.line += newlines;
    switch (this.where) {
      case 'outside': {
        const pad = this.pendingNewlines;
        this.pendingNewlines = 0;
        this.out.push({
          kind: 'skeleton',
          bytes: pad ? Buffer.concat([Buffer.alloc(pad, NEWLINE), bytes]) : bytes,
        });
        return;
      }
      case 'item-head':
        this.item!.add(bytes);
        break;
      case 'comment':
        this.comment!.add(bytes);
        break;
      case 'item-tail':
        break;
    }
    this.pendingNewlines += newlines;
  }

  private startsWith(at: number, token: string): boolean {
    for (let k = 0; k < token.length; k++) {
      if (this.buf[at + k] !== token.charCodeAt(k)) return false;
    }
    return true;
  }

  private tag(at: number, name: string, slash: boolean): boolean {
    return this.startsWith(at, name) && isDelimiter(this.buf[at + name.length], slash);
  }

  /**
   * Scans from `pos`. Plain markup and text only move the cursor `i`; bytes are handed on
   * (`consume`) at record boundaries and at the end of the buffer, so hashing and copying happen
   * in a few large slices rather than once per tag.
   */
  private scan(final: boolean): void {
    const buf = this.buf;
    let i = this.pos;
    while (i < buf.length) {
      if (this.mode !== 'text') {
        const close = this.mode === 'cdata' ? ']]>' : this.mode === 'pi' ? '?>' : '-->';
        const at = buf.indexOf(close, i, 'latin1');
        if (at === -1) {
          // keep the last bytes: the terminator may straddle chunks
          this.consume(final ? buf.length : Math.max(i, buf.length - close.length + 1));
          return;
        }
        i = at + close.length;
        this.mode = 'text';
        continue;
      }
      const lt = buf.indexOf(LT, i);
      if (lt === -1) break;
      if (!final && buf.length - lt < LOOKAHEAD) {
        this.consume(lt);
        return;
      }
      i = lt + 1;
      if (this.startsWith(lt, '<![CDATA[')) {
        i = lt + 9;
        this.mode = 'cdata';
      } else if (this.startsWith(lt, '<!--')) {
        i = lt + 4;
        this.mode = 'xml-comment';
      } else if (this.startsWith(lt, '<?')) {
        i = lt + 2;
        this.mode = 'pi';
      } else if (this.tag(lt, '<item', true)) {
        this.consume(lt);
        if (this.where !== 'outside') this.breakItem('unclosed <item>');
        this.item = new Capture(this.base + lt, this.line, this.maxRecordBytes);
        this.where = 'item-head';
      } else if (this.where !== 'outside' && this.tag(lt, '<wp:comment', true)) {
        this.consume(lt);
        if (this.where === 'item-head') this.emitItem(false, null);
        else if (this.where === 'comment') this.emitComment('unclosed <wp:comment>');
        this.comment = new Capture(this.base + lt, this.line, this.maxRecordBytes);
        this.where = 'comment';
      } else if (
        this.where !== 'outside' &&
        ((this.where === 'comment' && this.tag(lt, '</wp:comment', false)) ||
          this.tag(lt, '</item', false))
      ) {
        const gt = buf.indexOf(0x3e, lt);
        if (gt === -1) {
          this.consume(final ? buf.length : lt);
          return;
        }
        if (this.where === 'comment' && buf[lt + 2] === 0x77 /* w */) {
          this.consume(gt + 1);
          this.emitComment(null);
          this.where = 'item-tail';
        } else {
          if (this.where === 'comment') {
            this.consume(lt);
            this.emitComment('unclosed <wp:comment>');
            this.where = 'item-tail';
          }
          this.consume(gt + 1);
          if (this.where === 'item-head') this.emitItem(true, null);
          this.out.push({ kind: 'item-end' });
          this.where = 'outside';
        }
        i = gt + 1;
      } else if (
        this.where !== 'outside' &&
        (this.tag(lt, '</channel', false) || this.tag(lt, '</rss', false))
      ) {
        this.consume(lt);
        this.breakItem('unclosed <item>');
      }
    }
    this.consume(buf.length);
  }

  private emitItem(complete: boolean, broken: string | null): void {
    this.out.push({ kind: 'item', record: this.item!.finish(broken), complete });
    this.item = null;
  }

  private emitComment(broken: string | null): void {
    this.out.push({ kind: 'comment', record: this.comment!.finish(broken) });
    this.comment = null;
  }

  /** An item (or its last comment) that never closed: report it broken, then leave it. */
  private breakItem(reason: string): void {
    if (this.where === 'item-head') this.emitItem(true, reason);
    else if (this.where === 'comment') this.emitComment('unclosed <wp:comment>');
    this.out.push({ kind: 'item-end' });
    this.where = 'outside';
  }
}
