/** A 1-based line and a 1-based column counted in UTF-16 code units, as VS Code counts them. */
export interface Position {
  line: number;
  column: number;
}

/** Maps string offsets to line/column positions; CR, LF and CRLF all end a line, as in VS Code and micromark. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // Jumps from line ending to line ending with indexOf rather than reading every character (the
    // editor builds this for the whole memo after each keystroke); a lone CR is rare, so looked for once.
    let cr = text.indexOf('\r');
    for (let i = 0; i < text.length; ) {
      let lf = text.indexOf('\n', i);
      if (lf < 0) lf = text.length;
      if (cr >= 0 && cr < i) cr = text.indexOf('\r', i);
      if (cr >= 0 && cr < lf) {
        // CR ends a line; CRLF is one ending.
        i = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      } else if (lf < text.length) {
        i = lf + 1;
      } else {
        break;
      }
      starts.push(i);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of a string offset. Offsets past the end clamp to the end. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1 };
  }

  /** The string offset of a 1-based line and column. */
  offsetAt(position: Position): number {
    const lineIndex = Math.max(0, Math.min(position.line - 1, this.lineStarts.length - 1));
    return Math.min(this.lineStarts[lineIndex] + position.column - 1, this.text.length);
  }
}
