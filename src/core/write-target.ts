/** What is at a path, as far as writing through it goes. */
export type PathKind = 'missing' | 'link' | 'other';

/**
 * The first symbolic link on the way from a workspace folder down to a file about to be written (the
 * file itself included), or undefined. Writing through a link to a file or a folder (`.vscode`) would
 * change something outside the workspace. Stops at the first missing part: nothing below it exists yet.
 */
export async function linkOnTheWay(folder: string, segments: readonly string[], join: (folder: string, name: string) => string, kindOf: (path: string) => Promise<PathKind>): Promise<string | undefined> {
  let path = folder;
  for (const segment of segments) {
    path = join(path, segment);
    const kind = await kindOf(path);
    if (kind === 'link') return path;
    if (kind === 'missing') return undefined;
  }
  return undefined;
}
