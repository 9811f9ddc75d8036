import { SemanticTokensBuilder, type SemanticTokens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, TermUse } from '../core/index';
import { SEMANTIC_TOKEN_TYPES, SEMANTIC_TOKENS_LEGEND } from '../shared/protocol';

/**
 * Highlights the terms a memo's team packs add, as the generated grammar highlights corpus terms:
 * the grammar is built from the bundled corpus, so pack terms come as semantic tokens instead. In
 * Restricted Mode the workspace's packs are not loaded, so nothing is highlighted from them.
 */
export function packTermTokens(document: TextDocument, analysis: DocumentAnalysis, packTermIds: ReadonlySet<string>): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const use of analysis.termUses) {
    if (!packTermIds.has(use.term.id)) continue;
    const type = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf(tokenType(use));
    const start = document.positionAt(use.start);
    const end = document.positionAt(use.end);
    // A token may not span lines; a term broken across lines is highlighted line by line.
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : lineLength(document, line);
      if (to > from) builder.push(line, from, to - from, type, 0);
    }
  }
  return builder.build();
}

function tokenType(use: TermUse): (typeof SEMANTIC_TOKENS_LEGEND.tokenTypes)[number] {
  if (use.term.status !== 'current') return SEMANTIC_TOKEN_TYPES.outdated;
  return use.term.kind === 'acronym' && use.surface !== 'expansion' ? SEMANTIC_TOKEN_TYPES.acronym : SEMANTIC_TOKEN_TYPES.term;
}

function lineLength(document: TextDocument, line: number): number {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '').length;
}
