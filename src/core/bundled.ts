import compiled from './corpus.generated.json';
import type { Corpus } from './corpus';
import { TermIndex } from './terms';

/** The corpus shipped with Policy Lens, compiled from `corpus/` by `scripts/compile-corpus.ts`. */
export const bundledCorpus: Corpus = compiled as Corpus;

let bundledIndex: TermIndex | undefined;

/** The term index over the bundled corpus, built once on first use. */
export function getBundledIndex(): TermIndex {
  bundledIndex ??= new TermIndex(bundledCorpus);
  return bundledIndex;
}
