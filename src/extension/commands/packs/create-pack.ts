import * as vscode from 'vscode';
import { analyzeDocument, idFor, newlyDefinedAcronyms, PACK_FILE_SUFFIX, PACK_NAME_PATTERN, parseMarkdown, scaffoldPack, SKIPPED_FOLDERS, type DefinedAcronym } from '../../../core/index';
import type { MemoService } from '../../memo-service';
import type { TeamPacks } from '../../packs/team-packs';
import type { ProjectConfigs } from '../../project-config';
import { mayWrite } from '../../safe-write';
import { exists, today } from '../../packs/pack-files';
import { MAX_MEMO_BYTES, readWorkspaceText } from '../../workspace-file-host';
import { addToConfigList } from '../allow-list';

/** Answers the command would otherwise ask for. */
export interface CreatePackInputs {
  readonly name?: string;
  /** Add the new pack to the workspace's `.policylens.json` without asking. */
  readonly addToConfig?: boolean;
}

const PACK_NAME = new RegExp(PACK_NAME_PATTERN);
const MAX_MEMOS = 500;

/**
 * Creates `<name>.policypack.json` at the workspace folder root with a term for each acronym the
 * active memo (or, with no memo open, every memo in the workspace) defines that the glossary lacks,
 * then offers to add it to `.policylens.json`. Never overwrites a file. Returns the new pack's URI.
 */
export async function createTeamPack(memos: MemoService, packs: TeamPacks, configs: ProjectConfigs, inputs: CreatePackInputs = {}): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Policy Lens: open a workspace folder to create a team pack in it.');
    return undefined;
  }
  const name = inputs.name ?? (await vscode.window.showInputBox({
    title: 'Create Team Pack',
    prompt: 'Pack name, lowercase like an npm package name',
    value: idFor(folder.name, 'team'),
    validateInput: (value) => (PACK_NAME.test(value) ? undefined : 'Use lowercase letters, digits and - . _ ~, e.g. trade-office'),
  }));
  if (!name || !PACK_NAME.test(name)) return undefined;
  const target = vscode.Uri.joinPath(folder.uri, `${idFor(name, 'team')}${PACK_FILE_SUFFIX}`);
  if (await exists(target)) {
    void vscode.window.showErrorMessage(`Policy Lens: ${vscode.workspace.asRelativePath(target)} already exists; choose another name.`);
    return undefined;
  }
  if (!(await mayWrite(target))) return undefined;
  const acronyms = await definedAcronyms(memos, packs, active?.languageId === 'markdown' ? active : undefined);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(scaffoldPack(name, acronyms, today())));
  await vscode.window.showTextDocument(target);
  const relative = vscode.workspace.asRelativePath(target, false);
  const add = inputs.addToConfig ?? (await vscode.window.showInformationMessage(
    `Policy Lens: created ${relative} with ${acronyms.length} acronym(s) to define. Use it for this workspace?`,
    'Add to .policylens.json',
  )) !== undefined;
  if (add) await addToConfigList(configs, 'packs', relative, target);
  return target;
}

async function definedAcronyms(memos: MemoService, packs: TeamPacks, active: vscode.TextDocument | undefined): Promise<DefinedAcronym[]> {
  if (active) return newlyDefinedAcronyms([{ where: vscode.workspace.asRelativePath(active.uri), analysis: memos.analysis(active) }]);
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', `**/{${SKIPPED_FOLDERS.join(',')}}/**`, MAX_MEMOS);
  const analysed = [];
  for (const uri of files.sort((a, b) => a.path.localeCompare(b.path))) {
    const text = await readWorkspaceText(uri, MAX_MEMO_BYTES).catch(() => undefined);
    if (text === undefined) continue; // not a memo that can be read: it defines nothing
    const { index } = await packs.corpusFor(uri);
    analysed.push({ where: vscode.workspace.asRelativePath(uri), analysis: analyzeDocument(parseMarkdown(text), index) });
  }
  return newlyDefinedAcronyms(analysed);
}
