/**
 * Test helpers for the reading view's HTML: a strict little parser for the markup the renderer
 * emits (it throws on anything unexpected: unbalanced tags, raw `<` or `"` in text or attributes),
 * and a hand-built analysis builder that finds spans by their text.
 */
import type { Actor, Analysis, Claim, ClaimKind, Sourcing, Span } from '../../src/engine/types';

export interface Element {
  tag: string;
  attributes: Record<string, string>;
  children: Node[];
}
export type Node = Element | string;

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]);
}

// Attribute names may be camel-cased for SVG ("viewBox", "preserveAspectRatio").
const tagPattern = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-zA-Z][a-zA-Z-]*(?:="[^"<>]*")?)*)\s*>/g;
const attributePattern = /\s+([a-zA-Z][a-zA-Z-]*)(?:="([^"<>]*)")?/g;

/** Parses renderer output into a tree; throws if tags do not nest or text holds a raw < or >. */
export function parseHtml(html: string): Element {
  const root: Element = { tag: '#root', attributes: {}, children: [] };
  const stack: Element[] = [root];
  let last = 0;
  const addText = (text: string) => {
    if (/[<>]/.test(text)) throw new Error(`raw markup character in text: ${JSON.stringify(text)}`);
    if (/&(?!(amp|lt|gt|quot|#39);)/.test(text)) throw new Error(`unescaped & in text: ${JSON.stringify(text)}`);
    if (text) stack[stack.length - 1].children.push(unescape(text));
  };
  tagPattern.lastIndex = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    addText(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, tag, attributeText] = match;
    if (closing) {
      const open = stack.pop();
      if (!open || open.tag !== tag) throw new Error(`</${tag}> closes <${open?.tag}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    attributePattern.lastIndex = 0;
    for (let attribute = attributePattern.exec(attributeText); attribute; attribute = attributePattern.exec(attributeText)) {
      attributes[attribute[1]] = unescape(attribute[2] ?? '');
    }
    const element: Element = { tag, attributes, children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  }
  addText(html.slice(last));
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].tag}>`);
  return root;
}

export function textOf(node: Node, skip: (element: Element) => boolean = () => false): string {
  if (typeof node === 'string') return node;
  if (skip(node)) return '';
  return node.children.map((child) => textOf(child, skip)).join('');
}

export function findAll(node: Node, predicate: (element: Element) => boolean): Element[] {
  if (typeof node === 'string') return [];
  const found = predicate(node) ? [node] : [];
  return found.concat(...node.children.map((child) => findAll(child, predicate)));
}

export const hasClass = (name: string) => (element: Element) => (element.attributes.class ?? '').split(/\s+/).includes(name);
export const isSpeakerLabel = hasClass('speaker-label');

/** Builds spans and claims for a hand-written text by quoting the words they cover. */
export class AnalysisBuilder {
  private readonly actors: Actor[] = [];
  private readonly claims: Claim[] = [];

  constructor(readonly text: string) {}

  span(words: string, occurrence = 0): Span {
    let start = -1;
    for (let index = 0; index <= occurrence; index += 1) start = this.text.indexOf(words, start + 1);
    if (start < 0) throw new Error(`test text has no ${JSON.stringify(words)}`);
    return { start, end: start + words.length, text: words };
  }

  actor(name: string, role: string | null = null, { aliases = [], named = true }: { aliases?: string[]; named?: boolean } = {}): string {
    const id = `a${this.actors.length + 1}`;
    this.actors.push({ id, name, kind: 'person', role, aliases, named, mentions: [] });
    return id;
  }

  /** A claim; its sourcing follows the actor (none without one, unnamed for an actor the text never names) unless given. */
  claim(actor: string | null, kind: ClaimKind, content: Span, quotes: Span[] = [], cue: string | null = null, sourcing?: Sourcing): string {
    const id = `c${this.claims.length + 1}`;
    const unnamed = actor !== null && this.actors.find((a) => a.id === actor)?.named === false;
    this.claims.push({
      id, actor, kind, sourcing: sourcing ?? (actor === null ? 'none' : unnamed ? 'unnamed' : 'named'), content, parts: [content], quotes, cue: cue ? this.span(cue) : null, source: null, confidence: 0.8, evidence: 'named subject of the cue',
    });
    return id;
  }

  build(): Analysis {
    return { actors: [...this.actors], claims: [...this.claims] };
  }
}
