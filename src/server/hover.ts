import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { termHoverMarkdown } from '../core/index';
import { COMMANDS } from '../shared/commands';
import { offsetRange } from './convert';
import type { Memos } from './memos';

/**
 * The hover of a glossary term in prose (never in code, URLs or front matter, which the engine does
 * not see as prose). Its recommendations come with command links, so only clients that run those
 * commands (`withCommandLinks`) get them; other editors get the definition, status and sources.
 */
export async function termHover(memos: Memos, document: TextDocument, position: Position, withCommandLinks: boolean): Promise<Hover | null> {
  const offset = document.offsetAt(position);
  const [analysis, { settings }] = await Promise.all([memos.analysis(document), memos.lintOptions(document)]);
  const use = analysis.termUses.find((candidate) => candidate.start <= offset && offset < candidate.end);
  if (!use) return null;
  const maxRecommendations = withCommandLinks ? settings.maxHoverRecommendations : 0;
  return {
    contents: { kind: MarkupKind.Markdown, value: termHoverMarkdown(use.term, analysis.index, maxRecommendations, COMMANDS) },
    range: offsetRange(document, use.start, use.end),
  };
}
