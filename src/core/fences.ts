const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Follows the fenced code blocks of CommonMark line by line: a fence opens on three or more backticks
 * (whose info string holds no backtick) or tildes, and ends only at a fence of its own character, at
 * least as long, with nothing after it.
 */
export class FenceTracker {
  private open: { char: string; length: number } | undefined;

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  /** Reads one line; true when it opens or closes a fence. */
  read(line: string): boolean {
    const marker = FENCE.exec(line);
    if (!marker) return false;
    const [, run, rest] = marker;
    if (!this.open) {
      if (run[0] === '`' && rest.includes('`')) return false;
      this.open = { char: run[0], length: run.length };
      return true;
    }
    const closes = run[0] === this.open.char && run.length >= this.open.length && rest.trim() === '';
    if (closes) this.open = undefined;
    return closes;
  }

  reset(): void {
    this.open = undefined;
  }
}
