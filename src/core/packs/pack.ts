import type { RuleLevel } from '../config';
import type { Recommendation, Source, Term } from '../corpus';

/** A snippet in VS Code's format. */
export interface PackSnippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  scope?: string;
}

/** The contents of a `*.policypack.json` file. */
export interface Pack {
  name: string;
  version: string;
  description?: string;
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
