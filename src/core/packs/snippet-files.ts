import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../positions';
import type { Pack, PackSnippet } from './pack';

/** Snippets read from a `.code-snippets` file, and what could not be taken over. */
export interface ImportedSnippets {
  readonly snippets: Record<string, PackSnippet>;
  readonly skipped: string[];
}

/**
 * The Markdown snippets of a VS Code `.code-snippets` file (JSON with comments): entries without a
 * scope or whose scope includes markdown. Entries of other languages are named in `skipped`.
 */
export function snippetsFromCodeSnippets(text: string, file: string): ImportedSnippets {
  const errors: ParseError[] = [];
  const data = parse(text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0) {
    const { line, column } = new LineIndex(text).positionAt(errors[0].offset);
    throw new Error(`${file}:${line}:${column} invalid JSON: ${printParseErrorCode(errors[0].error)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}:1:1 expected an object of snippets`);
  const snippets: Record<string, PackSnippet> = {};
  const skipped: string[] = [];
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    const snippet = value as Partial<PackSnippet> | null;
    const usable = snippet && isTextOrLines(snippet.prefix) && isTextOrLines(snippet.body);
    const forMarkdown = isMarkdownScope(snippet?.scope);
    if (!usable || !forMarkdown) {
      skipped.push(name);
      continue;
    }
    snippets[name] = { prefix: snippet.prefix!, body: snippet.body!, ...(typeof snippet.description === 'string' ? { description: snippet.description } : {}) };
  }
  return { snippets, skipped };
}

/** A `.code-snippets` file holding a pack's snippets, scoped to Markdown. */
export function codeSnippetsFromPack(pack: Pack): string {
  // The scope comes last: a pack's own "scope" must not add snippets to other languages.
  const entries = Object.entries(pack.snippets ?? {}).map(([name, snippet]) => [name, { ...snippet, scope: 'markdown' }]);
  return `// Snippets of the team pack "${pack.name}" ${pack.version}, imported by Policy Lens.\n${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

/** Whether a snippet's `scope` (comma-separated languages; none means all) includes Markdown. */
export function isMarkdownScope(scope: string | undefined): boolean {
  return !scope || scope.split(',').some((language) => language.trim() === 'markdown');
}

function isTextOrLines(value: unknown): value is string | string[] {
  return typeof value === 'string' || (Array.isArray(value) && value.every((line) => typeof line === 'string'));
}
