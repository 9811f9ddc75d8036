import { inConditionalClause, invertedModal, prescribes } from './recommendations';

/**
 * What binds a verb to a commitment, read backwards from the verb: a modal of obligation ("Commerce
 * should seek to"), the writer's own future or plan ("we will seek to", "we seek to"), or "recommend
 * that … ". "China will seek to" and "those who seek to" report someone else's aims; they bind no one.
 */
const BINDING = /(?:\b(should|must|shall|needs?\s+to|ought\s+to)|\b(?:we|i)(?:\s+(?:will|would|shall|should|must|plan\s+to|intend\s+to|propose\s+to))?)\s+(?:(?:also|further|jointly|actively|then|now|not|continue\s+to)\s+)*$/iu;
/** How far back the binding words may stand; the window keeps the look-back linear. */
const BINDING_WINDOW = 60;
const WRITER_COMMITS = /\b(?:we|i)\s+(?:(?:also|further|jointly)\s+)?(?:will|shall|commit|plan|intend|propose)\b/i;
/** "… and that Commerce work toward …": the verb of a "recommend that" clause. */
const RECOMMEND_THAT_SUBJECT = /\brecommends?\s+that\s+(?:the\s+)?[\p{L}\p{N}.'’ -]{1,60}\s$/iu;

/** Whether the verb at `at` in a sentence is bound to a commitment the writer makes or recommends. */
export function verbCommits(sentence: string, at: number): boolean {
  const windowStart = Math.max(0, at - BINDING_WINDOW);
  const before = sentence.slice(windowStart, at);
  const binding = BINDING.exec(before);
  if (binding) {
    if (!binding[1]) return true;
    const modalAt = windowStart + binding.index;
    return !inConditionalClause(sentence, modalAt) && !invertedModal(sentence, modalAt);
  }
  return RECOMMEND_THAT_SUBJECT.test(before);
}

/** Whether a sentence commits or recommends as a whole: it prescribes, or the writer says what they will do. */
export function sentenceCommits(sentence: string): boolean {
  return prescribes(sentence) || WRITER_COMMITS.test(sentence);
}

/** The spans of a text inside quotation marks (curly, or straight ones taken in pairs): quoted words are someone else's. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let openedAt = -1;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (character === '“' || (character === '"' && openedAt < 0)) {
      if (openedAt < 0) openedAt = i;
    } else if ((character === '”' || character === '"') && openedAt >= 0) {
      spans.push({ start: openedAt, end: i + 1 });
      openedAt = -1;
    }
  }
  if (openedAt >= 0) spans.push({ start: openedAt, end: text.length });
  return spans;
}
