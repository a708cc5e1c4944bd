import { SaxesParser } from 'saxes';
import { InputError } from '../errors.js';
import { siteOf, type Site } from './site.js';

/** A `<wp:author>` block: the registered users who wrote the exported items. */
export interface WxrAuthor {
  readonly id: string;
  readonly login: string;
  readonly displayName: string;
}

/**
 * Parses a WXR document's skeleton — everything but its items, which `WxrSplitter` cuts out —
 * and keeps what the items need: the site (`wp:base_blog_url`, else the channel `<link>`) and
 * the authors. An error here breaks the document as a whole (it is not one record's fault), and
 * `close` fails on a document that never closes its `<rss>`: a truncated file.
 */
export class WxrChannel {
  private readonly parser = new SaxesParser({ position: true });
  private readonly path: string[] = [];
  private text = '';
  private baseBlogUrl: string | null = null;
  private channelLink: string | null = null;
  private author: Record<string, string> | null = null;
  private failure: Error | null = null;
  private sawRss = false;
  readonly authorsByLogin = new Map<string, WxrAuthor>();
  readonly authorsById = new Map<string, WxrAuthor>();

  constructor(private readonly file: string) {
    this.parser.on('error', (error) => {
      this.failure ??= error;
    });
    this.parser.on('xmldecl', (decl) => {
      const encoding = decl.encoding?.toLowerCase();
      if (encoding && encoding !== 'utf-8' && encoding !== 'utf8') {
        this.failure ??= new Error(`unsupported encoding ${decl.encoding}`);
      }
    });
    this.parser.on('opentag', (tag) => {
      this.path.push(tag.name);
      this.text = '';
      if (this.path.length === 1) this.sawRss = tag.name === 'rss';
      if (this.path.length === 3 && tag.name === 'wp:author') this.author = {};
    });
    const collect = (text: string) => {
      this.text += text;
    };
    this.parser.on('text', collect);
    this.parser.on('cdata', collect);
    this.parser.on('closetag', (tag) => {
      const depth = this.path.length;
      if (depth === 3 && tag.name === 'wp:base_blog_url') this.baseBlogUrl = this.text.trim();
      else if (depth === 3 && tag.name === 'link') this.channelLink ??= this.text.trim();
      else if (depth === 4 && this.author) this.author[tag.name] = this.text.trim();
      else if (depth === 3 && tag.name === 'wp:author' && this.author) this.addAuthor(this.author);
      this.path.pop();
      this.text = '';
    });
  }

  private addAuthor(fields: Record<string, string>): void {
    this.author = null;
    const login = fields['wp:author_login'] ?? '';
    if (!login) return;
    const author = {
      id: fields['wp:author_id'] ?? '',
      login,
      displayName: fields['wp:author_display_name'] ?? '',
    };
    this.authorsByLogin.set(login, author);
    if (/^\d+$/.test(author.id)) this.authorsById.set(author.id, author);
  }

  private check(): void {
    if (this.failure) {
      const message = this.failure.message.replace(/^(\d+):(\d+): /, 'line $1: ');
      throw new InputError(`${this.file} is not readable WXR: ${message}`, this.file, {
        cause: this.failure,
      });
    }
  }

  write(text: string): void {
    this.parser.write(text);
    this.check();
  }

  /** The site of the items; throws when the export names none before its first item. */
  site(): Site {
    if (!this.sawRss) throw new InputError(`${this.file} is not a WXR export: no <rss>`, this.file);
    const site = siteOf(this.baseBlogUrl ?? '') ?? siteOf(this.channelLink ?? '');
    if (!site) {
      throw new InputError(
        `${this.file} names no site (wp:base_blog_url) before its first item`,
        this.file,
      );
    }
    return site;
  }

  close(): void {
    this.parser.close();
    if (this.failure && /unclosed tag|document must contain a root/i.test(this.failure.message)) {
      throw new InputError(
        `truncated WXR file ${this.file}: the document never closes`,
        this.file,
        {
          cause: this.failure,
        },
      );
    }
    this.check();
  }
}
