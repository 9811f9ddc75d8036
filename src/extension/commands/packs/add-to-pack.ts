import * as vscode from 'vscode';
import { acronymTerm, addTermToPackText, bundledCorpus, houseSource, parsePack } from '../../../core/index';
import { COMMANDS } from '../../constants';
import type { MemoService } from '../../memo-service';
import type { TeamPacks } from '../../packs/team-packs';
import { mayWrite } from '../../safe-write';
import { findWorkspacePacks, pickPack, readValidPack, today, writeText } from '../../packs/pack-files';

/** Answers the command would otherwise ask for; tests and other extensions pass them. */
export interface AddToPackInputs {
  readonly pack?: string;
  readonly expansion?: string;
  readonly definition?: string;
}

const MIN_DEFINITION = 20;

/**
 * Quick fix for an undefined acronym: asks for its expansion and a definition and adds a valid entry
 * to a team pack the user picks, with a minimal edit to the pack's text. Returns the pack's URI.
 */
export async function addAcronymToPack(memos: MemoService, packs: TeamPacks, acronym: unknown, memoUri: unknown, inputs: AddToPackInputs = {}): Promise<vscode.Uri | undefined> {
  if (typeof acronym !== 'string' || !acronym) return undefined;
  // The language server's quick fix names the memo by its URI string.
  const memoKey = memoUri instanceof vscode.Uri ? memoUri.toString() : typeof memoUri === 'string' ? vscode.Uri.parse(memoUri).toString() : undefined;
  const memo = memoKey ? vscode.workspace.textDocuments.find((document) => document.uri.toString() === memoKey) : undefined;
  const loaded = memo ? (await packs.corpusFor(memo.uri)).packUris.filter((uri) => vscode.workspace.getWorkspaceFolder(uri)) : [];
  const candidates = [...new Map([...loaded, ...(await findWorkspacePacks())].map((uri) => [uri.toString(), uri])).values()];
  const packUri = inputs.pack ? vscode.Uri.parse(inputs.pack) : await pickPack(candidates, `Add "${acronym}" to which team pack?`);
  if (!packUri) {
    if (candidates.length === 0) {
      const choice = await vscode.window.showInformationMessage('Policy Lens: this workspace has no team pack yet.', 'Create Team Pack');
      if (choice) await vscode.commands.executeCommand(COMMANDS.createTeamPack);
    }
    return undefined;
  }
  const { loaded: pack, text } = await readValidPack(packUri);
  if (!pack) return undefined;
  const defined = memo ? memos.analysis(memo).definitions.find((definition) => definition.acronym === acronym)?.expansion : undefined;
  const expansion = inputs.expansion ?? (await vscode.window.showInputBox({ title: `What does ${acronym} stand for?`, value: defined, validateInput: (value) => (value.trim().length < 2 ? 'Write the expansion, e.g. Trade Promotion Authority' : undefined) }));
  if (!expansion?.trim()) return undefined;
  const definition = inputs.definition ?? (await vscode.window.showInputBox({
    title: `Define ${acronym} in plain words`,
    prompt: 'One to three sentences a reader new to the topic would understand.',
    validateInput: (value) => (value.trim().length < MIN_DEFINITION ? `At least ${MIN_DEFINITION} characters` : undefined),
  }));
  if (!definition || definition.trim().length < MIN_DEFINITION) return undefined;

  // What the team writes itself cites the pack's house glossary, added the first time it is needed.
  const date = today();
  const source = houseSource(pack.pack.name, date);
  const existingSource = pack.pack.sources?.find((candidate) => candidate.id === source.id);
  const taken = new Set((pack.pack.terms ?? []).map((term) => term.id));
  const term = acronymTerm(acronym, expansion.trim(), definition.trim(), existingSource?.id ?? source.id, date, taken);
  const updated = addTermToPackText(text, term, existingSource ? undefined : source);
  const check = parsePack(updated, packUri.toString(), bundledCorpus);
  if (!check.loaded) {
    void vscode.window.showErrorMessage(`Policy Lens: the new entry would make the pack invalid (${check.problems[0]?.message}); nothing was written.`);
    return undefined;
  }
  if (!(await mayWrite(packUri))) return undefined;
  await writeText(packUri, updated);
  packs.reload();
  void vscode.window.showInformationMessage(`Policy Lens: added ${acronym} (${term.expansion}) to ${vscode.workspace.asRelativePath(packUri)}.`);
  return packUri;
}
