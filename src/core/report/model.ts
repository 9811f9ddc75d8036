import { definedKeys, type DocumentAnalysis } from '../analyze';
import { isEntryAcronym } from '../acronyms';
import { outcomeSentence, type Term } from '../corpus';
import type { Finding, Severity } from '../findings';
import { proseOf } from '../prose';
import { readabilityOf } from '../readability';
import { actorOf, recommendationItems } from '../recommendations';
import { acronymUsesAsRead } from '../acronym-uses';

/**
 * The review report: plain data, so the JSON output is this object as it is. Bump `schemaVersion`
 * when a field changes meaning or goes away; adding fields keeps the version.
 */
export interface ReviewReport {
  readonly tool: 'policy-lens';
  readonly version: string;
  readonly schemaVersion: 1;
  readonly memos: readonly MemoReport[];
}

/** Ready: no errors or warnings; revise: warnings; not ready: errors. */
export type VerdictStatus = 'ready' | 'revise' | 'not-ready';

/** One memo's state at a glance. Lines and columns are 1-based, columns in UTF-16 code units. */
export interface MemoReport {
  readonly file: string;
  readonly verdict: { readonly status: VerdictStatus; readonly text: string };
  readonly counts: Readonly<Record<Severity, number>>;
  /** Findings per rule and severity, most first. */
  readonly rules: readonly { readonly ruleId: string; readonly severity: Severity; readonly count: number }[];
  readonly findings: readonly ReportFinding[];
  /** Every heading's section (and the text before the first heading, titled ""), with its findings and readability. */
  readonly sections: readonly ReportSection[];
  readonly acronyms: readonly ReportAcronym[];
  readonly terms: readonly ReportTerm[];
  /** The items under the memo's Recommendations headings, with who acts (null when no one does). */
  readonly recommendations: readonly { readonly text: string; readonly actor: string | null; readonly line: number }[];
}

export interface ReportFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface ReportSection {
  readonly title: string;
  readonly depth: number;
  readonly line: number;
  readonly findings: number;
  /** Flesch-Kincaid grade (one decimal), or null when the section has no sentences. */
  readonly readability: { readonly grade: number; readonly words: number; readonly sentences: number } | null;
}

export interface ReportAcronym {
  readonly acronym: string;
  readonly expansion: string | null;
  /** Line of the first definition in body text, or null when the memo never defines it. */
  readonly definedAtLine: number | null;
  readonly firstUseLine: number;
  /** Uses outside headings, the acronym and its spelled-out form alike: the same count as the glossary terms' table. */
  readonly uses: number;
  /** The acronym itself appears once only (where it is defined, if anywhere): spelling it out would do. */
  readonly usedOnce: boolean;
}

export interface ReportTerm {
  readonly id: string;
  readonly term: string;
  readonly expansion: string | null;
  /** Uses outside headings, in any of the term's forms. */
  readonly uses: number;
  readonly firstLine: number;
  /** `outcome`: what became of the recommendation, as outcomeSentence words it; absent when the corpus does not say. */
  readonly recommendations: readonly { readonly id: string; readonly title: string; readonly actor: string; readonly outcome?: string }[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Builds the report of a set of memos, each given as its analysis and its findings. */
export function buildReviewReport(version: string, memos: readonly { file: string; analysis: DocumentAnalysis; findings: readonly Finding[] }[]): ReviewReport {
  return { tool: 'policy-lens', version, schemaVersion: 1, memos: memos.map((memo) => buildMemoReport(memo.file, memo.analysis, memo.findings)) };
}

/** Builds one memo's report from its analysis and findings. */
export function buildMemoReport(file: string, analysis: DocumentAnalysis, findings: readonly Finding[]): MemoReport {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, { ruleId: string; severity: Severity; count: number }>();
  for (const finding of findings) {
    counts[finding.severity]++;
    const key = `${finding.ruleId}\u0000${finding.severity}`;
    const entry = byRule.get(key) ?? { ruleId: finding.ruleId, severity: finding.severity, count: 0 };
    entry.count++;
    byRule.set(key, entry);
  }
  const rules = [...byRule.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count || a.ruleId.localeCompare(b.ruleId));
  return {
    file,
    verdict: verdictOf(counts, rules),
    counts,
    rules,
    findings: findings.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn })),
    sections: sectionsOf(analysis, findings),
    acronyms: acronymsOf(analysis),
    terms: termsOf(analysis),
    recommendations: recommendationItems(proseOf(analysis)).map((item) => ({ text: item.text, actor: actorOf(item.text) ?? null, line: lineOf(analysis, item.blocks[0].block.start) })),
  };
}

/** A memo's errors and warnings apart from its information findings, each with its rows of the by-rule table. */
export function splitInfo(memo: MemoReport): { problems: ReportFinding[]; info: ReportFinding[]; problemRules: MemoReport['rules']; infoRules: MemoReport['rules'] } {
  return {
    problems: memo.findings.filter((finding) => finding.severity !== 'info'),
    info: memo.findings.filter((finding) => finding.severity === 'info'),
    problemRules: memo.rules.filter((rule) => rule.severity !== 'info'),
    infoRules: memo.rules.filter((rule) => rule.severity === 'info'),
  };
}

/** The verdict names this many rules, then "and N more". */
const VERDICT_RULES = 4;

function verdictOf(counts: Record<Severity, number>, rules: MemoReport['rules']): MemoReport['verdict'] {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const named = (severity: Severity) => {
    const ids = rules.filter((rule) => rule.severity === severity).map((rule) => rule.ruleId);
    return ids.length <= VERDICT_RULES ? ids.join(', ') : `${ids.slice(0, VERDICT_RULES - 1).join(', ')} and ${ids.length - VERDICT_RULES + 1} more`;
  };
  if (counts.error > 0) return { status: 'not-ready', text: `Not ready: ${plural(counts.error, 'error')} to fix (${named('error')}).` };
  if (counts.warning > 0) return { status: 'revise', text: `Revise: ${plural(counts.warning, 'warning')} to address (${named('warning')}).` };
  return { status: 'ready', text: `Ready: no errors or warnings${counts.info > 0 ? `; ${counts.info} info to consider` : ''}.` };
}

function lineOf(analysis: DocumentAnalysis, offset: number): number {
  return analysis.document.lines.positionAt(offset).line;
}

function sectionsOf(analysis: DocumentAnalysis, findings: readonly Finding[]): ReportSection[] {
  const prose = proseOf(analysis);
  const grades = new Map(readabilityOf(prose).map((score) => [score.section, score]));
  const starts = prose.sections.map((section) => section.heading?.block.start ?? 0);
  return prose.sections.map((section, index) => {
    const start = index === 0 ? 0 : starts[index];
    const end = starts[index + 1] ?? Infinity;
    const score = grades.get(section);
    return {
      title: section.title,
      depth: section.depth,
      line: lineOf(analysis, section.heading?.block.start ?? section.blocks[0]?.block.start ?? 0),
      findings: findings.filter((finding) => finding.start >= start && finding.start < end).length,
      readability: score ? { grade: Math.round(score.grade * 10) / 10, words: score.words, sentences: score.sentences } : null,
    };
  });
}

function acronymsOf(analysis: DocumentAnalysis): ReportAcronym[] {
  const byKey = new Map<string, { acronym: string; expansion: string | null; definedAtLine: number | null; firstUseLine: number; uses: number; term?: Term }>();
  for (const use of acronymUsesAsRead(analysis)) {
    // A glossary term that is not itself an acronym ("foreign direct product rule") is listed by the acronym used for it (FDPR).
    // Another acronym filed under an acronym entry (IESG under IETF) is listed by its own letters, without the entry's meaning.
    const entryAcronym = use.term?.kind === 'acronym' && isEntryAcronym(use.term, use.key);
    const acronym = entryAcronym && use.term ? use.term.term : use.text;
    const expansion = use.term ? (use.term.kind === 'acronym' ? (entryAcronym ? use.term.expansion ?? null : null) : use.term.term) : null;
    const entry = byKey.get(use.key) ?? { acronym, expansion, definedAtLine: null, firstUseLine: lineOf(analysis, use.start), uses: 0, term: use.term };
    entry.uses++;
    byKey.set(use.key, entry);
  }
  for (const definition of analysis.definitions) {
    if (definition.run.block === 'heading') continue;
    for (const { key, expansion } of definedKeys(definition)) {
      const entry = byKey.get(key);
      if (!entry || entry.definedAtLine !== null) continue;
      entry.definedAtLine = lineOf(analysis, definition.sourceAcronymStart);
      entry.expansion ??= expansion ?? null;
    }
  }
  const termUses = bodyUsesByTerm(analysis);
  return [...byKey.values()].map(({ term, ...entry }) => ({ ...entry, uses: (term && termUses.get(term.id)) || entry.uses, usedOnce: entry.uses === 1 }));
}

/** Uses of each glossary term outside headings, in any form: the one count both tables give. */
function bodyUsesByTerm(analysis: DocumentAnalysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const use of analysis.termUses) if (use.run.block !== 'heading') counts.set(use.term.id, (counts.get(use.term.id) ?? 0) + 1);
  return counts;
}

function termsOf(analysis: DocumentAnalysis): ReportTerm[] {
  const byId = new Map<string, { id: string; term: string; expansion: string | null; uses: number; firstLine: number; recommendations: ReportTerm['recommendations'] }>();
  const uses = bodyUsesByTerm(analysis);
  for (const use of analysis.termUses) {
    let entry = byId.get(use.term.id);
    if (!entry) {
      const recommendations = (use.term.recommendations ?? []).flatMap((id) => {
        const recommendation = analysis.index.recommendation(id);
        if (!recommendation) return [];
        return [{ id, title: recommendation.title, actor: recommendation.actor, ...(recommendation.outcome && { outcome: outcomeSentence(recommendation.outcome) }) }];
      });
      entry = { id: use.term.id, term: use.term.term, expansion: use.term.expansion ?? null, uses: uses.get(use.term.id) ?? 0, firstLine: lineOf(analysis, use.start), recommendations };
      byId.set(use.term.id, entry);
    }
  }
  return [...byId.values()];
}
