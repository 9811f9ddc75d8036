import { splice } from 'micromark-util-chunked';
import { EditMap } from 'micromark-util-edit-map';

/**
 * micromark closes containers (list items, block quotes) by moving their exit events with an
 * `EditMap`, whose `consume` copies the whole event list of the document on every call: once per
 * line that closes a nested list, so 64 KB of "- - item" lines, or of any nested outline, took over
 * 40 s. This `consume` applies the same edits from the last to the first in place, which touches
 * only the events after each edit (near the end of the list when micromark closes containers): the
 * same events in the same order, in time that grows with the document, not its square.
 */
export function applyEditsInPlace(): void {
  const prototype = EditMap.prototype as unknown as { consume(events: unknown[]): void; map: [number, number, unknown[]][]; index: Map<number, unknown> };
  prototype.consume = function consume(this: typeof prototype, events: unknown[]): void {
    this.map.sort((a, b) => a[0] - b[0]);
    for (let index = this.map.length - 1; index >= 0; index--) {
      const [at, remove, add] = this.map[index];
      splice(events, at, remove, add);
    }
    this.map.length = 0;
    this.index.clear();
  };
}
