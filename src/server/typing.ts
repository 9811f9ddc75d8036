import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/index';

/** How long a word may sit unfinished at the last edit before its finding shows anyway. */
export const REVEAL_AFTER_MS = 1500;

/** The rule whose findings wait while their word is typed: "DFF" on the way to "DFFT" is not undefined yet. */
const HELD_RULE = 'acronym-undefined';

/** Letters, digits or nothing at the end of an edit: a word still being typed (or backspaced). */
const WORD_EDIT = /(^|[\p{L}\p{N}-])$/u;

interface LastEdit {
  readonly version: number;
  /** Where the edit ends in that version. */
  readonly offset: number;
}

/**
 * Hides the squiggle on a word still being typed, as cSpell's "hide issues while typing" does
 * (vscode-spell-checker #3233), rather than the TypeScript server's plain delay, which still
 * squiggles the half-typed word once the delay passes mid-word: an acronym-undefined finding that
 * touches the end of the memo's last edit is held back while that edit added or removed word
 * characters, until the next edit moves elsewhere or REVEAL_AFTER_MS pass without one. Every LSP
 * client benefits, since the server sees the edits.
 */
export class TypingTracker {
  private readonly lastEdits = new Map<string, LastEdit>();

  /** The `TextDocuments` update function, recording where a one-change edit ended. */
  readonly update = (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument => {
    const [change] = changes;
    if (changes.length === 1 && 'range' in change && WORD_EDIT.test(change.text)) {
      this.lastEdits.set(document.uri, { version, offset: document.offsetAt(change.range.start) + change.text.length });
    } else {
      this.lastEdits.delete(document.uri);
    }
    return TextDocument.update(document, changes, version);
  };

  /** Whether findings of this version may be held back (a word edit made it). */
  typing(document: TextDocument): boolean {
    return this.lastEdits.get(document.uri)?.version === document.version;
  }

  /** The findings to show now: without those at the word being typed in this version. */
  shown(document: TextDocument, findings: readonly Finding[]): readonly Finding[] {
    const edit = this.lastEdits.get(document.uri);
    if (!edit || edit.version !== document.version) return findings;
    return findings.filter((finding) => !(finding.ruleId === HELD_RULE && finding.start <= edit.offset && edit.offset <= finding.end));
  }

  /** The typing pause is over: show everything for this version. Returns whether anything was held. */
  reveal(document: TextDocument): boolean {
    if (!this.typing(document)) return false;
    this.lastEdits.delete(document.uri);
    return true;
  }

  forget(uri: string): void {
    this.lastEdits.delete(uri);
  }
}
