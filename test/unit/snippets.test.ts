import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';

const SNIPPETS_FILE = join(import.meta.dirname, '../../snippets/policy-memo.code-snippets');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

/** The variables VS Code resolves in snippets, with sample values for expanding bodies in tests. */
const VARIABLES: Record<string, string | undefined> = {
  TM_SELECTED_TEXT: undefined,
  TM_CURRENT_LINE: '',
  TM_CURRENT_WORD: '',
  TM_LINE_INDEX: '0',
  TM_LINE_NUMBER: '1',
  TM_FILENAME: 'memo.md',
  TM_FILENAME_BASE: 'memo',
  TM_DIRECTORY: '/memos',
  TM_FILEPATH: '/memos/memo.md',
  RELATIVE_FILEPATH: 'memo.md',
  CLIPBOARD: '',
  WORKSPACE_NAME: 'memos',
  WORKSPACE_FOLDER: '/memos',
  CURSOR_INDEX: '0',
  CURSOR_NUMBER: '1',
  CURRENT_YEAR: '2025',
  CURRENT_YEAR_SHORT: '25',
  CURRENT_MONTH: '03',
  CURRENT_MONTH_NAME: 'March',
  CURRENT_MONTH_NAME_SHORT: 'Mar',
  CURRENT_DATE: '07',
  CURRENT_DAY_NAME: 'Friday',
  CURRENT_DAY_NAME_SHORT: 'Fri',
  CURRENT_HOUR: '09',
  CURRENT_MINUTE: '30',
  CURRENT_SECOND: '00',
  CURRENT_SECONDS_UNIX: '1741339800',
  CURRENT_TIMEZONE_OFFSET: '+00:00',
  RANDOM: '123456',
  RANDOM_HEX: 'abcdef',
  UUID: '00000000-0000-4000-8000-000000000000',
  BLOCK_COMMENT_START: '<!--',
  BLOCK_COMMENT_END: '-->',
  LINE_COMMENT: '',
};

interface ParsedBody {
  /** The body as inserted with every default taken: placeholder text, first choice, sample variables. */
  text: string;
  /** Every tab stop, placeholder and choice index, in order of appearance (0 included). */
  tabstops: number[];
  /** Tab stop index → the default text of its first placeholder or choice. */
  defaults: Map<number, string>;
}

/**
 * A strict reader of VS Code's snippet syntax: tab stops `$1` `${1}`, placeholders `${1:text}`,
 * choices `${1|a,b|}` and variables `$NAME` `${NAME}` `${NAME:default}`. Throws on anything VS Code
 * would read differently from what was meant: an unclosed `${`, a stray `}`, an empty choice, an
 * unknown variable, or a `$` that starts nothing (write `\$` for a literal dollar).
 */
function parseSnippetBody(body: string): ParsedBody {
  const tabstops: number[] = [];
  const defaults = new Map<number, string>();
  let pos = 0;

  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${pos} in ${JSON.stringify(body)}`);
  };

  const record = (index: number, value: string | undefined) => {
    tabstops.push(index);
    if (value === undefined) return;
    const previous = defaults.get(index);
    if (previous !== undefined && previous !== value) fail(`tab stop ${index} has two defaults, "${previous}" and "${value}"`);
    defaults.set(index, value);
  };

  const readInt = (): number | undefined => {
    const match = /^\d+/.exec(body.slice(pos));
    if (!match) return undefined;
    pos += match[0].length;
    return Number(match[0]);
  };

  const readName = (): string | undefined => {
    const match = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(body.slice(pos));
    if (!match) return undefined;
    pos += match[0].length;
    if (!(match[0] in VARIABLES)) fail(`unknown variable $${match[0]}`);
    return match[0];
  };

  /** Reads text and elements until `}` (inside a placeholder) or the end (at the top). */
  const readAny = (nested: boolean): string => {
    let text = '';
    while (pos < body.length) {
      const char = body[pos];
      if (char === '\\' && '$}\\'.includes(body[pos + 1] ?? '')) {
        text += body[pos + 1];
        pos += 2;
      } else if (char === '}') {
        if (nested) return text;
        fail('unescaped "}" outside a placeholder');
      } else if (char === '$') {
        text += readDollar();
      } else {
        text += char;
        pos++;
      }
    }
    if (nested) fail('unclosed "${"');
    return text;
  };

  const readDollar = (): string => {
    pos++; // $
    if (body[pos] !== '{') {
      const index = readInt();
      if (index !== undefined) {
        record(index, undefined);
        return '';
      }
      const name = readName();
      if (name === undefined) fail('"$" starts no tab stop or variable; write "\\$" for a dollar sign');
      return VARIABLES[name!] ?? '';
    }
    pos++; // {
    const index = readInt();
    if (index !== undefined) {
      if (body[pos] === '}') {
        pos++;
        record(index, undefined);
        return '';
      }
      if (body[pos] === ':') {
        pos++;
        const value = readAny(true);
        pos++; // }
        record(index, value);
        return value;
      }
      if (body[pos] === '|') {
        pos++;
        const options = readChoice();
        record(index, options[0]);
        return options[0];
      }
      return fail(`tab stop ${index} is not closed by "}", ":" or "|"`);
    }
    const name = readName();
    if (name === undefined) fail('"${" is followed by neither a number nor a variable name');
    if (body[pos] === '}') {
      pos++;
      return VARIABLES[name!] ?? '';
    }
    if (body[pos] === ':') {
      pos++;
      const fallback = readAny(true);
      pos++; // }
      return VARIABLES[name!] ?? fallback;
    }
    return fail(`variable ${name} is not closed by "}" or ":"`);
  };

  const readChoice = (): string[] => {
    const options: string[] = [];
    let option = '';
    while (pos < body.length) {
      const char = body[pos];
      if (char === '\\' && ',|\\$}'.includes(body[pos + 1] ?? '')) {
        option += body[pos + 1];
        pos += 2;
      } else if (char === ',' || (char === '|' && body[pos + 1] === '}')) {
        if (option.trim() === '') fail('empty choice');
        options.push(option);
        option = '';
        pos += char === ',' ? 1 : 2;
        if (char === '|') return options;
      } else {
        option += char;
        pos++;
      }
    }
    return fail('unclosed choice "${n|...|}"');
  };

  const text = readAny(false);
  return { text, tabstops, defaults };
}

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(SNIPPETS_FILE, 'utf8'));
const bodyText = (snippet: Snippet) => (Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);
const prefixes = (snippet: Snippet) => (Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix]);

function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).find((snippet) => prefixes(snippet).includes(prefix));
  assert.ok(found, `no snippet with prefix "${prefix}"`);
  return found;
}

const headings = (text: string) => [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]);

describe('memo snippets', () => {
  it('is a JSON object of snippets, each with a prefix, a body of lines and a description', () => {
    assert.ok(Object.keys(snippets).length >= 7);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.deepEqual(Object.keys(snippet).sort(), ['body', 'description', 'prefix'], name);
      assert.ok(prefixes(snippet).length > 0 && prefixes(snippet).every((p) => /^[a-z][a-z0-9-]*$/.test(p)), `${name}: prefix`);
      assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0 && snippet.body.every((line) => typeof line === 'string'), `${name}: body`);
      assert.ok(typeof snippet.description === 'string' && snippet.description.length > 0 && snippet.description.length <= 100, `${name}: description`);
    }
  });

  it('has unique prefixes', () => {
    const all = Object.values(snippets).flatMap(prefixes);
    assert.deepEqual(all, [...new Set(all)]);
  });

  it('has well-formed tab stops, placeholders, choices and variables, and a tab stop to land on', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const parsed = parseSnippetBody(bodyText(snippet));
      // A final $0: where the cursor lands after the last field.
      assert.equal(parsed.tabstops.filter((index) => index === 0).length, 1, `${name}: needs exactly one $0`);
      // Tab stops count up from 1 without gaps, so Tab visits every field in order.
      const numbered = [...new Set(parsed.tabstops.filter((index) => index > 0))].sort((a, b) => a - b);
      assert.ok(numbered.length > 0, `${name}: no field to fill in`);
      assert.deepEqual(numbered, numbered.map((_, i) => i + 1), `${name}: tab stops ${numbered.join(', ')}`);
    }
  });

  it('rejects malformed snippet syntax', () => {
    for (const bad of ['${1:open', '${1|a,,b|}', '${1||}', 'cost: $ 5', 'a $', 'a } b', '${FOO}', '${1|a,b}', '${1 x}']) {
      assert.throws(() => parseSnippetBody(bad), Error, bad);
    }
    assert.deepEqual(parseSnippetBody('\\$5 ${1|a\\,b,c|} ${2:x ${3:y}} $CURRENT_YEAR$0').text, '$5 a,b x y 2025');
  });

  it('writes the decision memo with front matter first, the header lines and the sections in order', () => {
    const snippet = byPrefix('memo-decision');
    assert.deepEqual(snippet.body.slice(0, 3), ['---', 'type: decision-memo', '---']);
    const { text, defaults } = parseSnippetBody(bodyText(snippet));
    const labels = [...text.matchAll(/^\*\*(To|From|Date|Subject):\*\* /gm)].map((match) => match[1]);
    assert.deepEqual(labels, ['To', 'From', 'Date', 'Subject']);
    assert.match(text, /^\*\*Date:\*\* 2025-03-07\\$/m);
    assert.deepEqual(headings(text), ['The issue', 'Background', 'Options', 'Recommendations', 'Conclusion']);
    const options = text.slice(text.indexOf('## Options'), text.indexOf('## Recommendations'));
    assert.equal([...options.matchAll(/^\d\. \*\*/gm)].length, 3);
    assert.equal([...options.matchAll(/^ {3}- Pros: /gm)].length, 3);
    assert.equal([...options.matchAll(/^ {3}- Cons: /gm)].length, 3);
    assert.ok([...defaults.values()].includes('The administration'));
  });

  it('writes the issue brief with its sections in order', () => {
    const { text } = parseSnippetBody(bodyText(byPrefix('memo-brief')));
    assert.match(text, /^# Title$/m);
    assert.deepEqual(headings(text), ['Summary', 'Background', 'Analysis', 'Recommendations', 'Sources']);
  });

  it('names an actor, an action and a deadline in a recommendation', () => {
    const body = bodyText(byPrefix('rec'));
    assert.match(body, /^- .*\$\{1\|The administration,Congress,USTR,The Department of Commerce,[^|]*\|\}/);
    assert.equal(parseSnippetBody(body).text, '- **The administration** should take this action by date.');
  });

  it('writes a footnote reference and its definition with one mirrored number', () => {
    const { text, defaults } = parseSnippetBody(bodyText(byPrefix('cite')));
    assert.equal(text, '[^1]\n\n[^1]: Author, *Title* (Organisation, date), section.');
    assert.equal(defaults.get(1), '1');
  });

  it('defines an acronym as "Full Name (ACR)"', () => {
    assert.equal(parseSnippetBody(bodyText(byPrefix('acr'))).text, 'Full Name (ACR)');
  });

  it('has an options table and a bottom line up front', () => {
    const table = parseSnippetBody(bodyText(byPrefix('options-table'))).text.split('\n');
    assert.equal(table[0], '| Option | Benefits | Costs | Risks |');
    assert.equal(table[1], '| --- | --- | --- | --- |');
    assert.ok(table.slice(2).filter((row) => row.startsWith('|')).every((row) => row.split('|').length === 6));
    assert.match(parseSnippetBody(bodyText(byPrefix('bluf'))).text, /^\*\*Bottom line up front:\*\* /);
  });

  it('expands to Markdown that Policy Lens reports no warnings on', () => {
    const config = resolveConfig(DEFAULT_SEVERITIES, {});
    for (const [name, snippet] of Object.entries(snippets)) {
      const { text } = parseSnippetBody(bodyText(snippet));
      const findings = lintText(text, { index: getBundledIndex(), config }).filter((f) => f.severity !== 'info');
      assert.deepEqual(findings.map((f) => `${f.ruleId}: ${f.message}`), [], name);
    }
  });
});
