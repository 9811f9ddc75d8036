/** The candidate a mistyped word most likely meant: the same letters in another case, or one edit away. */
export function closestWord(written: string, candidates: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  return candidates.find((candidate) => withinOneEdit(candidate.toLowerCase(), lower));
}

/** One letter added, dropped or changed, or two neighbours swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (b.length > a.length) return a.slice(i) === b.slice(i + 1);
  return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}
