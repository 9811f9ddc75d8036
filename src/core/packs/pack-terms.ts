import type { Source, Term } from '../corpus';
import type { Pack, PackInput, PackTermInput } from './pack';
import { houseSource, idFor } from './pack-edits';
import type { PackReferenceProblem } from './pack-references';

/** Written in capitals and digits only (TPA, 5G, O-RAN): what a reader takes for an acronym. */
export const LOOKS_LIKE_ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9&./-]{2,12}$/;

/**
 * Completes the terms of a pack as a team writes them: the smallest entry is `term` and `definition`
 * (an acronym needs `expansion` instead or as well). The id comes from the term, the kind from whether
 * there is an expansion, `category` is general, `status` current, `asOf` the pack's own date (or its
 * version), and sources the pack's `defaultSource` or, failing that, the pack itself as the team's house
 * glossary. Problems are only what would leave the entry empty or mislead a reader.
 */
export function completePackTerms(input: PackInput): { pack: Pack; problems: PackReferenceProblem[] } {
  const problems: PackReferenceProblem[] = [];
  const house = houseSourceOf(input);
  let citesHouse = false;
  const terms = (input.terms ?? []).map((written, i): Term => {
    const kind = written.kind ?? (written.expansion ? 'acronym' : 'term');
    problems.push(...termProblems(written, kind, i));
    const sources = written.sources ?? [{ id: input.defaultSource ?? house.id }];
    if (!written.sources && !input.defaultSource) citesHouse = true;
    return {
      ...written,
      id: written.id ?? idFor(written.term),
      kind,
      definition: written.definition ?? '',
      category: written.category ?? 'general',
      status: written.status ?? 'current',
      asOf: written.asOf ?? input.asOf ?? `${input.name} ${input.version}`,
      sources,
    };
  });
  const sources = citesHouse && !(input.sources ?? []).some((source) => source.id === house.id) ? [...(input.sources ?? []), house] : input.sources;
  const { terms: _written, ...rest } = input;
  const pack: Pack = { ...rest, ...(input.terms ? { terms } : {}), ...(sources ? { sources } : {}) };
  return { pack, problems };
}

function houseSourceOf(input: PackInput): Source {
  const source = houseSource(input.name, input.asOf ?? '');
  return { ...source, date: input.asOf ?? `version ${input.version}` };
}

function termProblems(written: PackTermInput, kind: Term['kind'], i: number): PackReferenceProblem[] {
  const at = (field: string | undefined, severity: PackReferenceProblem['severity'], message: string): PackReferenceProblem => ({
    path: field ? ['terms', i, field] : ['terms', i],
    severity,
    message,
  });
  const problems: PackReferenceProblem[] = [];
  if (kind === 'acronym' && !written.expansion) {
    problems.push(at('kind', 'error', `is an acronym without an expansion; add what it stands for, for example "expansion": "Trade Promotion Authority"`));
  }
  if (kind === 'term' && written.definition === undefined) {
    problems.push(at(undefined, 'error', `("${written.term}") needs a definition, for example "definition": "What the term means, in one or two plain sentences."`));
  }
  if (!written.kind && !written.expansion && LOOKS_LIKE_ACRONYM.test(written.term)) {
    problems.push(
      at('term', 'warning', `"${written.term}" looks like an acronym but has no expansion, so it is treated as a word and hovers cannot say what it stands for; add "expansion": "…", or "kind": "term" if it is a word`),
    );
  }
  if (written.status && written.status !== 'current' && !written.successor && !written.statusNote) {
    problems.push(at('status', 'warning', `says "${written.status}" without saying what replaced it or why; add "successor": "<term id>" or "statusNote": "Replaced by … in 2024."`));
  }
  return problems;
}
