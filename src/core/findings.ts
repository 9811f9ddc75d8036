/** How serious a finding is; `off` in configuration turns a rule off. */
export type Severity = 'error' | 'warning' | 'info';

/** A text edit a user may choose to apply: replace the source from `start` to `end` (string offsets) with `text`. */
export interface Fix {
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Another place in the document that explains a finding, e.g. where a term was first defined. */
export interface RelatedLocation {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** What a rule reports, before severity and positions are attached. */
export interface Report {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** Id of the corpus term the finding concerns. */
  readonly term?: string;
  /** Ids of recommendations linked to that term. */
  readonly recommendations?: readonly string[];
  readonly fix?: Fix;
  readonly related?: readonly RelatedLocation[];
}

/** A finding with its rule, severity and 1-based line/column range (columns in UTF-16 code units). */
export interface Finding extends Report {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}
