import { RULE_IDS, type PolicyLensConfig, type RuleLevel } from '../core/index';
import { RULE_LEVEL_SCHEMA, SETTINGS } from '../shared/settings-schema';

/** The `policyLens` settings the server uses. */
export interface ServerSettings {
  readonly enable: boolean;
  /** Lint while typing (after `debounceMs`), or else only when a memo is opened or saved (push diagnostics). */
  readonly lintOnType: boolean;
  readonly debounceMs: number;
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly allow: readonly string[];
  readonly packs: readonly string[];
  readonly maxHoverRecommendations: number;
}

/** The declared defaults, for clients that send no settings. */
export const DEFAULT_SETTINGS: ServerSettings = {
  enable: SETTINGS.enable.default,
  lintOnType: SETTINGS.lintOnType.default,
  debounceMs: SETTINGS.debounceMs.default,
  rules: SETTINGS.rules.default,
  allow: SETTINGS.allow.default,
  packs: SETTINGS.packs.default,
  maxHoverRecommendations: SETTINGS.maxHoverRecommendations.default,
};

const LEVELS: readonly unknown[] = RULE_LEVEL_SCHEMA.enum;

/**
 * Settings as a client sent them (any JSON at all): values of the wrong type fall back to their
 * defaults, unknown rules and levels are dropped, so a hand-edited editor config never breaks linting.
 */
export function parseSettings(raw: unknown): ServerSettings {
  const section = isRecord(raw) ? raw : {};
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : []);
  const bounded = (value: unknown, { minimum, maximum, default: fallback }: { minimum: number; maximum: number; default: number }) =>
    typeof value === 'number' && Number.isFinite(value) ? Math.min(maximum, Math.max(minimum, Math.floor(value))) : fallback;
  return {
    enable: typeof section.enable === 'boolean' ? section.enable : DEFAULT_SETTINGS.enable,
    lintOnType: typeof section.lintOnType === 'boolean' ? section.lintOnType : DEFAULT_SETTINGS.lintOnType,
    debounceMs: bounded(section.debounceMs, SETTINGS.debounceMs),
    rules: isRecord(section.rules)
      ? Object.fromEntries(Object.entries(section.rules).filter((entry): entry is [string, RuleLevel] => RULE_IDS.includes(entry[0]) && LEVELS.includes(entry[1])))
      : DEFAULT_SETTINGS.rules,
    allow: strings(section.allow),
    packs: strings(section.packs),
    maxHoverRecommendations: bounded(section.maxHoverRecommendations, SETTINGS.maxHoverRecommendations),
  };
}

/** The settings as a configuration layer, below the packs and the workspace's `.policylens.json`. */
export function settingsLayer(settings: ServerSettings): PolicyLensConfig {
  return { rules: { ...settings.rules }, allow: [...settings.allow] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
