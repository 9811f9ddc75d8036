import { WELL_KNOWN_ACRONYMS } from './acronym-context';
import { parseTree, printParseErrorCode, findNodeAtLocation, type Node, type ParseError } from 'jsonc-parser';
import { excessiveNesting } from './json-nesting';
import { LineIndex, type Position } from './positions';
import type { Severity } from './findings';
import { validateRuleOptions, type OptionSpec, type RuleOptions } from './rule-options';
import { PRESETS, RULE_OPTION_SPECS } from './rules/index';

/** A rule's configured level; `off` disables it. */
export type RuleLevel = Severity | 'off';

/** A rule's setting: a level, or ESLint style `[level, { ...options }]`. */
export type RuleSetting = RuleLevel | readonly [RuleLevel, RuleOptions?];

/** The contents of a `.policylens.json` file. */
export interface PolicyLensConfig {
  /** Presets whose levels replace the defaults (`"extends": "policy-lens:review"`); explicit rule levels still win. */
  extends?: string[];
  /** Rule id → level, or `[level, options]`. */
  rules?: Record<string, RuleSetting>;
  /** Acronyms that never need a definition, added to the defaults. */
  allow?: string[];
  /** Team packs: paths relative to the config file, or npm package names. */
  packs?: string[];
}

/** A problem in a configuration file, located by 1-based line and column. */
export interface ConfigProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A parsed configuration, its problems, and where each pack is named (for messages about the pack). */
export interface ParsedConfig {
  config: PolicyLensConfig;
  problems: ConfigProblem[];
  packPositions?: Position[];
}

/** Acronyms every reader knows (`rules/data/acronym-words.json`); writers may use them without a definition. */
export const DEFAULT_ALLOWED_ACRONYMS: readonly string[] = WELL_KNOWN_ACRONYMS;

const RULE_LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];
const KNOWN_KEYS = ['$schema', 'extends', 'rules', 'allow', 'packs'];
/** A configuration needs three levels; the JSON parser recurses, so deeper input is refused first. */
const MAX_CONFIG_NESTING = 32;

/** The name of the configuration file looked up from each linted file's folder upwards. */
export const CONFIG_FILE_NAME = '.policylens.json';

/** Parses a `.policylens.json` text (comments and trailing commas allowed) and checks its shape. */
export function parseConfig(
  text: string,
  file: string,
  knownRules: readonly string[],
  optionSpecs: ReadonlyMap<string, Readonly<Record<string, OptionSpec>>> = RULE_OPTION_SPECS,
): ParsedConfig {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const at = (offset: number, message: string) => {
    const position = lines.positionAt(offset);
    problems.push({ file, line: position.line, column: position.column, message });
  };
  if (text.trim() === '') {
    at(0, 'the file is empty; expected an object such as { "rules": {} }');
    return { config: {}, problems };
  }
  const tooDeep = excessiveNesting(text, MAX_CONFIG_NESTING);
  if (tooDeep !== undefined) {
    at(tooDeep, `objects and lists are nested more than ${MAX_CONFIG_NESTING} levels deep`);
    return { config: {}, problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) at(error.offset, `invalid JSON: ${describeParseError(printParseErrorCode(error.error))}`);
  if (errors.length > 0 || !root) return { config: {}, problems };
  if (root.type !== 'object') {
    at(root.offset, `expected an object at the top level, found ${describeNode(root)}`);
    return { config: {}, problems };
  }
  const config: PolicyLensConfig = {};
  for (const property of root.children ?? []) {
    const key = property.children?.[0]?.value as string;
    if (!KNOWN_KEYS.includes(key)) at(property.offset, `unknown setting "${key}"; expected one of ${KNOWN_KEYS.slice(1).join(', ')}`);
  }
  const presets = presetNames(root, at);
  if (presets && presets.length > 0) config.extends = presets;
  const rules = findNodeAtLocation(root, ['rules']);
  if (rules) {
    if (rules.type !== 'object') {
      at(rules.offset, `"rules" must be an object of rule id → level, found ${describeNode(rules)}`);
    } else {
      config.rules = {};
      for (const property of rules.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        const ruleId = keyNode?.value as string;
        if (!knownRules.includes(ruleId)) {
          at(keyNode.offset, `unknown rule "${ruleId}"${suggest(ruleId, knownRules)}`);
          continue;
        }
        const setting = valueNode?.type === 'array' ? ruleTuple(ruleId, valueNode, optionSpecs.get(ruleId) ?? {}, at) : ruleLevel(ruleId, valueNode, keyNode, at);
        if (setting !== undefined) config.rules[ruleId] = setting;
      }
    }
  }
  config.allow = stringList(root, 'allow', at)?.map(({ value }) => value);
  const packs = stringList(root, 'packs', at);
  config.packs = packs?.map(({ value }) => value);
  if (config.allow === undefined) delete config.allow;
  if (config.packs === undefined) delete config.packs;
  return { config, problems, ...(packs ? { packPositions: packs.map(({ offset }) => lines.positionAt(offset)) } : {}) };
}

/** `"extends"`: one preset name or a list of them, each a preset Policy Lens ships. */
function presetNames(root: Node, at: (offset: number, message: string) => void): string[] | undefined {
  const node = findNodeAtLocation(root, ['extends']);
  if (!node) return undefined;
  const expected = `expected ${[...PRESETS.keys()].map((name) => JSON.stringify(name)).join(' or ')}`;
  const items = node.type === 'array' ? node.children ?? [] : [node];
  const names: string[] = [];
  for (const item of items) {
    if (item.type !== 'string') at(item.offset, `"extends" takes preset names, found ${describeNode(item)}; ${expected}`);
    else if (!PRESETS.has(item.value)) at(item.offset, `unknown preset ${JSON.stringify(item.value)} in "extends"; ${expected}`);
    else if (!names.includes(item.value)) names.push(item.value);
  }
  return names;
}

function ruleLevel(ruleId: string, valueNode: Node | undefined, keyNode: Node, at: (offset: number, message: string) => void): RuleLevel | undefined {
  if (valueNode && RULE_LEVELS.includes(valueNode.value)) return valueNode.value as RuleLevel;
  at(valueNode?.offset ?? keyNode.offset, `rule "${ruleId}" has level ${valueNode ? JSON.stringify(valueNode.value) : 'nothing'}; expected one of ${RULE_LEVELS.join(', ')}, or [level, { options }]`);
  return undefined;
}

function ruleTuple(ruleId: string, node: Node, specs: Readonly<Record<string, OptionSpec>>, at: (offset: number, message: string) => void): RuleSetting | undefined {
  const [levelNode, optionsNode, ...extra] = node.children ?? [];
  if (!levelNode || extra.length > 0) {
    at(node.offset, `rule "${ruleId}" must be [level] or [level, { options }], found an array of ${node.children?.length ?? 0}`);
    return undefined;
  }
  const level = ruleLevel(ruleId, levelNode, levelNode, at);
  if (level === undefined) return undefined;
  return optionsNode ? [level, validateRuleOptions(ruleId, optionsNode, specs, at)] : [level];
}

function stringList(root: Node, key: string, at: (offset: number, message: string) => void): { value: string; offset: number }[] | undefined {

  const node = findNodeAtLocation(root, [key]);
  if (!node) return undefined;
  if (node.type !== 'array') {
    at(node.offset, `"${key}" must be an array of strings, found ${describeNode(node)}`);
    return undefined;
  }
  const values: { value: string; offset: number }[] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string' && item.value.trim() !== '') values.push({ value: item.value.trim(), offset: item.offset });
    else at(item.offset, `"${key}" entries must be non-empty strings, found ${describeNode(item)}`);
  }
  return values;
}

function describeNode(node: Node): string {
  if (node.type === 'null') return 'null';
  return node.type === 'string' || node.type === 'number' || node.type === 'boolean'
    ? `${node.type} ${JSON.stringify(node.value)}`
    : `an ${node.type}`;
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function suggest(name: string, known: readonly string[]): string {
  const close = known.find((candidate) => candidate.includes(name) || name.includes(candidate));
  return close ? `; did you mean "${close}"?` : `; known rules: ${known.join(', ')}`;
}

/**
 * A workspace's configuration as Restricted Mode applies it: without the options whose cost the
 * workspace chooses (`ignoredWhenUntrusted`: patterns to run, phrase lists), which an untrusted
 * repository could make as slow as it likes. Levels, the allow-list and other options stay.
 * `ignored` names each option left out, as `rule.option`.
 */
export function untrustedLayer(
  layer: PolicyLensConfig,
  optionSpecs: ReadonlyMap<string, Readonly<Record<string, OptionSpec>>> = RULE_OPTION_SPECS,
): { layer: PolicyLensConfig; ignored: string[] } {
  const ignored: string[] = [];
  const rules: Record<string, RuleSetting> = {};
  for (const [ruleId, setting] of Object.entries(layer.rules ?? {})) {
    if (typeof setting === 'string' || !setting[1]) {
      rules[ruleId] = setting;
      continue;
    }
    const specs = optionSpecs.get(ruleId) ?? {};
    const kept = Object.fromEntries(Object.entries(setting[1]).filter(([option]) => {
      if (!specs[option]?.ignoredWhenUntrusted) return true;
      ignored.push(`${ruleId}.${option}`);
      return false;
    }));
    rules[ruleId] = [setting[0], kept];
  }
  return { layer: layer.rules ? { ...layer, rules } : layer, ignored };
}

/** What Restricted Mode ignored, in one sentence for the editor to show once. */
export function untrustedNotice(file: string, ignored: readonly string[]): string {
  return `Restricted Mode: ${file} sets ${ignored.join(', ')}, which ${ignored.length === 1 ? 'is' : 'are'} ignored until you trust this workspace (patterns and phrase lists from a workspace could make linting as slow as they like).`;
}

/** Configuration after defaults and every layer (bundled, packs, workspace) are merged. */
export interface ResolvedConfig {
  readonly levels: ReadonlyMap<string, RuleLevel>;
  readonly allow: ReadonlySet<string>;
  /** Rule id → its options, merged key by key over the layers; absent when no layer sets any. */
  readonly options: ReadonlyMap<string, RuleOptions>;
}

/**
 * Merges configuration layers in order; later layers override rule levels and options and add to the allow-list.
 * A preset any layer extends replaces the defaults it names before any layer applies, so an explicit rule level
 * in any layer (settings, pack or `.policylens.json`) wins over the preset.
 */
export function resolveConfig(defaults: ReadonlyMap<string, RuleLevel>, ...layers: readonly PolicyLensConfig[]): ResolvedConfig {
  const levels = new Map<string, RuleLevel>(defaults);
  for (const preset of new Set(layers.flatMap((layer) => layer.extends ?? []))) {
    for (const [ruleId, level] of PRESETS.get(preset) ?? []) levels.set(ruleId, level);
  }
  const allow = new Set<string>(DEFAULT_ALLOWED_ACRONYMS);
  const options = new Map<string, RuleOptions>();
  for (const layer of layers) {
    for (const [ruleId, setting] of Object.entries(layer.rules ?? {})) {
      if (typeof setting === 'string') {
        levels.set(ruleId, setting);
        continue;
      }
      levels.set(ruleId, setting[0]);
      if (setting[1]) options.set(ruleId, { ...options.get(ruleId), ...setting[1] });
    }
    for (const acronym of layer.allow ?? []) allow.add(acronym);
  }
  return { levels, allow, options };
}
