import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import type { Corpus } from '../corpus';
import { LineIndex } from '../positions';
import { PACK_LIMITS } from './limits';
import type { LoadedPack, Pack, PackLocation, PackProblem } from './pack';
import { checkPackReferences } from './pack-references';
import validatePack from './validate-pack.generated.js';

/** What parsing a pack gave: the pack when it is valid, and every problem found either way. */
export interface ParsedPack {
  readonly loaded?: LoadedPack;
  readonly problems: PackProblem[];
}

/**
 * Parses and validates a team pack: strict JSON, the pack schema, unique ids, and references that
 * resolve within the pack or the bundled corpus. A pack with any error is not used at all, so a half-read
 * pack never changes results silently; its problems name the file, line and column.
 */
export function parsePack(text: string, file: string, bundled: Corpus): ParsedPack {
  const lines = new LineIndex(text);
  const problems: PackProblem[] = [];
  const at = (offset: number, message: string) => problems.push({ file, ...position(lines, offset), severity: 'error', message });
  if (text.length > PACK_LIMITS.fileBytes) {
    at(0, `the pack is ${formatBytes(text.length)}; packs are limited to ${formatBytes(PACK_LIMITS.fileBytes)}`);
    return { problems };
  }
  if (text.trim() === '') {
    at(0, 'the file is empty; expected a pack such as { "name": "my-team", "version": "1.0.0" }');
    return { problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: true });
  for (const error of errors) at(error.offset, `invalid JSON: ${printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`);
  if (errors.length > 0 || !root) return { problems };

  const data: unknown = getNodeValue(root);
  if (!validatePack(data)) {
    for (const error of relevantErrors(validatePack.errors ?? [])) {
      const path = pointerToPath(error.instancePath);
      const extra = error.params as { additionalProperty?: string; missingProperty?: string; allowedValues?: unknown[] };
      const node = (extra.additionalProperty && findNodeAtLocation(root, [...path, extra.additionalProperty])?.parent) || findNodeAtLocation(root, path) || root;
      at(node.offset, describeSchemaError(path, error.keyword, error.message ?? 'is invalid', extra));
    }
    return { problems };
  }
  const pack = data as Pack;
  for (const problem of checkPackReferences(pack, bundled)) {
    const node = findNodeAtLocation(root, problem.path) ?? root;
    at(node.offset, problem.message);
  }
  if (problems.length > 0) return { problems };
  return { loaded: { file, pack, locations: entryLocations(root, pack, file, lines) }, problems };
}

/** Where each term, recommendation, source and snippet starts, for conflict warnings and navigation. */
function entryLocations(root: Node, pack: Pack, file: string, lines: LineIndex): Map<string, PackLocation> {
  const locations = new Map<string, PackLocation>();
  const add = (key: string, path: JSONPath) => {
    const node = findNodeAtLocation(root, path);
    if (node) locations.set(key, { file, ...position(lines, node.offset) });
  };
  pack.terms?.forEach((term, i) => add(`term:${term.id}`, ['terms', i]));
  pack.recommendations?.forEach((recommendation, i) => add(`recommendation:${recommendation.id}`, ['recommendations', i]));
  pack.sources?.forEach((source, i) => add(`source:${source.id}`, ['sources', i]));
  for (const name of Object.keys(pack.snippets ?? {})) add(`snippet:${name}`, ['snippets', name]);
  return locations;
}

interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params: unknown;
}

/**
 * Ajv reports a failed `if`/`then` or `anyOf` both as the branch errors and as a summary; the
 * summary adds nothing when a more precise error exists at or below the same place.
 */
function relevantErrors(errors: readonly SchemaError[]): SchemaError[] {
  const summaries = new Set(['if', 'anyOf']);
  const precise = errors.filter((error) => !summaries.has(error.keyword));
  const kept = errors.filter((error) => !summaries.has(error.keyword) || !precise.some((other) => other.instancePath.startsWith(error.instancePath)));
  // anyOf over "string or list of strings" fails both branches: report the value's type once.
  const seen = new Set<string>();
  return kept.filter((error) => {
    const key = `${error.instancePath} ${error.keyword} ${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeSchemaError(path: JSONPath, keyword: string, message: string, params: { additionalProperty?: string; missingProperty?: string; allowedValues?: unknown[] }): string {
  const where = describePath(path);
  switch (keyword) {
    case 'additionalProperties':
      return `unknown field "${params.additionalProperty}" in ${where}`;
    case 'required':
      return `${where} is missing the required field "${params.missingProperty}"`;
    case 'enum':
      return `${where} must be one of ${(params.allowedValues ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'pattern':
      return `${where} must be ${expectedForm(path)}`;
    default:
      return `${where} ${message}`;
  }
}

/** What a field with a pattern holds, in words rather than the regular expression. */
function expectedForm(path: JSONPath): string {
  const field = [...path].reverse().find((part): part is string => typeof part === 'string') ?? '';
  switch (field) {
    case 'version':
      return 'a semantic version such as 1.0.0';
    case 'name':
      return 'lowercase like an npm package name, such as trade-office or @agency/glossary';
    case 'asOf':
    case 'statusSince':
    case 'date':
      return 'a date written YYYY, YYYY-MM or YYYY-MM-DD';
    case 'url':
      return 'an https:// address';
    case 'allow':
      return 'an acronym such as NATO';
    default:
      return 'a kebab-case id such as chips-act';
  }
}

/** "terms[3].kind", or "the pack" for the top level. */
export function describePath(path: JSONPath): string {
  if (path.length === 0) return 'the pack';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${i === 0 ? '' : '.'}${part}` : `[${JSON.stringify(part)}]`)).join('');
}

function pointerToPath(pointer: string): JSONPath {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

function position(lines: LineIndex, offset: number): { line: number; column: number } {
  const { line, column } = lines.positionAt(offset);
  return { line, column };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
