/**
 * What the passes over descriptions share: which clusters are unresolved descriptions, where each was first met,
 * and the most recent candidate before a position.
 */
import type { Entity } from '../actors';
import { rootOf } from './clusters';
import { remembered } from '../memo';

/** Root clusters that no proper name refers to yet: "the chief", "the department", "a statement". */
export function openDescriptions(entities: Entity[]): Entity[] {
  return entities.filter((e) => rootOf(e) === e && !e.proper && e.head !== null && e.mentions.length > 0);
}

export function firstMentionStart(e: Entity): number {
  let first = Infinity;
  for (const [start] of e.mentions) if (start < first) first = start;
  return first;
}

/**
 * Among `candidates`, the one mentioned most recently before `at`; failing that, the first mentioned after it
 * (a description may come before the name in a lead: "The chief said … Chief Ana Ruiz …").
 */
export function nearestBefore(candidates: Entity[], at: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  let after: Entity | null = null;
  let afterAt = Infinity;
  for (const c of candidates) {
    for (const [start] of c.mentions) {
      if (start < at && start > bestAt) { best = c; bestAt = start; }
      if (start >= at && start < afterAt) { after = c; afterAt = start; }
    }
  }
  return best ?? after;
}

/** The words of a name, lowercased, with adjacent pairs joined too ("Rail Road" also gives "railroad"). */
export function nameWords(name: string): Set<string> {
  // The same bodies are looked up for every description of an article.
  return wordsOf(name);
}

const wordsOf = remembered((name: string) => {
  const words = name.toLowerCase().replace(/[\u2019']s\b/g, '').split(/[\s-]+/).filter(Boolean);
  const out = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) out.add(words[i] + words[i + 1]);
  return out;
}, 10_001);
