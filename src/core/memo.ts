/**
 * Remembers `compute` by its string argument, forgetting everything once `limit` entries are held.
 * The editor re-lints after each edit and prose repeats itself, so most calls are answered from memory.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const remembered = new Map<string, T>();
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
