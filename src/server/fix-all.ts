import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { changedSpan, fixAll } from '../core/index';
import { offsetRange } from './convert';
import type { Memos } from './memos';

/** Every safe fix of a document, re-linted to a fixed point, as one edit of the span that changes (none when nothing does). */
export async function fixAllEdits(memos: Memos, document: TextDocument): Promise<TextEdit[]> {
  const options = await memos.lintOptions(document);
  if (!options.settings.enable) return [];
  const text = document.getText();
  const span = changedSpan(text, fixAll(text, options).text);
  return span ? [{ range: offsetRange(document, span.start, span.end), newText: span.text }] : [];
}
