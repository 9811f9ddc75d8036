import type { BlockText, DocumentProse } from './prose';
import words from './rules/data/recommendation-words.json';
import { splitSentences } from './sentences';

/**
 * How a recommendation is written: `prescriptive` says what someone should or must do ("Congress should
 * fund …", "funding should be increased"); `imperative` tells the reader to act ("Mandate disclosure …");
 * `nominal` names the change as a noun phrase ("Increased funding for test beds").
 */
export type RecommendationForm = 'prescriptive' | 'imperative' | 'nominal';

/**
 * One recommendation a memo makes: a list item (or, without a list, a paragraph) under a Recommendations
 * heading, or a heading that is itself one ("Recommendation 1: Mandate …"), whose text is written as a
 * recommendation. Criteria, form fields, questions, captions and notes under such a heading are not.
 */
export interface RecommendationItem {
  /** The item's paragraphs; the first one holds its text. */
  readonly blocks: readonly BlockText[];
  readonly text: string;
  /** Where the text starts in the first block's value (after "Recommendation 1:" in a heading). */
  readonly start: number;
  readonly form: RecommendationForm;
}

/** A passive verb phrase ("should be expanded") with its index range in a block's value. */
export interface PassivePhrase {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const RECOMMENDATION_HEADING = /\brecommend(?:ation|ations|ed)\b/i;
/** A heading that is a recommendation: "Recommendation 1: Mandate …", "Recommendation A. Fund …". */
const HEADING_RECOMMENDATION = /^recommendation\s+[\p{L}\p{N}]{1,4}\s*[:.—–-]\s*/iu;

/** The recommendation items of a memo, in document order. */
export function recommendationItems(prose: DocumentProse): RecommendationItem[] {
  const items: RecommendationItem[] = [];
  const sections = prose.sections;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    if (!section.heading || section === prose.title || !RECOMMENDATION_HEADING.test(section.title)) continue;
    const label = HEADING_RECOMMENDATION.exec(section.title);
    if (label) {
      const item = itemOf([section.heading], label[0].length);
      if (item) items.push(item);
    }
    // The recommendations run on through deeper headings, up to the next heading as high as this one.
    const blocks = [...section.blocks];
    while (i + 1 < sections.length && sections[i + 1].depth > section.depth) {
      const deeper = sections[++i];
      const deeperLabel = deeper.heading && HEADING_RECOMMENDATION.exec(deeper.title);
      if (deeperLabel) {
        const item = itemOf([deeper.heading as BlockText], deeperLabel[0].length);
        if (item) items.push(item);
      }
      blocks.push(...(deeperLabel ? deeper.blocks.filter((text) => text.block.listItemStart !== undefined) : deeper.blocks));
    }
    // Under a heading that is itself a recommendation, paragraphs argue for it; only listed items recommend more.
    const candidates = blocks.filter((text) => text.block.kind === 'paragraph' && text.value.trim() !== '');
    for (const group of groupsOf(label ? candidates.filter((text) => text.block.listItemStart !== undefined) : candidates)) {
      const item = itemOf(group, 0);
      if (item) items.push(item);
    }
  }
  return items.sort((a, b) => a.blocks[0].block.start - b.blocks[0].block.start);
}

/** The items of a section: each list item with its paragraphs, or each paragraph when the section has no list. */
function groupsOf(blocks: readonly BlockText[]): BlockText[][] {
  const listed = blocks.filter((text) => text.block.listItemStart !== undefined);
  if (listed.length === 0) return blocks.map((text) => [text]);
  const byItem = new Map<number, BlockText[]>();
  for (const text of listed) {
    const key = text.block.listItemStart as number;
    const group = byItem.get(key);
    if (group) group.push(text);
    else byItem.set(key, [text]);
  }
  return [...byItem.values()];
}

function itemOf(blocks: readonly BlockText[], labelLength: number): RecommendationItem | undefined {
  const value = blocks[0].value;
  let start = labelLength;
  while (start < value.length && /\s/.test(value[start])) start++;
  const text = value.slice(start).trim();
  const form = formOf(text);
  return form ? { blocks, text, start, form } : undefined;
}

const lowerSet = (entries: Record<string, string>) => new Set(Object.keys(entries));
const NO_ONE = lowerSet(words.noOneSubjects);
const IMPERATIVE_VERBS = lowerSet(words.imperativeVerbs);
const NOMINAL_OPENERS = lowerSet(words.nominalOpeners);
const CONDITIONAL_OPENERS = lowerSet(words.conditionalOpeners);
const STATES = lowerSet(words.statePhrases);
const DIRECTIVE_VERBS = lowerSet(words.directiveVerbs);
const REQUEST_VERBS = new Set(Object.keys(words.requestVerbs).map((verb) => verb.split(' ')[0]));
const DIRECTIVE = [...DIRECTIVE_VERBS].join('|');
const REQUEST = Object.keys(words.requestVerbs).map((verb) => verb.replace(/ /g, '\\s+')).join('|');

/** A modal of obligation: what a recommendation says someone should do. */
const OBLIGATION = String.raw`(?:should|must|shall|needs?\s+to|ought\s+to|has\s+to|have\s+to)`;
const OBLIGATION_AT = new RegExp(String.raw`\b${OBLIGATION}\b`, 'giu');
const RECOMMENDS_THAT = /\b(?:we\s+)?recommends?\s+that\b/i;
const IS_NEEDED = /\b(?:is|are)\s+(?:also\s+|urgently\s+|still\s+)?needed\b/i;
/** A label before the text: bold lead-in or "Short label:" (form fields, captions, criteria). */
const LEAD_LABEL = /^(?:\*\*[^*]{1,80}\*\*|[\p{L}\p{N}][\p{L}\p{N} ,'’()/&-]{0,60}:)\s*/u;
const FIRST_WORDS = /^[\s("'“*_]*(\p{L}+)(?:\s+(\p{L}+))?/u;

/** The form a candidate item is written in, or undefined when it is not written as a recommendation. */
export function formOf(text: string): RecommendationForm | undefined {
  const sentences = splitSentences(text.replace(/[*_`]/g, ' '));
  if (sentences.length === 0 || sentences[0].text.trimEnd().endsWith('?')) return undefined;
  if (sentences.some((sentence) => prescribes(sentence.text))) return 'prescriptive';
  const lead = text.replace(/^\s*(?:\d+[.)]\s*)?/, '');
  const unlabelled = lead.replace(LEAD_LABEL, '');
  const opening = FIRST_WORDS.exec(unlabelled === lead ? lead : unlabelled);
  // A bold lead-in may itself be the instruction ("**Fund test beds.** …").
  const openings = [opening, unlabelled === lead ? null : FIRST_WORDS.exec(lead)];
  for (const match of openings) {
    if (!match) continue;
    const first = match[1].toLowerCase();
    if (IMPERATIVE_VERBS.has(first) || DIRECTIVE_VERBS.has(first) || REQUEST_VERBS.has(first)) return 'imperative';
    if (NOMINAL_OPENERS.has(first) || (/^an?$/.test(first) && match[2] && NOMINAL_OPENERS.has(match[2].toLowerCase()))) return 'nominal';
  }
  return undefined;
}

/** Whether a sentence prescribes: a modal of obligation in a main clause (not "should routes be cut"), "recommend that", "is needed". */
export function prescribes(sentence: string): boolean {
  if (RECOMMENDS_THAT.test(sentence) || IS_NEEDED.test(sentence)) return true;
  for (const match of sentence.matchAll(OBLIGATION_AT)) {
    const at = match.index ?? 0;
    if (!inConditionalClause(sentence, at) && !invertedModal(sentence, at)) return true;
  }
  return false;
}

/** "…, should existing routes be compromised": a modal that opens its clause asks or supposes; it does not prescribe. */
export function invertedModal(sentence: string, at: number): boolean {
  let before = at;
  while (before > 0 && /\s/.test(sentence[before - 1])) before--;
  return before === 0 || /[,;:(—–]/.test(sentence[before - 1]);
}

const MOST_CLAUSE_CHARACTERS = 300;

/** Whether `at` lies in a clause opened by "when", "if", "once" …, which sets a condition rather than prescribes. */
export function inConditionalClause(sentence: string, at: number): boolean {
  // Looking back a bounded distance keeps a sentence with many modals linear; a longer clause is taken as a main clause.
  const windowStart = Math.max(0, at - MOST_CLAUSE_CHARACTERS);
  const window = sentence.slice(windowStart, at);
  const comma = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'));
  if (comma < 0 && windowStart > 0) return false;
  const clause = window.slice(comma + 1).replace(/^[\s("'“*_]+/, '');
  const first = /^\p{L}+(?:\s+case\b)?/u.exec(clause)?.[0]?.toLowerCase().replace(/\s+/g, ' ');
  return first !== undefined && CONDITIONAL_OPENERS.has(first);
}

const MODAL = new RegExp(String.raw`\b(?:should|must|shall|will|needs?\s+to|ought\s+to|has\s+to|have\s+to|is\s+to|are\s+to)\s+(?:(?:also|now|immediately|jointly|promptly|quickly|not|then|first|further)\s+)*(\p{L}+)`, 'giu');
/** An instruction to the reader about someone else: "Direct USTR to open talks", "Ask Congress for a new TPA". */
// Who is named starts and ends with a non-space character, so no run of spaces is shared out between
// the name and the white space around it in every possible way.
const IMPERATIVE = new RegExp(String.raw`^(?:(?:${DIRECTIVE})\s+(?!\s)(.+?)(?<!\s)\s+to\s+\p{L}+|(?:${REQUEST})\s+(?!\s)(.+?)(?<!\s)\s+(?:to\s+\p{L}+|for\b))`, 'iu');
/** Where a sentence's clauses part; a run of white space is tried once, from its start. */
const CLAUSE_BREAK = /(?<=[;:])\s+|(?<!\s)\s+(?=\bthat\b)|,\s+(?=(?:and|but|while)\b)/;
/** A subject longer than this many words is not one actor. */
const MOST_SUBJECT_WORDS = 14;
const RECOMMEND_THAT = /\brecommends?\s+that\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:(?:of|and|for|on|the)\s+)*\p{Lu}[\p{L}\p{N}.'’-]*)*)/u;

/** Who acts in a recommendation ("The Department of Commerce should fund…"), or undefined when no one does. */
export function actorOf(text: string): string | undefined {
  const plain = text.replace(/[*_`]/g, '');
  for (const sentence of splitSentences(plain)) {
    for (const clause of sentence.text.split(CLAUSE_BREAK)) {
      const imperative = IMPERATIVE.exec(clause.trim());
      if (imperative) return imperative[1] ?? imperative[2];
      for (const match of clause.matchAll(MODAL)) {
        if (/^(?:be|been|get)$/i.test(match[1])) continue;
        const subject = subjectBefore(clause, match.index ?? 0)?.replace(/^(?:that|and|but|while|so|then|first|second|third|finally|together)\s+/i, '').replace(/(?<!\s)\s+(?:also|therefore|then|now|jointly|still)$/i, '');
        if (subject === undefined) continue;
        const subjectWords = subject.split(/\s+/).filter(Boolean);
        const head = subjectWords[subjectWords.length - 1]?.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        if (subjectWords.length > 0 && subjectWords.length <= MOST_SUBJECT_WORDS && head && !NO_ONE.has(head)) return subject;
      }
    }
  }
  return RECOMMEND_THAT.exec(plain)?.[1];
}

/**
 * The subject of a modal verb: what stands between the last comma and the modal ("Moving forward,
 * the United States should"), read backwards from the modal; undefined when it runs on for more words
 * than a subject can have (two more than the most, for the conjunction and the adverb taken off it).
 * Reading no further keeps a clause with many modals linear.
 */
function subjectBefore(clause: string, modalAt: number): string | undefined {
  let end = modalAt;
  while (end > 0 && /\s/.test(clause[end - 1])) end--;
  if (clause[end - 1] === ',') end--;
  let start = end;
  let count = 0;
  for (let inWord = false; start > 0 && clause[start - 1] !== ','; start--) {
    const space = /\s/.test(clause[start - 1]);
    if (!space && !inWord && ++count > MOST_SUBJECT_WORDS + 2) return undefined;
    inWord = !space;
  }
  return clause.slice(start, end).trim();
}

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES = 'given|taken|done|made|seen|shown|known|written|chosen|held|set|sent|built|paid|led|put|kept|brought|sought|met|undertaken|drawn|spent|won|struck|begun|sold|told|found|bought|laid|overseen|withdrawn|driven|cut|run|granted';
/**
 * A prescribed passive: a modal of obligation, "be" and a participle ("should be increased", "must not be
 * shared"), or "is needed". Descriptive passives ("cables are cut", "the code is released") prescribe
 * nothing, and past forms ("was signed") tell history.
 */
const PASSIVE = new RegExp(String.raw`\b${OBLIGATION}\s+(?:(?:\p{L}+ly|not|also|then|further|jointly)\s+)*be\s+(?:(?:\p{L}+ly|not|also|then|further|jointly)\s+)*(\p{L}+ed|${IRREGULAR_PARTICIPLES})\b(?!\s+by\b)|\b(?:is|are)\s+(?:(?:also|urgently|still)\s+)?(needed)\b(?!\s+by\b)`, 'giu');

/** Prescribed passives with no agent ("funding should be increased", not "…increased by Congress"), outside conditional clauses. */
export function agentlessPassives(value: string): PassivePhrase[] {
  const found: PassivePhrase[] = [];
  for (const sentence of splitSentences(value)) {
    for (const match of sentence.text.matchAll(PASSIVE)) {
      const participle = (match[1] ?? match[2]).toLowerCase();
      if (STATES.has(participle)) continue;
      const at = match.index ?? 0;
      if (inConditionalClause(sentence.text, at)) continue;
      const start = sentence.start + at;
      found.push({ text: match[0], start, end: start + match[0].length });
    }
  }
  return found;
}
