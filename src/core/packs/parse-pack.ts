import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import type { Corpus } from '../corpus';
import { LineIndex } from '../positions';
import { excessiveNesting } from '../json-nesting';
import { describeSize, PACK_LIMITS, PACK_SIZE_LIMIT } from './limits';
import type { LoadedPack, Pack, PackInput, PackLocation, PackProblem } from './pack';
import { completePackTerms } from './pack-terms';
import { checkPackReferences } from './pack-references';
import { closestWord } from '../near-miss';
import validatePack from './validate-pack.generated.js';

/** What parsing a pack gave: the pack when it is valid, and every problem found either way. */
export interface ParsedPack {
  readonly loaded?: LoadedPack;
  readonly problems: PackProblem[];
}

/**
 * Parses and validates a team pack: strict JSON, the pack schema, unique ids, and references that
 * resolve within the pack or the bundled corpus. A pack with any error is not used at all, so a half-read
 * pack never changes results silently; its problems (and warnings, which do not stop it loading) name
 * the file, line and column, in order.
 */
export function parsePack(text: string, file: string, bundled: Corpus): ParsedPack {
  const lines = new LineIndex(text);
  const problems: PackProblem[] = [];
  const at = (offset: number, message: string, severity: PackProblem['severity'] = 'error') => problems.push({ file, ...lines.positionAt(offset), severity, message });
  const result = () => ({ problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) });
  // Characters first: no UTF-8 encoding needs fewer bytes than UTF-16 code units.
  const bytes = text.length > PACK_LIMITS.fileBytes / 3 ? new TextEncoder().encode(text).length : text.length;
  if (bytes > PACK_LIMITS.fileBytes) {
    at(0, `the pack is ${describeSize(bytes)}; packs are limited to ${PACK_SIZE_LIMIT}`);
    return result();
  }
  if (text.trim() === '') {
    at(0, 'the file is empty; expected a pack such as { "name": "my-team", "version": "1.0.0" }');
    return result();
  }
  const tooDeep = excessiveNesting(text, PACK_LIMITS.nesting);
  if (tooDeep !== undefined) {
    at(tooDeep, `objects and lists are nested more than ${PACK_LIMITS.nesting} levels deep; a pack needs no more than five`);
    return result();
  }
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: true });
  for (const error of errors) at(error.offset, `invalid JSON: ${describeJsonError(text, error)}`);
  if (errors.length > 0 || !root) return result();
  for (const duplicate of duplicateKeys(root)) at(duplicate.offset, `the key "${duplicate.value}" appears twice in the same object; JSON keeps only the last one`);

  const data: unknown = getNodeValue(root);
  if (!validatePack(data)) {
    for (const error of relevantErrors(validatePack.errors ?? [])) {
      const path = pointerToPath(error.instancePath);
      const extra = error.params as SchemaErrorParams;
      const node = (extra.additionalProperty && findNodeAtLocation(root, [...path, extra.additionalProperty])?.parent) || findNodeAtLocation(root, path) || root;
      at(node.offset, describeSchemaError(path, error.keyword, error.message ?? 'is invalid', extra));
    }
    return result();
  }
  const { pack, problems: termProblems } = completePackTerms(data as PackInput);
  for (const problem of [...termProblems, ...checkPackReferences(pack, bundled)]) {
    at(nearestNode(root, problem.path).offset, `${describePath(problem.path)} ${problem.message}`, problem.severity);
  }
  if (problems.some((problem) => problem.severity === 'error')) return result();
  return { loaded: { file, pack, locations: entryLocations(root, pack, file, lines) }, ...result() };
}

/** The node at a path, or at the closest enclosing path that exists (an id the team left out and the pack infers). */
function nearestNode(root: Node, path: JSONPath): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node;
  }
  return root;
}

/** Keys that appear twice in one object, which JSON.parse would silently collapse. */
function duplicateKeys(root: Node): Node[] {
  const duplicates: Node[] = [];
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (key && seen.has(key.value as string)) duplicates.push(key);
        if (key) seen.add(key.value as string);
      }
    }
    for (const child of node.children ?? []) pending.push(child);
  }
  return duplicates;
}

/** A JSON syntax error in words, saying so when the cause is a comment or a trailing comma (packs are plain JSON). */
function describeJsonError(text: string, error: ParseError): string {
  const code = printParseErrorCode(error.error);
  if (code === 'InvalidCommentToken') return 'comments are not allowed: a pack is plain JSON';
  const before = text.slice(0, error.offset).trimEnd();
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before.endsWith(',') && /^\s*[}\]]/.test(text.slice(error.offset))) {
    return 'trailing comma: a pack is plain JSON, so remove the comma before the closing bracket';
  }
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Where each term, recommendation, source and snippet starts, for conflict warnings and navigation. */
function entryLocations(root: Node, pack: Pack, file: string, lines: LineIndex): Map<string, PackLocation> {
  const locations = new Map<string, PackLocation>();
  const add = (key: string, path: JSONPath) => {
    const node = findNodeAtLocation(root, path);
    if (node) locations.set(key, { file, ...lines.positionAt(node.offset) });
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

interface SchemaErrorParams {
  additionalProperty?: string;
  missingProperty?: string;
  allowedValues?: unknown[];
  type?: string | string[];
}

/**
 * Ajv reports a failed `if`/`then` or `anyOf` both as the branch errors and as a summary; the
 * summary adds nothing when a more precise error exists at or below the same place.
 */
function relevantErrors(errors: readonly SchemaError[]): SchemaError[] {
  const summaries = new Set(['if', 'anyOf']);
  const precise = errors.filter((error) => !summaries.has(error.keyword));
  const below = (error: SchemaError, other: SchemaError) => other !== error && (other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`));
  const kept = errors.filter((error) => {
    if (summaries.has(error.keyword)) return !precise.some((other) => below(error, other));
    // "String or list" fails both branches: when the value has the right type for one branch, only that branch's complaint matters.
    if (error.keyword === 'type') return !precise.some((other) => other.keyword !== 'type' && below(error, other));
    return true;
  });
  // A value of neither type fails once per branch: one message naming both types.
  const types = new Map<string, string[]>();
  for (const error of kept) if (error.keyword === 'type') types.set(error.instancePath, [...(types.get(error.instancePath) ?? []), ...[(error.params as SchemaErrorParams).type ?? []].flat()]);
  const seen = new Set<string>();
  return kept.flatMap((error) => {
    if (error.keyword !== 'type') return [error];
    if (seen.has(error.instancePath)) return [];
    seen.add(error.instancePath);
    return [{ ...error, params: { type: types.get(error.instancePath) } }];
  });
}

const TYPE_NAMES: Record<string, string> = { string: 'text', array: 'a list', object: 'an object', integer: 'a whole number', number: 'a number', boolean: 'true or false' };

function describeSchemaError(path: JSONPath, keyword: string, message: string, params: SchemaErrorParams): string {
  const where = describePath(path);
  switch (keyword) {
    case 'type':
      return `${where} must be ${[params.type ?? []].flat().map((type) => TYPE_NAMES[type] ?? type).join(' or ')}`;
    case 'additionalProperties': {
      const near = closestWord(params.additionalProperty ?? '', Object.keys(FIELD_EXAMPLES));
      return `unknown field "${params.additionalProperty}" in ${where}${near ? `; did you mean "${near}"? For example ${FIELD_EXAMPLES[near]}` : ''}`;
    }
    case 'required': {
      const field = params.missingProperty ?? '';
      return `${where} is missing the required field "${field}"${FIELD_EXAMPLES[field] ? `; for example ${FIELD_EXAMPLES[field]}` : ''}`;
    }
    case 'enum':
      return `${where} must be one of ${(params.allowedValues ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'pattern':
      return `${where} must be ${expectedForm(path)}`;
    default:
      return `${where} ${message}`;
  }
}

/** One line a writer can copy for each field a pack may need to add. */
const FIELD_EXAMPLES: Record<string, string> = {
  name: '"name": "trade-office"',
  version: '"version": "1.0.0"',
  term: '"term": "TPA"',
  expansion: '"expansion": "Trade Promotion Authority"',
  definition: '"definition": "What the term means, in one or two plain sentences."',
  kind: '"kind": "acronym"',
  id: '"id": "trade-promotion-authority"',
  aliases: '"aliases": ["fast track"]',
  category: '"category": "trade"',
  status: '"status": "current"',
  asOf: '"asOf": "2026-12"',
  sources: '"sources": [{ "id": "house-glossary" }]',
  defaultSource: '"defaultSource": "house-glossary"',
  successor: '"successor": "data-privacy-framework"',
  statusNote: '"statusNote": "Replaced by the Data Privacy Framework in July 2023."',
  title: '"title": "Renew trade promotion authority"',
  organisation: '"organisation": "Trade Office"',
  date: '"date": "2026-11"',
  url: '"url": "https://example.org/paper"',
  summary: '"summary": "What the paper recommends, in your own words."',
  actor: '"actor": "Congress"',
  sectors: '"sectors": ["trade"]',
  terms: '"terms": ["tpa"]',
  source: '"source": { "id": "house-glossary", "section": "2" }',
  year: '"year": 2026',
  prefix: '"prefix": "memo"',
  body: '"body": ["# ${1:Title}", "", "$0"]',
};

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
      return 'one word, such as NATO';
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

