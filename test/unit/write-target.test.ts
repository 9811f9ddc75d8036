import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { linkOnTheWay, type PathKind } from '../../src/core/index';

// Issue 13, item 6: Create Team Pack and Import Pack Snippets wrote through a symlinked file or
// `.vscode` folder to a place outside the workspace. The extension checks the way with this walk.

async function nodeKind(file: string): Promise<PathKind> {
  try {
    return fs.lstatSync(file).isSymbolicLink() ? 'link' : 'other';
  } catch {
    return 'missing';
  }
}

describe('writes stay in the workspace (issue 13)', () => {
  let workspace = '';
  let outside = '';
  const check = (relative: string) => linkOnTheWay(workspace, relative.split('/'), path.join, nodeKind);

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-workspace-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-elsewhere-'));
    fs.mkdirSync(path.join(workspace, 'linked'));
    fs.symlinkSync(outside, path.join(workspace, 'linked', '.vscode'));
    fs.writeFileSync(path.join(outside, 'target.json'), '{}');
    fs.symlinkSync(path.join(outside, 'target.json'), path.join(workspace, 'team.policypack.json'));
    fs.symlinkSync(path.join(outside, 'not-yet.json'), path.join(workspace, 'dangling.policypack.json'));
    fs.mkdirSync(path.join(workspace, 'plain', '.vscode'), { recursive: true });
  });

  after(() => {
    for (const folder of [workspace, outside]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('finds a symlinked .vscode folder on the way to a snippets file', async () => {
    assert.equal(await check('linked/.vscode/team.code-snippets'), path.join(workspace, 'linked', '.vscode'));
  });

  it('finds a symlinked pack file, and a broken link that a write would create outside', async () => {
    assert.equal(await check('team.policypack.json'), path.join(workspace, 'team.policypack.json'));
    assert.equal(await check('dangling.policypack.json'), path.join(workspace, 'dangling.policypack.json'));
  });

  it('lets plain files and folders through, existing or not', async () => {
    assert.equal(await check('plain/.vscode/team.code-snippets'), undefined);
    assert.equal(await check('new/folder/file.json'), undefined);
  });
});
