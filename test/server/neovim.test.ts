import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { DEFAULT_SEVERITIES, fixAll, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';
import { SERVER_BUNDLE } from './helpers/server-process';

const index = getBundledIndex();
/** The README's init.lua turns term-reference off through the settings. */
const config = resolveConfig(DEFAULT_SEVERITIES, { rules: { 'term-reference': 'off' } });
// TPA has two meanings and no fix in a memo that uses neither; USTR has one, so its quick fix expands it.
const MEMO_TEXT = '# Memo\n\nThe TPA expires soon. The USTR agrees. The TPA matters, and so does the IPEF.\n\n```\nTPA in code\n```\n';
/** The Neovim configuration the README gives: the test runs it as written. */
function readmeInitLua(): string {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const match = /\*\*Neovim\*\*[^\n]*\n\n```lua\n([\s\S]*?)```/.exec(readme);
  assert.ok(match, 'the README has no Neovim configuration');
  return match[1];
}

/** How long Neovim waits for each answer: generous, so only a server that never answers fails. */
const WAIT_MS = 120_000;

interface NeovimRun {
  error?: string;
  nvim?: { major: number; minor: number };
  server_name?: string;
  diagnostics?: { code: string; message: string; source: string; range: unknown }[];
  hover?: string;
  action_titles?: string[];
  after_quick_fix?: string;
  diagnostics_after_quick_fix?: { code: string; message: string }[];
  fix_all_kinds?: string[];
  after_fix_all?: string;
}

describe('language server under Neovim (its built-in LSP client, headless)', () => {
  let folder: string;
  let run: NeovimRun;

  before(async function () {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (version.error) throw new Error(`Neovim is needed for this test and is not installed (${version.error.message}); on Debian: apt-get install -y neovim`);
    assert.ok(existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} is missing: run npm run build first`);
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-nvim-'));
    const memo = join(folder, 'memo.md');
    const resultFile = join(folder, 'result.json');
    writeFileSync(memo, MEMO_TEXT);
    const initLua = join(folder, 'init.lua');
    writeFileSync(initLua, readmeInitLua());
    // The README's command, on the PATH as after `npm install -g`: here, the bundle just built.
    const bin = join(folder, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'policy-lens-language-server'), `#!/bin/sh\nexec "${process.execPath}" "${SERVER_BUNDLE}" "$@"\n`);
    chmodSync(join(bin, 'policy-lens-language-server'), 0o755);
    const child = spawn('nvim', ['--headless', '-u', initLua, '-i', 'NONE', '-n', '-c', `luafile ${join(__dirname, 'neovim/client.lua')}`], {
      cwd: folder,
      env: {
        ...process.env,
        PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
        POLICY_LENS_RESULT: resultFile,
        POLICY_LENS_WAIT_MS: String(WAIT_MS),
        POLICY_LENS_MEMO: memo,
        XDG_STATE_HOME: folder,
        XDG_DATA_HOME: folder,
        XDG_CACHE_HOME: folder,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.ok(existsSync(resultFile), `Neovim exited with ${code} without writing its results:\n${output}`);
    run = JSON.parse(readFileSync(resultFile, 'utf8')) as NeovimRun;
    assert.equal(run.error, undefined, `the Neovim script failed: ${run.error}\n${output}`);
  });

  after(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('receives the diagnostics the core finds with the settings of the init.lua, pushed to a client without pull diagnostics', () => {
    const expected = findingsWithoutTermReference(MEMO_TEXT);
    assert.ok(expected.some((finding) => finding.code === 'acronym-undefined'));
    assert.deepEqual(run.diagnostics?.map(({ code, message }) => ({ code, message })).sort(byCodeAndMessage), expected.sort(byCodeAndMessage));
    assert.ok(run.diagnostics?.every((diagnostic) => diagnostic.source === 'policy-lens'));
  });

  it('shows the glossary entry when hovering on TPA', () => {
    assert.ok(run.hover?.includes(index.acronym('TPA')!.expansion!), run.hover);
  });

  it('applies the quick fix, and the diagnostics that follow the incremental change no longer name USTR', () => {
    assert.ok(run.action_titles?.includes('Disable acronym-undefined for this line'), run.action_titles?.join(' | '));
    assert.equal(run.after_quick_fix, MEMO_TEXT.replace('The USTR agrees', 'The Office of the United States Trade Representative (USTR) agrees'));
    const expected = findingsWithoutTermReference(run.after_quick_fix!);
    assert.deepEqual(run.diagnostics_after_quick_fix?.map(({ code, message }) => ({ code, message })).sort(byCodeAndMessage), expected.sort(byCodeAndMessage));
  });

  it('applies source.fixAll.policyLens: the core fix-all result, code block untouched', () => {
    assert.deepEqual(run.fix_all_kinds, ['source.fixAll.policyLens']);
    const expected = fixAll(run.after_quick_fix!, { index, config }).text;
    assert.notEqual(expected, run.after_quick_fix);
    assert.equal(run.after_fix_all, expected);
    assert.ok(run.after_fix_all?.includes('```\nTPA in code\n```'));
  });
});

/** What the core finds with term-reference off, as the README's init.lua sets it. */
function findingsWithoutTermReference(text: string): { code: string; message: string }[] {
  return lintText(text, { index, config }).map((finding) => ({ code: finding.ruleId, message: finding.message }));
}

function byCodeAndMessage(a: { code: string; message: string }, b: { code: string; message: string }): number {
  return a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
}
