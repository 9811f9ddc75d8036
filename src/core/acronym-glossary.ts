import { definedKeys, type DocumentAnalysis } from './analyze';
import { isEntryAcronym, isLetterPair } from './acronyms';
import { expansionInContext, proseWords } from './acronym-meaning';
import { acronymUsesAsRead } from './acronym-uses';
import { DEFAULT_ALLOWED_ACRONYMS } from './config';

/**
 * A Markdown table of every acronym the memo uses, in order of first use, with the expansion the
 * memo gives (else the glossary's). Common acronyms without a known expansion (US, EU) are left out.
 */
export function acronymGlossary(analysis: DocumentAnalysis): string | undefined {
  const definitions = new Map<string, string | undefined>();
  for (const definition of analysis.definitions) {
    for (const { key, expansion } of definedKeys(definition)) if (!definitions.has(key)) definitions.set(key, expansion);
  }
  const rows = new Map<string, string>();
  let words: string | undefined;
  const prose = () => (words ??= proseWords(analysis));
  for (const use of acronymUsesAsRead(analysis, true)) {
    if (rows.has(use.key)) continue;
    // Another acronym filed under a glossary entry (IESG under IETF) is listed by its own letters and meaning.
    const own = isEntryAcronym(use.term, use.key);
    const acronym = own ? use.term.term : use.text;
    const expansion = definitions.get(use.key) ?? (own ? use.term.expansion : use.term && expansionInContext(use.term, use.text, prose));
    // Common abbreviations without a meaning to give: the allow-list, and two letters joined by an ampersand ("Q&A").
    if (!expansion && (DEFAULT_ALLOWED_ACRONYMS.includes(acronym) || isLetterPair(acronym))) continue;
    rows.set(use.key, `| ${acronym} | ${expansion ? expansion.replace(/\s+/g, ' ').replace(/\|/g, '\\|') : '*(add the expansion)*'} |`);
  }
  if (rows.size === 0) return undefined;
  return ['| Acronym | Meaning |', '| --- | --- |', ...rows.values(), ''].join('\n');
}
