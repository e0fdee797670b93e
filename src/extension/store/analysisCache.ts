/**
 * The vscode-free heart of the analysis store: one analysis per document, keyed by URI and tagged with
 * the document version it was computed for. A lookup for another version recomputes and replaces it,
 * so an older version's analysis is never served, and the same version is never analysed twice.
 */
import type { Analysis } from '../../engine/types';

/** What the cache needs of a document: an identity, a monotonically increasing version and its text. */
export interface DocumentSnapshot {
  readonly key: string;
  readonly version: number;
  getText(): string;
}

export type AnalyzeFunction = (text: string) => Analysis;

/** Called when the engine throws; the cache then stores (and returns) an empty analysis for that version. */
export type AnalysisErrorHandler = (key: string, version: number, error: unknown) => void;

interface Entry {
  version: number;
  analysis: Analysis;
}

export function emptyAnalysis(): Analysis {
  return { actors: [], claims: [] };
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private analyses = 0;

  constructor(
    private readonly analyzeText: AnalyzeFunction,
    private readonly onError: AnalysisErrorHandler = () => undefined,
  ) {}

  /** How many times the engine has been run (failed runs included): tests check no version runs twice. */
  get analysisCount(): number {
    return this.analyses;
  }

  /** The analysis of exactly this version, computing it now if the cache holds none (or an older one). */
  get(document: DocumentSnapshot): Analysis {
    const cached = this.entries.get(document.key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.run(document);
    this.entries.set(document.key, { version: document.version, analysis });
    return analysis;
  }

  /** The cached analysis only if it is for this version; never computes. */
  peek(key: string, version: number): Analysis | undefined {
    const cached = this.entries.get(key);
    return cached && cached.version === version ? cached.analysis : undefined;
  }

  /** Stores an analysis computed elsewhere (a worker thread) for exactly this version. */
  put(key: string, version: number, analysis: Analysis): void {
    this.entries.set(key, { version, analysis });
  }

  /** Drops the document's entry; true if there was one. */
  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private run(document: DocumentSnapshot): Analysis {
    this.analyses++;
    try {
      return this.analyzeText(document.getText());
    } catch (error) {
      this.onError(document.key, document.version, error);
      return emptyAnalysis();
    }
  }
}
