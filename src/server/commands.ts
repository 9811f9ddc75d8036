import { ResponseError, ErrorCodes, type Connection, type Position, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { acronymGlossary } from '../core/index';
import { fixAllEdits } from './fix-all';
import type { Memos } from './memos';
import { SERVER_COMMANDS } from '../shared/protocol';

/**
 * Runs the commands that need only a document (`workspace/executeCommand`), applying their edits
 * through the client (`workspace/applyEdit`). Returns whether an edit was applied.
 */
export async function executeCommand(connection: Connection, documents: TextDocuments<TextDocument>, memos: Memos, command: string, args: readonly unknown[]): Promise<boolean> {
  const document = typeof args[0] === 'string' ? documents.get(args[0]) : undefined;
  if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `${command} needs the URI of an open document as its first argument`);
  switch (command) {
    case SERVER_COMMANDS.fixAll: {
      const edits = await fixAllEdits(memos, document);
      if (edits.length === 0) return false;
      return (await connection.workspace.applyEdit({ label: 'Policy Lens: fix all', edit: { changes: { [document.uri]: edits } } })).applied;
    }
    case SERVER_COMMANDS.insertAcronymGlossary: {
      const position = args[1];
      if (!isPosition(position)) throw new ResponseError(ErrorCodes.InvalidParams, `${command} needs a position { line, character } as its second argument`);
      const table = acronymGlossary(await memos.analysis(document));
      if (!table) {
        void connection.window.showInformationMessage('Policy Lens: this memo uses no acronyms.');
        return false;
      }
      const lineText = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
      // On an empty line the table goes there; otherwise after the line, as its own paragraph.
      const atEmptyLine = lineText.trim() === '';
      const at = atEmptyLine ? { line: position.line, character: 0 } : { line: position.line, character: lineText.replace(/\r?\n$|\r$/, '').length };
      const edit = { range: { start: at, end: at }, newText: atEmptyLine ? table : `\n\n${table}` };
      return (await connection.workspace.applyEdit({ label: 'Policy Lens: insert acronym glossary', edit: { changes: { [document.uri]: [edit] } } })).applied;
    }
    default:
      throw new ResponseError(ErrorCodes.InvalidParams, `unknown command "${command}"; the server runs ${Object.values(SERVER_COMMANDS).join(', ')}`);
  }
}

function isPosition(value: unknown): value is Position {
  return typeof value === 'object' && value !== null && Number.isInteger((value as Position).line) && Number.isInteger((value as Position).character) && (value as Position).line >= 0;
}
