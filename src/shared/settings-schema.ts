/** A setting as declared once here; `scripts/sync-manifest.ts` writes `contributes.configuration` from these. */
export interface SettingDeclaration {
  readonly type: 'boolean' | 'number' | 'object' | 'array';
  readonly default: unknown;
  readonly description: string;
  readonly scope: 'application' | 'window' | 'resource';
  readonly minimum?: number;
  readonly maximum?: number;
  readonly items?: object;
  readonly additionalProperties?: object;
}

/** The JSON schema of a rule level. */
export const RULE_LEVEL_SCHEMA = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };

/** Every Policy Lens setting, under `policyLens.*`. */
export const SETTINGS = {
  enable: { type: 'boolean', default: true, scope: 'resource', description: 'Check Markdown files with Policy Lens.' },
  rules: {
    type: 'object',
    default: {},
    scope: 'resource',
    additionalProperties: RULE_LEVEL_SCHEMA,
    description: 'Rule id → level (off, info, warning, error). A `.policylens.json` in the workspace overrides these for the files below it.',
  },
  allow: {
    type: 'array',
    default: [],
    scope: 'resource',
    items: { type: 'string' },
    description: 'Acronyms that need no definition, added to the defaults (US, UK, EU, …) and to the allow-list of `.policylens.json`.',
  },
  packs: {
    type: 'array',
    default: [],
    scope: 'application',
    items: { type: 'string' },
    description: 'Team packs (`*.policypack.json`) for every workspace: absolute paths, paths relative to the workspace folder, or npm packages installed in it. They apply before the packs a `.policylens.json` names.',
  },
  lintOnType: { type: 'boolean', default: true, scope: 'resource', description: 'Check while typing; when off, files are checked when opened and saved.' },
  debounceMs: { type: 'number', default: 250, minimum: 0, maximum: 5000, scope: 'resource', description: 'Milliseconds to wait after the last keystroke before checking.' },
  maxHoverRecommendations: { type: 'number', default: 2, minimum: 0, maximum: 20, scope: 'window', description: 'How many linked recommendations a hover shows (two fit in VS Code\'s hover without scrolling).' },
} as const satisfies Record<string, SettingDeclaration>;

