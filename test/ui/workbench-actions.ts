// What a person does in the workbench, by mouse and keyboard, and what they see: each wait is for a DOM
// condition (with PATIENCE as a hang guard), never a fixed pause.
// Code that runs in the page is passed as a string: this project's TypeScript has no DOM library.
import type { Locator, Page } from 'playwright-core';
import { PATIENCE } from './workbench';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Opens a file by clicking its row in the Explorer; resolves once its editor shows `expectedText`. */
export async function openFromExplorer(page: Page, fileName: string, expectedText: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(fileName)}$`) }) });
  await row.first().click({ timeout: PATIENCE });
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: PATIENCE });
  await waitForEditorText(page, expectedText);
}

/** The text of the rendered lines of the text editors (only the lines in view are rendered). */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(`(${renderedEditorText})()`);
}

const renderedEditorText = `() => [...document.querySelectorAll('.editor-group-container .monaco-editor .view-lines')]
  .map((editor) => [...editor.querySelectorAll('.view-line')]
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
    .map((line) => line.textContent.replace(/\\u00a0/g, ' '))
    .join('\\n'))
  .join('\\n')`;

/** Waits until the editors show `text`; spacing is compared loosely, as a long line may be wrapped. */
export async function waitForEditorText(page: Page, text: string): Promise<void> {
  const loose = JSON.stringify(text.replace(/\s+/g, ' '));
  await page.waitForFunction(`(${renderedEditorText})().replace(/\\s+/g, ' ').includes(${loose})`, undefined, { timeout: PATIENCE });
}

/**
 * Where the `occurrence`-th (0-based) whole-word `word` is drawn in the active editor, in page pixels;
 * waits until the editor has drawn it.
 */
export async function wordBox(page: Page, word: string, occurrence = 0): Promise<Box> {
  const script = `(() => {
    const lines = [...document.querySelectorAll('.editor-group-container .monaco-editor .view-lines .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    const pattern = new RegExp('(?<![\\\\w-])' + ${JSON.stringify(escapeRegExp(word))} + '(?![\\\\w-])', 'g');
    let seen = 0;
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) { nodes.push([node, text.length]); text += node.data; }
      for (const match of text.matchAll(pattern)) {
        if (seen++ < ${occurrence}) continue;
        // A start lies in the last node starting at or before it; an end in the last node starting before it.
        const locate = (offset, isEnd) => { const [node, start] = nodes.filter(([, start]) => (isEnd ? start < offset : start <= offset)).pop(); return [node, offset - start]; };
        const range = document.createRange();
        range.setStart(...locate(match.index, false));
        range.setEnd(...locate(match.index + match[0].length, true));
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
    }
    return null;
  })()`;
  const handle = await page.waitForFunction(script, undefined, { timeout: PATIENCE });
  return (await handle.jsonValue()) as Box;
}

/** Moves the mouse onto the middle of a box in small steps, as a hand does. */
export async function hoverOver(page: Page, box: Box): Promise<void> {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
}

/**
 * Hovers over the box until `hover` shows, as a person who sees no hover moves the mouse away and back. The
 * editor asks for a hover once per mouse rest; an answer that came before the language server had the
 * document is empty and is not asked again.
 */
export async function hoverUntilShown(page: Page, box: Box, hover: Locator): Promise<void> {
  const deadline = Date.now() + PATIENCE;
  for (;;) {
    await hoverOver(page, box);
    try {
      await hover.waitFor({ timeout: Math.min(HOVER_RETRY, Math.max(1, deadline - Date.now())) });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  }
}

const HOVER_RETRY = 10_000;

/** Waits until the language server has linted the open memo: its squiggles are drawn in the editor. */
export async function waitForSquiggles(page: Page): Promise<void> {
  await page.locator('.editor-group-container .monaco-editor [class*="squiggly-"]').first().waitFor({ state: 'attached', timeout: PATIENCE });
}

export async function clickOn(page: Page, box: Box): Promise<void> {
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The visible editor hover. */
export function visibleHover(page: Page): Locator {
  return page.locator('.monaco-editor .monaco-hover:not(.hidden)');
}

/**
 * The rendered height of a hover, whether its content is taller than that (so it needs its scrollbar), and
 * whether every link with the given text (a recommendation's "Show") lies inside the visible hover.
 */
export async function hoverMeasurements(hover: Locator, lastLinkText = 'Show'): Promise<{ height: number; needsScrollbar: boolean; linksVisible: number; links: number }> {
  return hover.evaluate(
    new Function('hover', `
      const content = hover.querySelector('.monaco-hover-content') ?? hover;
      const scrollable = [content, ...content.querySelectorAll('*')].some((element) => element.scrollHeight > element.clientHeight + 1 && getComputedStyle(element).overflowY !== 'visible');
      const box = hover.getBoundingClientRect();
      const links = [...hover.querySelectorAll('a')].filter((link) => link.textContent.trim() === ${JSON.stringify(lastLinkText)});
      const linksVisible = links.filter((link) => { const r = link.getBoundingClientRect(); return r.top >= box.top && r.bottom <= box.bottom; }).length;
      return { height: Math.round(box.height), needsScrollbar: scrollable, linksVisible, links: links.length };
    `) as (hover: unknown) => { height: number; needsScrollbar: boolean; linksVisible: number; links: number },
  );
}

/**
 * The messages the Problems panel draws, each with how many of its first characters are in view: the panel
 * cuts a long message off at its right edge (the row, the list or the message itself, whichever is narrowest).
 */
export async function problemsInView(page: Page): Promise<{ message: string; charactersInView: number }[]> {
  return page.evaluate(`[...document.querySelectorAll('.markers-panel .monaco-list-row .marker-message')].map((element) => {
    const message = element.textContent;
    const ancestors = [element, element.parentElement, element.closest('.monaco-list-row'), element.closest('.monaco-list')].filter(Boolean);
    const right = Math.min(...ancestors.map((ancestor) => ancestor.getBoundingClientRect().right));
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let charactersInView = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let index = 0; index < node.data.length; index++) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        if (range.getBoundingClientRect().right > right + 0.5) return { message, charactersInView };
        charactersInView++;
      }
    }
    return { message, charactersInView };
  })`);
}

/** Runs a command from the command palette (F1) by its title, e.g. "Policy Lens: Search Recommendations". */
export async function runFromCommandPalette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: PATIENCE });
  await input.fill(`>${title}`);
  await quickInputRows(page).filter({ hasText: title }).first().waitFor({ timeout: PATIENCE });
  await page.keyboard.press('Enter');
}

/** The rows of the open QuickPick (the list is virtual: rows out of view are not drawn; see quickPickSize). */
export function quickInputRows(page: Page): Locator {
  return page.locator('.quick-input-widget:not([style*="display: none"]) .quick-input-list .monaco-list-row');
}

/** How many items the QuickPick holds (its rows' aria-setsize), 0 when it shows none. */
export async function quickPickSize(page: Page): Promise<number> {
  const rows = quickInputRows(page);
  if ((await rows.count()) === 0) return 0;
  return Number(await rows.first().getAttribute('aria-setsize'));
}

/** Resolves once the open QuickPick holds exactly these labels, in this order; rejects after PATIENCE. */
export async function untilQuickPickShows(page: Page, labels: readonly string[]): Promise<void> {
  const expected = JSON.stringify(labels);
  await page.waitForFunction(`(() => {
    const rows = [...document.querySelectorAll('.quick-input-widget:not([style*="display: none"]) .quick-input-list .monaco-list-row')];
    if (rows.length === 0 || rows[0].getAttribute('aria-setsize') !== String(${labels.length})) return false;
    return JSON.stringify(rows.map((row) => (row.querySelector('.label-name')?.innerText ?? '').trim())) === ${JSON.stringify(expected)};
  })()`, undefined, { timeout: PATIENCE });
}

/** The label of each QuickPick row drawn, top to bottom (a row's detail line has a label of its own). */
export async function quickPickLabels(page: Page): Promise<string[]> {
  const labels: string[] = [];
  for (const row of await quickInputRows(page).all()) labels.push((await row.locator('.label-name').first().innerText()).trim());
  return labels;
}

/**
 * Moves the focus of the open action menu (Ctrl+.) with the arrow keys to the item with this title and
 * presses Enter, as a keyboard user does; fails if the menu has no such item.
 */
export async function chooseAction(page: Page, title: string): Promise<void> {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.filter({ hasText: title }).first().waitFor({ timeout: PATIENCE });
  const count = await rows.count();
  for (let step = 0; step <= count; step++) {
    if ((await rows.filter({ hasText: title }).first().getAttribute('class'))?.split(' ').includes('focused')) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The arrow keys never reached "${title}" in the action menu.`);
}

/** The Explorer's section (pane) with this title, expanded. */
export async function explorerSection(page: Page, title: string): Promise<Locator> {
  const header = page.locator('.pane-header', { hasText: title });
  await header.waitFor({ timeout: PATIENCE });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  return page.locator('.pane').filter({ has: header });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
