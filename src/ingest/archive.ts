/** The files of an archive (zip or tar) and a way to read each, within safety limits. */
export interface Archive<Entry> {
  readonly entries: readonly Entry[];
  /** The entry's bytes, inflated. */
  open(entry: Entry): AsyncIterable<Uint8Array>;
  /** Lets go of the archive (and of anything kept from it). */
  close(): void;
}
