import { applyEdits, modify, parseTree, findNodeAtLocation, type FormattingOptions } from 'jsonc-parser';
import type { Source, Term } from '../corpus';
import type { DocumentAnalysis } from '../analyze';
import type { Pack, PackSnippet } from './pack';
import { PLACEHOLDER_DEFINITION } from './pack-references';

/** An acronym a memo defines that a team might want in its pack. */
export interface DefinedAcronym {
  readonly acronym: string;
  readonly expansion: string;
  /** Where it was defined, for the placeholder definition ("memos/brief.md"). */
  readonly where: string;
}

const FORMATTING: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** Adds snippets to a pack's text under their names, one minimal edit each. */
export function addSnippetsToPackText(text: string, snippets: readonly (readonly [string, PackSnippet])[]): string {
  return snippets.reduce((result, [name, snippet]) => applyEdits(result, modify(result, ['snippets', name], snippet, { formattingOptions: FORMATTING })), text);
}

/** The kebab-case id for an acronym or name ("O-RAN" → "o-ran", "ÖVP" → "ovp"). */
export function idFor(text: string, fallback = 'term'): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || fallback;
}

/** The source that entries the team writes itself cite: the pack's house glossary. */
export function houseSource(packName: string, today: string): Source {
  return { id: `${idFor(packName, 'team')}-glossary`, title: `House glossary of ${packName}`, organisation: `${packName} team`, date: today.slice(0, 7) };
}

/** A pack term for an acronym, citing the pack's house source. */
export function acronymTerm(acronym: string, expansion: string, definition: string, sourceId: string, today: string, takenIds: ReadonlySet<string>): Term {
  let id = idFor(acronym);
  for (let n = 2; takenIds.has(id); n++) id = `${idFor(acronym)}-${n}`;
  return { id, term: acronym, kind: 'acronym', expansion, definition, category: 'general', status: 'current', asOf: today.slice(0, 7), sources: [{ id: sourceId }] };
}

/** The acronyms the memos define that neither the bundled corpus nor a loaded pack knows, first definition first. */
export function newlyDefinedAcronyms(memos: readonly { where: string; analysis: DocumentAnalysis }[]): DefinedAcronym[] {
  const found = new Map<string, DefinedAcronym>();
  for (const { where, analysis } of memos) {
    for (const definition of analysis.definitions) {
      if (found.has(definition.acronym) || analysis.index.acronym(definition.acronym)) continue;
      found.set(definition.acronym, { acronym: definition.acronym, expansion: definition.expansion.replace(/\s+/g, ' ').trim(), where });
    }
  }
  return [...found.values()];
}

/** The text of a new pack with a term for each acronym, each with a placeholder definition to replace. */
export function scaffoldPack(name: string, acronyms: readonly DefinedAcronym[], today: string): string {
  const source = houseSource(name, today);
  const taken = new Set<string>();
  const terms = acronyms.map(({ acronym, expansion, where }) => {
    const term = acronymTerm(acronym, expansion, `Defined in ${where} as "${expansion}". ${PLACEHOLDER_DEFINITION}`, source.id, today, taken);
    taken.add(term.id);
    return term;
  });
  const pack: Pack = { name, version: '0.1.0', description: `Shared vocabulary, recommendations and snippets of ${name}.`, terms, recommendations: [], sources: [source], snippets: {}, allow: [] };
  return JSON.stringify(pack, null, 2) + '\n';
}

/**
 * Adds a term to a pack's text with a minimal edit (formatting and the other entries stay as they
 * are), and the house source it cites when the pack lacks it.
 */
export function addTermToPackText(text: string, term: Term, source: Source | undefined): string {
  let result = text;
  const root = parseTree(text);
  const sourceIds = new Set<string>((findNodeAtLocation(root!, ['sources'])?.children ?? []).map((node) => findNodeAtLocation(node, ['id'])?.value as string));
  if (source && !sourceIds.has(source.id)) result = applyEdits(result, modify(result, ['sources', -1], source, { formattingOptions: FORMATTING }));
  return applyEdits(result, modify(result, ['terms', -1], term, { formattingOptions: FORMATTING }));
}
