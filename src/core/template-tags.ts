import { NEUTRAL } from './text-masks';

/**
 * The tags of the site generators policy pages are published with: Liquid (`{% include … %}`,
 * `{{ site.baseurl }}`) and Hugo shortcodes (`{{< legacy-img alt="…" >}}`, `{{% note %}}`). The site replaces
 * or drops them; CommonMark reads them as text, so their attributes (an image's alt text in quotes) were read
 * as prose. Each closer, and how far it may be from its opener.
 */
const TAGS: readonly { opener: string; closer: string; reach: number; multiline: boolean }[] = [
  { opener: '{{<', closer: '>}}', reach: 4000, multiline: true },
  { opener: '{{%', closer: '%}}', reach: 4000, multiline: true },
  { opener: '{%', closer: '%}', reach: 2000, multiline: false },
  { opener: '{{', closer: '}}', reach: 500, multiline: false },
];
const OPENER = /\{\{[<%]?|\{%/g;

/**
 * The text with each template tag filled with an invisible neutral character (line breaks kept), so offsets
 * hold, a tag inside a link's destination leaves it one word, and nothing in a tag is read as prose. Linear:
 * each closer is looked for again only once the openers have passed the last one found.
 */
export function neutralizeTemplateTags(text: string): string {
  if (!text.includes('{{') && !text.includes('{%')) return text;
  const nextCloser = new Map<string, number>();
  const closerFrom = (closer: string, from: number): number => {
    const known = nextCloser.get(closer);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = text.indexOf(closer, from);
    nextCloser.set(closer, found);
    return found;
  };
  const tags: { start: number; end: number }[] = [];
  let coveredUntil = 0;
  for (const match of text.matchAll(OPENER)) {
    const start = match.index ?? 0;
    if (start < coveredUntil) continue;
    const tag = TAGS.find((candidate) => candidate.opener === match[0]);
    if (!tag) continue;
    const close = closerFrom(tag.closer, start + tag.opener.length);
    if (close === -1 || close - start > tag.reach) continue;
    const end = close + tag.closer.length;
    if (!tag.multiline && text.slice(start, end).includes('\n')) continue;
    tags.push({ start, end });
    coveredUntil = end;
  }
  if (tags.length === 0) return text;
  let result = '';
  let from = 0;
  for (const { start, end } of tags) {
    result += text.slice(from, start) + text.slice(start, end).replace(/[^\n]/g, NEUTRAL);
    from = end;
  }
  return result + text.slice(from);
}
