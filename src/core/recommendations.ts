import type { BlockText, DocumentProse } from './prose';

/** One recommendation a memo makes: a list item (or, without a list, a paragraph) under a Recommendations heading. */
export interface RecommendationItem {
  /** The item's paragraphs; the first one holds its text. */
  readonly blocks: readonly BlockText[];
  readonly text: string;
}

/** A passive verb phrase ("should be expanded") with its index range in a block's value. */
export interface PassivePhrase {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const RECOMMENDATION_HEADING = /\brecommend(?:ation|ations|ed)\b/i;

/** The recommendation items of a memo, in document order. */
export function recommendationItems(prose: DocumentProse): RecommendationItem[] {
  const items: RecommendationItem[] = [];
  const sections = prose.sections;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    if (!section.heading || section === prose.title || !RECOMMENDATION_HEADING.test(section.title)) continue;
    // The recommendations run on through deeper headings, up to the next heading as high as this one.
    const blocks = [...section.blocks];
    while (i + 1 < sections.length && sections[i + 1].depth > section.depth) blocks.push(...sections[++i].blocks);
    items.push(...itemsOf(blocks.filter((text) => text.block.kind === 'paragraph' && text.value.trim() !== '')));
  }
  return items;
}

function itemsOf(blocks: readonly BlockText[]): RecommendationItem[] {
  const listed = blocks.filter((text) => text.block.listItemStart !== undefined);
  if (listed.length === 0) return blocks.map((text) => ({ blocks: [text], text: text.value.trim() }));
  const byItem = new Map<number, BlockText[]>();
  for (const text of listed) {
    const key = text.block.listItemStart as number;
    const group = byItem.get(key);
    if (group) group.push(text);
    else byItem.set(key, [text]);
  }
  return [...byItem.values()].map((group) => ({ blocks: group, text: group[0].value.trim() }));
}

const MODAL = /\b(?:should|must|shall|will|needs? to|ought to|has to|have to|is to|are to)\s+(?:(?:also|now|immediately|jointly|promptly|quickly|not|then|first|further)\s+)*(\p{L}+)/giu;
/**
 * Subjects that name no one: dummy subjects and abstract nouns ("efforts should…", "funding must…").
 * "It" and "they" are not among them: in a list of recommendations they point back to the actor
 * named before ("The administration should…; it should also…").
 */
const NO_ONE = new Set(['there', 'this', 'that', 'these', 'those', 'which', 'what', 'efforts', 'effort', 'steps', 'step', 'action', 'actions', 'measures', 'measure', 'consideration', 'attention', 'emphasis', 'priority', 'priorities', 'focus', 'funding', 'resources', 'support', 'work', 'policy', 'policies', 'approach', 'option', 'options', 'strategy', 'framework', 'cooperation', 'engagement', 'coordination', 'investment', 'investments']);
/** An instruction to the reader about someone else: "Direct USTR to open talks", "Ask Congress for a new TPA". */
// Who is named starts and ends with a non-space character, so no run of spaces is shared out between
// the name and the white space around it in every possible way.
const IMPERATIVE = /^(?:(?:direct|instruct|task|authorize|authorise|encourage|charge|empower|require|mandate|invite|push)\s+(?!\s)(.+?)(?<!\s)\s+to\s+\p{L}+|(?:ask|request|urge|press|call on)\s+(?!\s)(.+?)(?<!\s)\s+(?:to\s+\p{L}+|for\b))/iu;
/** Where a recommendation's clauses part; a run of white space is tried once, from its start. */
const CLAUSE_BREAK = /(?<=[.;:!?])\s+|(?<!\s)\s+(?=\bthat\b)|,\s+(?=(?:and|but|while)\b)/;
/** A subject longer than this many words is not one actor. */
const MOST_SUBJECT_WORDS = 14;
const RECOMMEND_THAT = /\brecommends?\s+that\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:(?:of|and|for|on|the)\s+)*\p{Lu}[\p{L}\p{N}.'’-]*)*)/u;

/** Who acts in a recommendation ("The Department of Commerce should fund…"), or undefined when no one does. */
export function actorOf(text: string): string | undefined {
  const plain = text.replace(/[*_`]/g, '');
  for (const clause of plain.split(CLAUSE_BREAK)) {
    const imperative = IMPERATIVE.exec(clause.trim());
    if (imperative) return imperative[1] ?? imperative[2];
    for (const match of clause.matchAll(MODAL)) {
      if (/^(?:be|been|get)$/i.test(match[1])) continue;
      const subject = subjectBefore(clause, match.index ?? 0)?.replace(/^(?:that|and|but|while|so|then|first|second|third|finally|together)\s+/i, '').replace(/(?<!\s)\s+(?:also|therefore|then|now|jointly|still)$/i, '');
      if (subject === undefined) continue;
      const words = subject.split(/\s+/).filter(Boolean);
      const head = words[words.length - 1]?.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      if (words.length > 0 && words.length <= MOST_SUBJECT_WORDS && head && !NO_ONE.has(head)) return subject;
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
  let words = 0;
  for (let inWord = false; start > 0 && clause[start - 1] !== ','; start--) {
    const space = /\s/.test(clause[start - 1]);
    if (!space && !inWord && ++words > MOST_SUBJECT_WORDS + 2) return undefined;
    inWord = !space;
  }
  return clause.slice(start, end).trim();
}

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES = 'given|taken|done|made|seen|shown|known|written|chosen|held|set|sent|built|paid|led|put|kept|brought|sought|met|undertaken|drawn|spent|won|struck|begun|sold|told|found|bought|laid|overseen|withdrawn|driven|cut|run|granted';
/** Participles that, after "be", describe a state rather than hide an actor ("be prepared to", "is based on"). */
const ADJECTIVAL = new Set(['based', 'concerned', 'interested', 'prepared', 'involved', 'committed', 'focused', 'focussed', 'positioned', 'equipped', 'supposed', 'dedicated', 'experienced', 'qualified', 'tired', 'pleased', 'satisfied', 'united', 'limited', 'skilled', 'advanced', 'sophisticated', 'complicated', 'detailed', 'varied', 'mixed', 'related', 'red', 'need', 'seed', 'speed', 'feed', 'bed', 'shed', 'hundred', 'indeed']);
// Past forms ("was signed") tell history inside a recommendation; they hide no one who is to act.
const PASSIVE = new RegExp(`\\b(?:be|is|are|gets?)\\s+(?:(?:\\p{L}+ly|not|also|then|further|jointly)\\s+)*(\\p{L}+ed|${IRREGULAR_PARTICIPLES})\\b(?!\\s+by\\b)`, 'giu');

/** Passive verb phrases with no agent ("funding should be increased", not "…increased by Congress"). */
export function agentlessPassives(value: string): PassivePhrase[] {
  const found: PassivePhrase[] = [];
  for (const match of value.matchAll(PASSIVE)) {
    if (ADJECTIVAL.has(match[1].toLowerCase())) continue;
    const start = match.index ?? 0;
    // Take the modal along ("should be expanded"), so the report quotes the whole verb.
    const modal = /\b(?:should|must|shall|will|would|could|can|may|might|need to|needs to|ought to)\s+(?:not\s+)?$/i.exec(value.slice(Math.max(0, start - 16), start));
    const from = modal ? start - modal[0].length : start;
    found.push({ text: value.slice(from, start + match[0].length), start: from, end: start + match[0].length });
  }
  return found;
}
