import { sourceRange, type DocumentProse, type Section } from './prose';
import { memoizeByText } from './memo';
import { forEachLetterWord } from './sentences';

/** The Flesch-Kincaid grade of one section's paragraphs, with where to report it (its heading, or its first paragraph). */
export interface SectionReadability {
  readonly section: Section;
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  readonly grade: number;
  readonly start: number;
  readonly end: number;
}

/** Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Scores every section that has prose in paragraphs (headings and table cells are not sentences). */
export function readabilityOf(prose: DocumentProse): SectionReadability[] {
  const scores: SectionReadability[] = [];
  for (const section of prose.sections) {
    let words = 0;
    let sentences = 0;
    let syllables = 0;
    for (const text of section.blocks) {
      if (text.block.kind !== 'paragraph') continue;
      for (const sentence of text.sentences) {
        const counts = sentenceCounts(sentence.text);
        if (counts.words === 0) continue;
        sentences++;
        words += counts.words;
        syllables += counts.syllables;
      }
    }
    if (sentences === 0) continue;
    // Reported on the heading's text; the part before the first heading, on its first sentence.
    const first = section.blocks.find((text) => text.sentences.length > 0) ?? section.blocks[0];
    const where = section.heading ? sourceRange(section.heading, 0, section.heading.value.trimEnd().length) : sourceRange(first, first.sentences[0]?.start ?? 0, first.sentences[0]?.end ?? 0);
    scores.push({ section, words, sentences, syllables, grade: fleschKincaidGrade(words, sentences, syllables), ...where });
  }
  return scores;
}

/** Words and syllables of a sentence; the editor scores a memo after each edit, and most sentences did not change. */
const sentenceCounts = memoizeByText((sentence: string): { words: number; syllables: number } => {
  let words = 0;
  let syllables = 0;
  forEachLetterWord(sentence, (word) => {
    words++;
    syllables += countSyllables(word);
  });
  return { words, syllables };
});

/**
 * Syllables of an English word, by the usual heuristic: groups of vowels, less a silent final "e".
 * Acronyms written in capitals are read letter by letter, up to a cap.
 */
export const countSyllables = memoizeByText(computeSyllables, 50_000);

function computeSyllables(word: string): number {
  if (word.length > 1 && word === word.toUpperCase() && /^[A-Z]+$/.test(word)) return Math.min(word.length, 4);
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length <= 3) return 1;
  // A final "e" is silent ("trade"), and so are "-es" and "-ed" ("makes", "asked"), but not "-le" ("table") or "-ted"/"-ded" ("wanted").
  const trimmed = lower.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, (ending) => ending[0]).replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]+/g)?.length ?? 0);
}
