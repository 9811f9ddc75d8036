import type { RuleLevel } from '../config';
import type { Recommendation, Source, Term } from '../corpus';

/** A snippet in VS Code's format. */
export interface PackSnippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  scope?: string;
}

/**
 * A term as a team writes it in a pack: only `term` is required by the schema; a definition (or, for an
 * acronym, an expansion) is required by the checks that complete it, and everything else has a default.
 */
export type PackTermInput = Partial<Term> & Pick<Term, 'term'>;

/** The contents of a `*.policypack.json` file as written. */
export interface PackInput extends Omit<Pack, 'terms'> {
  terms?: PackTermInput[];
}

/** A pack with every term completed (ids, kinds, defaults, sources filled in): what the engine uses. */
export interface Pack {
  name: string;
  version: string;
  description?: string;
  /** When the team last checked its entries: the default `asOf` of its terms. */
  asOf?: string;
  /** The source that terms without `sources` cite: an id in this pack or the bundled corpus. */
  defaultSource?: string;
  terms?: Term[];
  recommendations?: Recommendation[];
  sources?: Source[];
  snippets?: Record<string, PackSnippet>;
  rules?: Record<string, RuleLevel>;
  allow?: string[];
}

/** A position in a pack file, 1-based, columns in UTF-16 code units. */
export interface PackLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A problem with a pack, at the place in the file it concerns. */
export interface PackProblem extends PackLocation {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** The other place a conflict concerns. */
  readonly related?: PackLocation & { readonly message: string };
}

/** A pack that parsed and validated, with where each of its entries sits in its file. */
export interface LoadedPack {
  readonly file: string;
  readonly pack: Pack;
  /** `term:<id>`, `recommendation:<id>`, `source:<id>`, `snippet:<name>` → where the entry starts. */
  readonly locations: ReadonlyMap<string, PackLocation>;
}
