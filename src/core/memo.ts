/** Every map memoizeByText made, so a benchmark can start each lint from cold (forgetEverythingRemembered). */
const memories: Map<string, unknown>[] = [];

/**
 * Remembers `compute` by its string argument, forgetting everything once `limit` entries are held.
 * The editor re-lints after each edit and prose repeats itself, so most calls are answered from memory.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const remembered = new Map<string, T>();
  memories.push(remembered);
  return (text) => {
    let value = remembered.get(text);
    if (value === undefined) {
      value = compute(text);
      if (remembered.size >= limit) remembered.clear();
      remembered.set(text, value);
    }
    return value;
  };
}

/**
 * Forgets what every memoizeByText remembers. For benchmarks: a second lint of the same text answers
 * its sentences from memory, so timing repetitions without this measures the editor's warm re-lint,
 * not a first lint (a CLI run, or a hostile file just opened).
 */
export function forgetEverythingRemembered(): void {
  for (const remembered of memories) remembered.clear();
}
