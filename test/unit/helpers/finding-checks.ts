import assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/index';

/** The words of a text, so a quoted text and its source compare despite line breaks, markers and escapes. */
const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Whether the words of `part` appear in `whole` in order (prose leaves out code, comments and markup that the source holds). */
function inOrder(part: string, whole: string): boolean {
  const wanted = part.split(' ').filter(Boolean);
  let i = 0;
  for (const word of whole.split(' ')) if (word === wanted[i]) i++;
  return i === wanted.length;
}

/** Line and column of an offset, counted independently of LineIndex: CR, LF and CRLF end a line. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  return positionsIn(text)(offset);
}

/** A position lookup for one text: line starts found once, then a binary search per offset. */
function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)];
  return (offset) => {
    let line = 0;
    for (let step = 1 << 30; step > 0; step >>= 1) if (line + step < starts.length && starts[line + step] <= offset) line += step;
    return { line: line + 1, column: offset - starts[line] + 1 };
  };
}

/** Each finding's range lies inside the text, its line and column agree with it, and it covers the text its message quotes. */
export function assertWellFormed(text: string, findings: readonly Finding[]): void {
  const positionAt = positionsIn(text);
  for (const finding of findings) assertFindingWellFormed(text, finding, positionAt);
}

function assertFindingWellFormed(text: string, finding: Finding, positionAt: (offset: number) => { line: number; column: number }): void {
  assert.ok(0 <= finding.start && finding.start < finding.end && finding.end <= text.length, `range ${finding.start}-${finding.end} outside 0-${text.length}`);
  assert.deepEqual({ line: finding.line, column: finding.column }, positionAt(finding.start));
  assert.deepEqual({ line: finding.endLine, column: finding.endColumn }, positionAt(finding.end));
  // A message that starts by quoting what was found (or by the action, then the quote: "Replace "X" with …",
  // "Cite a source for "X" …", "Name who should act: "X" is passive …") quotes exactly the text of its range; a long
  // sentence is quoted by the beginning of its prose ("…"). Scores and missing sections quote nothing of the text.
  const quoted = /^(?:\p{Lu}[\p{Ll} ]*? |[^"]*: )?"([^"]*)"/u.exec(finding.message);
  const excerpt = /\("([^"]*)…"\)/.exec(finding.message);
  if (quoted?.[1].endsWith(' …')) assert.ok(inOrder(words(quoted[1]), words(text.slice(finding.start, finding.end))), finding.message);
  else if (quoted) assert.equal(words(text.slice(finding.start, finding.end)), words(quoted[1]), finding.message);
  else if (excerpt) assert.ok(inOrder(words(excerpt[1]), words(text.slice(finding.start, finding.end))), finding.message);
  else assert.ok(['readability', 'memo-structure'].includes(finding.ruleId), `message does not quote what it found: ${finding.message}`);
  if (finding.fix) assert.ok(0 <= finding.fix.start && finding.fix.start <= finding.fix.end && finding.fix.end <= text.length);
}
