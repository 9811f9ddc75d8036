import type { Corpus } from '../corpus';
import { REPOSITORY_MARKER } from '../config-lookup';
import type { FileHost } from '../file-host';
import type { Position } from '../positions';
import { describeSize, PACK_FILE_SUFFIX, PACK_LIMITS, PACK_NAME_PATTERN, PACK_SIZE_LIMIT } from './limits';
import type { LoadedPack, PackProblem } from './pack';
import { parsePack } from './parse-pack';

export type { HostRead } from '../file-host';

/** The file access pack loading needs: the same host as the configuration lookup. */
export type PackHost = FileHost;

/** A pack named by a configuration: the text as written, the folder it is relative to, and where it was named. */
export interface PackReference {
  readonly reference: string;
  readonly folder: string;
  /** The configuration file (or setting) that names the pack, and the position of the name in it. */
  readonly origin: { readonly file: string } & Position;
}

const NPM_NAME = new RegExp(PACK_NAME_PATTERN);

/** Whether a reference names an npm package (`team-pack`, `@office/pack`) rather than a file. */
function isPackageName(reference: string): boolean {
  return NPM_NAME.test(reference) && !reference.endsWith('.json');
}

/**
 * Finds the pack file a reference names: a path relative to the configuration's folder, or an npm
 * package installed in a `node_modules` at or above that folder, whose `package.json` names the pack
 * in `"policyLensPack"` or whose root holds exactly one `*.policypack.json`.
 */
export async function resolvePackReference(reference: PackReference, host: PackHost): Promise<{ path: string } | { message: string }> {
  if (!isPackageName(reference.reference)) {
    return { path: host.isAbsolute(reference.reference) ? reference.reference : host.join(reference.folder, reference.reference) };
  }
  for (let folder = reference.folder; ; folder = host.dirname(folder)) {
    const packageFolder = host.join(folder, `node_modules/${reference.reference}`);
    const manifest = await host.read(host.join(packageFolder, 'package.json'), 1024 * 1024);
    if ('text' in manifest) return packFileOfPackage(packageFolder, manifest.text, host);
    // As the configuration lookup: packages above the repository root are not the repository's.
    if (host.dirname(folder) === folder || (await host.exists(host.join(folder, REPOSITORY_MARKER)))) break;
  }
  return { message: `cannot find the npm package "${reference.reference}" in a node_modules folder at or above ${reference.folder} (up to the repository root); install it, or give a path ending in ${PACK_FILE_SUFFIX}` };
}

async function packFileOfPackage(folder: string, manifestText: string, host: PackHost): Promise<{ path: string } | { message: string }> {
  let declared: unknown;
  try {
    declared = (JSON.parse(manifestText) as { policyLensPack?: unknown }).policyLensPack;
  } catch {
    return { message: `${host.join(folder, 'package.json')} is not valid JSON` };
  }
  if (typeof declared === 'string') {
    // A package's pack lives in the package: "../" would let an installed package read any file.
    if (declared.split(/[\\/]/).includes('..') || host.isAbsolute(declared) || declared.startsWith('/')) {
      return { message: `the package at ${folder} names "${declared}" as its pack; "policyLensPack" must be a path inside the package` };
    }
    return { path: host.join(folder, declared) };
  }
  const candidates = ((await host.list(folder)) ?? []).filter((name) => name.endsWith(PACK_FILE_SUFFIX));
  if (candidates.length === 1) return { path: host.join(folder, candidates[0]) };
  return {
    message: candidates.length === 0
      ? `the package at ${folder} holds no ${PACK_FILE_SUFFIX} file; name one in its package.json as "policyLensPack"`
      : `the package at ${folder} holds several packs (${candidates.join(', ')}); name one in its package.json as "policyLensPack"`,
  };
}

/** What reading one pack gave; `unreadable` says why there was no text to check. */
export interface ReadPackResult {
  readonly loaded?: LoadedPack;
  readonly problems: PackProblem[];
  readonly unreadable?: string;
}

/** Reads and validates one pack file. */
export async function readPack(path: string, host: PackHost, bundled: Corpus): Promise<ReadPackResult> {
  const read = await host.read(path, PACK_LIMITS.fileBytes);
  const unreadable = 'missing' in read
    ? 'the file does not exist'
    : 'tooLarge' in read
      ? `the pack is ${describeSize(read.tooLarge)}; packs are limited to ${PACK_SIZE_LIMIT}`
      : 'error' in read
        ? `cannot read the pack: ${read.error}`
        : undefined;
  if (unreadable || !('text' in read)) return { problems: [{ file: path, line: 1, column: 1, severity: 'error', message: unreadable ?? 'cannot read the pack' }], unreadable };
  return parsePack(read.text, path, bundled);
}

/**
 * Resolves and reads the packs a configuration names, in order. A pack that cannot be found or is
 * invalid is reported and left out; the others still load. A pack named twice loads once, at its first place.
 */
export async function loadPacks(references: readonly PackReference[], host: PackHost, bundled: Corpus): Promise<{ packs: LoadedPack[]; problems: PackProblem[] }> {
  const packs: LoadedPack[] = [];
  const problems: PackProblem[] = [];
  const seen = new Set<string>();
  for (const [i, reference] of references.entries()) {
    const origin = { file: reference.origin.file, line: reference.origin.line, column: reference.origin.column, severity: 'error' as const };
    if (i >= PACK_LIMITS.packsPerConfig) {
      problems.push({ ...origin, message: `only ${PACK_LIMITS.packsPerConfig} packs are loaded; "${reference.reference}" and later ones are left out` });
      break;
    }
    const resolved = await resolvePackReference(reference, host);
    if ('message' in resolved) {
      problems.push({ ...origin, message: `pack "${reference.reference}": ${resolved.message}` });
      continue;
    }
    if (seen.has(resolved.path)) continue;
    seen.add(resolved.path);
    const { loaded, problems: packProblems, unreadable } = await readPack(resolved.path, host, bundled);
    if (unreadable) {
      // Nothing to point at inside the pack: say it where the pack is named.
      problems.push({ ...origin, message: `pack "${reference.reference}": ${unreadable} (${resolved.path})` });
      continue;
    }
    for (const problem of packProblems) problems.push(problem);
    const errors = packProblems.filter((problem) => problem.severity === 'error').length;
    if (loaded) packs.push(loaded);
    else problems.push({ ...origin, message: `pack "${reference.reference}" was not loaded because of ${errors} error(s) in it` });
  }
  return { packs, problems };
}
