import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A finding a fixture expects, written inline as `<!-- expect RULE "text" [fix "replacement"] -->`. */
export interface Expectation {
  readonly ruleId: string;
  readonly line: number;
  /** The exact source text the finding must cover (JSON string escapes allowed, e.g. \n). */
  readonly text: string;
  /** The fix's replacement text; a marker without `fix` expects a finding without a fix. */
  readonly fix?: string;
}

const EXPECT = /<!--\s*expect\s+([a-z-]+)\s+("(?:[^"\\]|\\.)*")(?:\s+fix\s+("(?:[^"\\]|\\.)*"))?\s*-->/g;

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Reads a fixture and the expectations written in it. */
export function readFixture(path: string): { text: string; expectations: Expectation[] } {
  const text = readFileSync(path, 'utf8');
  const expectations: Expectation[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    for (const match of lineText.matchAll(EXPECT)) {
      const text = JSON.parse(match[2]) as string;
      // A finding that spans lines starts on an earlier line than its marker.
      const line = index + 1 - (text.match(/\n/g)?.length ?? 0);
      expectations.push({ ruleId: match[1], line, text, fix: match[3] ? (JSON.parse(match[3]) as string) : undefined });
    }
  });
  return { text, expectations };
}
