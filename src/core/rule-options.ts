import { getNodeValue, type Node } from 'jsonc-parser';
import { RE2JS } from 're2js';
import { memoizeByText } from './memo';

/**
 * The kinds of value a rule option takes:
 * - `integer`, `number`: with an optional minimum;
 * - `string`, `stringList`: non-empty strings;
 * - `patternList`: regular expressions written as strings (RE2 syntax), compiled case-insensitively, matched in linear time;
 * - `sectionTypes`: memo type → required sections, each a heading or a list of synonyms.
 */
export type OptionKind = 'integer' | 'number' | 'string' | 'stringList' | 'patternList' | 'sectionTypes';

/** The value an option of each kind takes once validated. */
export interface OptionValueOf {
  readonly integer: number;
  readonly number: number;
  readonly string: string;
  readonly stringList: readonly string[];
  readonly patternList: readonly string[];
  readonly sectionTypes: Readonly<Record<string, readonly (string | readonly string[])[]>>;
}

/** How one option of a rule is declared, for one kind. */
interface OptionSpecOf<K extends OptionKind> {
  readonly kind: K;
  /** The least value, for numbers. */
  readonly minimum?: number;
  /** One sentence for the docs, the schema and the README. */
  readonly description: string;
  /** The value when no configuration sets one; without it the rule sees `undefined`. */
  readonly default?: OptionValueOf[K];
  /** How the docs and the schema name a default too long to print (a bundled list). */
  readonly defaultLabel?: string;
  /** The workspace chooses what the option costs (patterns to run, phrases to look for): an untrusted workspace's value is ignored. */
  readonly ignoredWhenUntrusted?: true;
}

/** How one option of a rule is declared: its kind, its default, a minimum for numbers, and a line for docs and the schema. */
export type OptionSpec = { [K in OptionKind]: OptionSpecOf<K> }[OptionKind];

/** A rule's option declarations, by option name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The options a rule sees, typed from its declarations: an option with a default is always set. */
export type OptionValues<S extends OptionSpecs> = {
  readonly [N in keyof S]: S[N] extends { readonly default: unknown } ? OptionValueOf[S[N]['kind']] : OptionValueOf[S[N]['kind']] | undefined;
};

/** A rule's options, as the user wrote them in `[level, { ...options }]`. */
export type RuleOptions = Readonly<Record<string, unknown>>;

/** The options a rule sees: the declared defaults, overridden by the (validated) configured values. */
export function withDefaults(specs: OptionSpecs, configured: RuleOptions | undefined): RuleOptions {
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = configured?.[name] ?? spec.default;
    if (value !== undefined) options[name] = value;
  }
  return options;
}

/**
 * Checks the options object of a rule against its declarations; `at` reports a problem at a node's
 * offset. Returns the valid options only.
 */
export function validateRuleOptions(ruleId: string, node: Node, specs: OptionSpecs, at: (offset: number, message: string) => void): RuleOptions {
  const options: Record<string, unknown> = {};
  if (node.type !== 'object') {
    at(node.offset, `rule "${ruleId}" options must be an object, found ${node.type}`);
    return options;
  }
  const known = Object.keys(specs);
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = keyNode?.value as string;
    const spec = specs[key];
    if (!spec) {
      at(keyNode.offset, `rule "${ruleId}" has no option "${key}"; ${known.length === 0 ? 'it takes no options' : `expected ${known.join(', ')}`}`);
      continue;
    }
    if (!valueNode) continue;
    const problem = optionProblem(spec, valueNode);
    if (problem) at(problem.offset, `rule "${ruleId}" option "${key}" ${problem.message}`);
    else options[key] = getNodeValue(valueNode);
  }
  return options;
}

function optionProblem(spec: OptionSpec, node: Node): { offset: number; message: string } | undefined {
  const found = (n: Node) => (n.type === 'string' || n.type === 'number' || n.type === 'boolean' ? `${n.type} ${JSON.stringify(n.value)}` : n.type === 'null' ? 'null' : `an ${n.type}`);
  const problem = (n: Node, expected: string) => ({ offset: n.offset, message: `must be ${expected}, found ${found(n)}` });
  switch (spec.kind) {
    case 'integer':
    case 'number': {
      const minimum = spec.minimum === undefined ? '' : ` of at least ${spec.minimum}`;
      const expected = `${spec.kind === 'integer' ? 'a whole number' : 'a number'}${minimum}`;
      if (node.type !== 'number' || (spec.kind === 'integer' && !Number.isInteger(node.value)) || (spec.minimum !== undefined && node.value < spec.minimum)) return problem(node, expected);
      return undefined;
    }
    case 'string':
      return node.type === 'string' && node.value.trim() !== '' ? undefined : problem(node, 'a non-empty string');
    case 'stringList':
    case 'patternList': {
      if (node.type !== 'array') return problem(node, 'an array of strings');
      for (const item of node.children ?? []) {
        if (item.type !== 'string' || item.value.trim() === '') return problem(item, 'a non-empty string');
        if (spec.kind === 'patternList') {
          const error = patternError(item.value);
          if (error) return { offset: item.offset, message: `has an invalid regular expression ${JSON.stringify(item.value)}: ${error}` };
        }
      }
      return undefined;
    }
    case 'sectionTypes': {
      if (node.type !== 'object') return problem(node, 'an object of memo type → required sections');
      for (const type of node.children ?? []) {
        const sections = type.children?.[1];
        if (!sections || sections.type !== 'array' || (sections.children ?? []).length === 0) return problem(sections ?? type, 'a non-empty array of sections for each memo type');
        for (const section of sections.children ?? []) {
          const names = section.type === 'array' ? section.children ?? [] : [section];
          if (names.length === 0 || names.some((name) => name.type !== 'string' || name.value.trim() === '')) {
            return problem(section, 'a heading or an array of synonymous headings for each section');
          }
        }
      }
      return undefined;
    }
  }
}

/** Something a text can be tested against: a regular expression of ours, or a compiled user pattern. */
export interface TextPattern {
  test(text: string): boolean;
}

/**
 * User patterns run on RE2 (re2js), whose time is linear in the text whatever the pattern: with
 * JavaScript's backtracking engine, `(a+)+$` from a workspace's configuration froze the editor for
 * seconds on a short paragraph, doubling with each character. RE2 has no lookarounds or
 * backreferences; a pattern that uses them is refused with RE2's reason.
 */
const compileUserPattern = memoizeByText((pattern: string): TextPattern | string => {
  try {
    return RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    return (error as Error).message.replace(/^error parsing regexp: /, '').replace('`(?i)', '`');
  }
}, 1_000);

function patternError(pattern: string): string | undefined {
  const compiled = compileUserPattern(pattern);
  if (typeof compiled !== 'string') return undefined;
  return `${compiled} (patterns run on a linear-time engine with RE2 syntax: no lookarounds or backreferences)`;
}

/** Compiles user patterns (already validated), case-insensitive, for linear-time matching; an invalid one is skipped. */
export function compilePatterns(patterns: readonly string[]): TextPattern[] {
  return patterns.flatMap((pattern) => {
    const compiled = compileUserPattern(pattern);
    return typeof compiled === 'string' ? [] : [compiled];
  });
}
