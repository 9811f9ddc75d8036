// Glossary coverage: of the acronyms and named instruments (acts, agreements, rules, institutions) written in
// the set, hand-listed in vocabulary.json, the share the bundled glossary knows by term, alias or expansion.
import type { Term } from '../../src/core/index';

export interface VocabularyEntry {
  readonly name: string;
  readonly kind: 'acronym' | 'instrument';
}

export interface Coverage {
  readonly total: number;
  readonly known: number;
  readonly unknown: readonly string[];
}

const normalise = (name: string) => name.replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/^the /i, '').trim().toLowerCase();

/** Every name the glossary answers to. */
export function glossaryNames(terms: readonly Term[]): Set<string> {
  const names = new Set<string>();
  for (const term of terms) {
    for (const name of [term.term, ...(term.aliases ?? []), ...(term.expansion ? [term.expansion] : [])]) names.add(normalise(name));
  }
  return names;
}

export function coverageOf(vocabulary: readonly VocabularyEntry[], names: ReadonlySet<string>): Coverage {
  const unknown = vocabulary.filter((entry) => !names.has(normalise(entry.name))).map((entry) => entry.name);
  return { total: vocabulary.length, known: vocabulary.length - unknown.length, unknown };
}
