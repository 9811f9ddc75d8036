import * as vscode from 'vscode';
import { getBundledIndex } from '../../core/index';
import { SEMANTIC_TOKEN_TYPES } from '../constants';
import type { MemoService } from '../memo-service';
import type { TeamPacks } from './team-packs';

const TYPES = [SEMANTIC_TOKEN_TYPES.acronym, SEMANTIC_TOKEN_TYPES.term, SEMANTIC_TOKEN_TYPES.outdated];

/**
 * Highlights the terms a memo's team packs add, as the generated grammar highlights corpus terms:
 * the grammar is built from the bundled corpus, so pack terms come as semantic tokens instead.
 */
export class PackTermHighlights implements vscode.DocumentSemanticTokensProvider {
  static readonly legend = new vscode.SemanticTokensLegend(TYPES, []);
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changeEmitter.event;

  constructor(private readonly memos: MemoService, packs: TeamPacks) {
    packs.onDidChange(() => this.changeEmitter.fire());
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    const analysis = await this.memos.analysisWithPacks(document);
    if (token.isCancellationRequested) return undefined;
    const bundled = getBundledIndex();
    const builder = new vscode.SemanticTokensBuilder(PackTermHighlights.legend);
    for (const use of analysis.termUses) {
      if (bundled.term(use.term.id) === use.term) continue;
      const type = use.term.status !== 'current' ? SEMANTIC_TOKEN_TYPES.outdated : use.term.kind === 'acronym' && use.surface !== 'expansion' ? SEMANTIC_TOKEN_TYPES.acronym : SEMANTIC_TOKEN_TYPES.term;
      const start = document.positionAt(use.start);
      const end = document.positionAt(use.end);
      // A token may not span lines; a term broken across lines is highlighted line by line.
      for (let line = start.line; line <= end.line; line++) {
        const from = line === start.line ? start.character : 0;
        const to = line === end.line ? end.character : document.lineAt(line).text.length;
        if (to > from) builder.push(new vscode.Range(line, from, line, to), type);
      }
    }
    return builder.build();
  }
}
