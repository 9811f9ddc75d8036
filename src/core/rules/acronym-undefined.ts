import { definedKeys, type AcronymUse, type DefinitionSite } from '../analyze';
import { expansionInContext, proseWords } from '../acronym-meaning';
import { inQuotation } from '../acronym-context';
import { isEntryAcronym, isLetterPair, spellsOut } from '../acronyms';
import { citesReference, referenceKeys } from '../reference-keys';
import { seriesNameInFull, seriesNamesInFull } from '../designator-names';
import { titleBlockEnd } from '../title-block';
import { quote } from './message';
import type { Rule } from './rule';

/** Acronyms must be spelled out at their first use in body text. */
export const acronymUndefined: Rule = {
  id: 'acronym-undefined',
  description: 'An acronym is used before it is defined in the document.',
  // Below 90% precision on the real-prose test half (README, Evaluation on real prose): most findings are
  // house-style calls on acronyms a field's readers know. At information level it stays in the editor
  // (squiggle, hover, quick fix) without failing CI; the review preset makes it a warning.
  defaultSeverity: 'info',
  reviewSeverity: 'warning',
  fixable: true,
  tags: ['acronyms', 'clarity'],
  check({ analysis, allow }, report) {
    const firstDefinition = new Map<string, { site: DefinitionSite; expansion: string | undefined }>();
    for (const definition of analysis.definitions) {
      for (const { key, expansion } of definedKeys(definition)) if (!firstDefinition.has(key)) firstDefinition.set(key, { site: definition, expansion });
    }
    let words: string | undefined;
    const prose = () => (words ??= proseWords(analysis));
    const titleEnd = titleBlockEnd(analysis.document);
    const firstUse = new Map<string, AcronymUse>();
    const firstDesignator = new Map<string, AcronymUse>();
    const firstQuoted = new Map<string, AcronymUse>();
    let keys: ReadonlySet<string> | undefined;
    const referenceList = () => (keys ??= referenceKeys(analysis.document));
    for (const use of analysis.acronymUses) {
      // Titles and headings name the subject; the definition belongs in the text that follows.
      if (use.run.block === 'heading' || use.start < titleEnd || firstUse.has(use.key) || (use.designator && firstDesignator.has(use.key)) || (use.quoted && firstQuoted.has(use.key))) continue;
      if (citesReference(analysis.document.text, use.start, use.end, referenceList)) continue;
      // An allowed entry covers its own acronym only, not another acronym filed under it (IESG under IETF).
      if (allow.has(use.text) || allow.has(use.key) || (isEntryAcronym(use.term, use.key) && allow.has(use.term.term))) continue;
      (use.quoted ? firstQuoted : use.designator ? firstDesignator : firstUse).set(use.key, use);
    }
    const reportable: { use: AcronymUse; named?: string; quotedOnly?: true }[] = [];
    for (const [key, wordUse] of firstUse) {
      // A designator alone ("BOD 22-01") asks for no definition; an acronym the memo also uses as a word is met first there.
      const designator = firstDesignator.get(key);
      const use = designator && designator.start < wordUse.start ? designator : wordUse;
      const definition = firstDefinition.get(key)?.site;
      if (definition && definition.sourceAcronymStart <= use.start) continue;
      // "H&M", "P&L", "Texas A&M": two letters and an ampersand the glossary does not know are names or everyday
      // shorthand, reported only where the memo defines them after using them; one it knows (R&D) is policy jargon.
      if (!definition && isLetterPair(use.text) && !use.term) continue;
      reportable.push({ use });
    }
    // A designator alone still asks for a definition where the memo writes the series' name in full before a number
    // too ("Binding Operational Directive 16-02" beside "BOD 15-01"): the two forms are never tied.
    let seriesNames: ReadonlyMap<string, string> | undefined;
    for (const [key, designator] of firstDesignator) {
      if (firstUse.has(key)) continue;
      const definition = firstDefinition.get(key)?.site;
      if (definition && definition.sourceAcronymStart <= designator.start) continue;
      seriesNames ??= seriesNamesInFull(analysis.document.runs.map((run) => run.value).join('\n'));
      const named = seriesNameInFull(seriesNames, designator.text, designator.term);
      if (named) reportable.push({ use: designator, named });
    }
    // An acronym the memo uses only inside quotations (a cited title: "Impact of the War on the GCC") is still one the
    // reader meets undefined; where the writer uses it in their own words too, that first use is the one reported.
    for (const [key, quoted] of firstQuoted) {
      if (firstUse.has(key) || firstDesignator.has(key) || firstDefinition.has(key) || (isLetterPair(quoted.text) && !quoted.term)) continue;
      reportable.push({ use: quoted, quotedOnly: true });
    }
    for (const { use, named, quotedOnly } of reportable.sort((a, b) => a.use.start - b.use.start)) {
      const defined = firstDefinition.get(use.key);
      const definition = defined?.site;
      const acronym = isEntryAcronym(use.term, use.key) ? use.term.term : use.text;
      // The writer's own later definition first; else the glossary's meaning that fits this document, if one does.
      // The series' name as the memo writes it comes before the glossary's wording of it ("Binding Operational Directive").
      const expansion = defined?.expansion || named || (use.term && expansionInContext(use.term, use.text, prose));
      // A fix must be right in context: none for an expansion that does not spell the acronym out; none inside a
      // quotation of two words or more ("They called it “USTR rules”"), which stays as written (a quoted-only use is
      // in one, even where a link splits it); none in a parenthesis holding only the acronym, a tag ("Alex Moreno
      // (GDS)"), where the expansion would nest a parenthesis.
      const tag = analysis.document.text[use.start - 1] === '(' && analysis.document.text[use.end] === ')';
      const quoted = quotedOnly || inQuotation(use.run.value, { text: use.text, start: use.valueStart, end: use.valueStart + use.text.length }, 2);
      // Nor where the acronym has a version glued on ("TLSv1"): the expansion would come before the "v1".
      // Nor before a compound's hyphen ("SNI-based"): the expansion would end up inside the compound.
      const glued = /^(?:[\p{L}\p{N}]|-\p{L})/u.test(analysis.document.text.slice(use.end, use.end + 2));
      const fixable = expansion !== undefined && spellsOut(expansion, use.text) && !quoted && !tag && !glued;
      // The action first (the Problems panel cuts long messages off), then why.
      const why = definition
        ? `the memo defines it only later (line ${analysis.document.lines.positionAt(definition.sourceAcronymStart).line})`
        : named ? `the memo writes "${named}" in full elsewhere but never ties it to ${use.text}`
          : quotedOnly ? 'the memo uses it only inside quotations, which stay as written, and does not define it' : 'the memo does not define it';
      const meanings = use.term?.otherExpansions?.length && use.term.expansion ? [use.term.expansion, ...use.term.otherExpansions] : [];
      const spelledOut = expansion
        ? `"${expansion} (${use.text})"`
        : meanings.length > 0
          ? `${meanings.map((meaning) => `"${meaning} (${use.text})"`).join(' or ')}, whichever is meant`
          : `"Full Name (${use.text})"`;
      report({
        message: `Define ${quote(use.text)} ${quotedOnly ? 'near this quotation, in your own words,' : 'at its first use'} as ${spelledOut}: ${why}.`,
        start: use.start,
        end: use.end,
        term: use.term?.id,
        fix: fixable ? { title: `Expand ${acronym} to "${expansion} (${use.text})"`, start: use.start, end: use.end, text: `${expansion} (${use.text})` } : undefined,
        related: definition ? [{ message: `${acronym} is defined here`, start: definition.sourceAcronymStart, end: definition.sourceAcronymEnd }] : undefined,
      });
    }
  },
};
