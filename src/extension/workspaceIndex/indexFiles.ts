/**
 * Indexes article files, without vscode (the extension and `npm run bench:corpus` share it): each file
 * is read, hashed, and analysed only if the cache has no summary for that content, with a bounded number
 * in flight so a large workspace never holds more than a few texts at once. A file that cannot be read,
 * is not UTF-8 or is too long gets an error entry; the others go on.
 */
import { mapOrdered } from '../../worker/mapOrdered';
import { ArticleInputError } from './articleBytes';
import type { FileSummary } from './fileSummary';

export interface IndexSource {
  key: string;
  read(): Promise<Uint8Array>;
}

/** `cached`: the summary came from the cache, so the file was not analysed again. */
export type IndexEntry = { hash: string; summary: FileSummary; cached: boolean } | { error: string };

export interface SummaryCache {
  get(hash: string): Promise<FileSummary | undefined> | FileSummary | undefined;
  set(hash: string, summary: FileSummary): void;
}

export interface IndexOptions {
  /**
   * The file's summary (fileSummary.ts) from its bytes, decoded (articleBytes.ts) and analysed in a worker
   * where there is one; an ArticleInputError for a file that is not an article to index.
   */
  summarize(bytes: Uint8Array): Promise<FileSummary>;
  cache: SummaryCache;
  /** Texts in flight: the pool's workers plus a few waiting, so none is idle. */
  window?: number;
  onFile?(key: string, entry: IndexEntry): void;
  isCancelled?(): boolean;
  /** Summaries being computed, by hash: two files with the same content in flight are analysed once. */
  inFlight?: Map<string, Promise<FileSummary>>;
}

/** SHA-256 of the bytes (Web Crypto: in Node and in a browser host alike), as hex. */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** One file's entry: from the cache when its content was seen before. */
export async function indexFile(source: IndexSource, options: IndexOptions): Promise<IndexEntry> {
  let bytes: Uint8Array;
  try {
    bytes = await source.read();
  } catch (error) {
    return { error: `cannot read it: ${(error as Error).message}` };
  }
  const hash = await contentHash(bytes);
  const cached = await options.cache.get(hash);
  if (cached) return { hash, summary: cached, cached: true };
  try {
    let summary = options.inFlight?.get(hash);
    if (!summary) {
      summary = options.summarize(bytes);
      options.inFlight?.set(hash, summary);
    }
    const done = await summary;
    options.cache.set(hash, done);
    return { hash, summary: done, cached: false };
  } catch (error) {
    return { error: error instanceof ArticleInputError ? error.message : `analysis failed: ${(error as Error).message}` };
  }
}

export async function indexFiles(sources: Iterable<IndexSource>, options: IndexOptions): Promise<Map<string, IndexEntry>> {
  const entries = new Map<string, IndexEntry>();
  function* unlessCancelled() {
    for (const source of sources) {
      if (options.isCancelled?.()) return;
      yield source;
    }
  }
  const shared = { ...options, inFlight: options.inFlight ?? new Map<string, Promise<FileSummary>>() };
  await mapOrdered(unlessCancelled(), options.window ?? 4, (source) => indexFile(source, shared), (source, result) => {
    const entry: IndexEntry = result.ok ? result.value : { error: String(result.error) };
    entries.set(source.key, entry);
    options.onFile?.(source.key, entry);
  });
  return entries;
}
