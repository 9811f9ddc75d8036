/** The file name ending that marks a team pack. */
export const PACK_FILE_SUFFIX = '.policypack.json';

/**
 * What one pack may hold. A pack is data shared between people, so it is bounded: a bad or hostile
 * pack can make linting slower, never unbounded. The schema enforces the counts; loaders the size.
 */
export const PACK_LIMITS = {
  /** Bytes of the pack file. */
  fileBytes: 2 * 1024 * 1024,
  terms: 5000,
  recommendations: 2000,
  sources: 2000,
  snippets: 500,
  snippetLines: 500,
  snippetLineLength: 2000,
  allow: 2000,
  /** Packs one configuration may name. */
  packsPerConfig: 50,
  /** Levels of nested objects and lists; a pack needs five, and the JSON parser recurses. */
  nesting: 32,
} as const;

/** Pack names and npm package names: lowercase, optionally scoped (`@office/glossary`). */
export const PACK_NAME_PATTERN = '^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$';

/** "2,097,202 bytes", exact, so a file just over a limit does not read as equal to it. */
export function describeSize(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/** The size limit of a pack, in words. */
export const PACK_SIZE_LIMIT = `${describeSize(PACK_LIMITS.fileBytes)} (2 MB)`;

/** Semantic versioning 2.0.0, as published by semver.org. */
export const SEMVER_PATTERN =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$';
