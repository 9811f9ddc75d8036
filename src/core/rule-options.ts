import { getNodeValue, type Node } from 'jsonc-parser';

/**
 * The kinds of value a rule option takes:
 * - `integer`, `number`: with an optional minimum;
 * - `string`, `stringList`: non-empty strings;
 * - `patternList`: regular expressions written as strings, compiled case-insensitively;
 * - `sectionTypes`: memo type → required sections, each a heading or a list of synonyms.
 */
export type OptionKind = 'integer' | 'number' | 'string' | 'stringList' | 'patternList' | 'sectionTypes';

/** How one option of a rule is declared: its kind, a minimum for numbers, and a line for docs and the schema. */
export interface OptionSpec {
  readonly kind: OptionKind;
  readonly minimum?: number;
  readonly description: string;
}

/** A rule's options, as the user wrote them in `[level, { ...options }]`. */
export type RuleOptions = Readonly<Record<string, unknown>>;

/**
 * Checks the options object of a rule against its declarations; `at` reports a problem at a node's
 * offset. Returns the valid options only.
 */
export function validateRuleOptions(ruleId: string, node: Node, specs: Readonly<Record<string, OptionSpec>>, at: (offset: number, message: string) => void): RuleOptions {
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

function patternError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'iu');
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

/** Compiles user patterns (already validated), case-insensitive; an invalid one is skipped. */
export function compilePatterns(patterns: readonly string[]): RegExp[] {
  return patterns.flatMap((pattern) => (patternError(pattern) === undefined ? [new RegExp(pattern, 'iu')] : []));
}

/** The options configured for a rule ({} when none are). */
export function optionsFor(config: { readonly options: ReadonlyMap<string, RuleOptions> }, ruleId: string): RuleOptions {
  return config.options.get(ruleId) ?? {};
}
