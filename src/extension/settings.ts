import * as vscode from 'vscode';
import { RULE_IDS, type PolicyLensConfig, type RuleLevel } from '../core/index';
import { SETTINGS_SECTION } from './constants';
import { RULE_LEVEL_SCHEMA, SETTINGS } from '../shared/settings-schema';

/** The settings as the extension uses them. */
export interface PolicyLensSettings {
  readonly enable: boolean;
  readonly rules: Record<string, RuleLevel>;
  readonly allow: string[];
  readonly packs: string[];
  readonly lintOnType: boolean;
  readonly debounceMs: number;
  readonly maxHoverRecommendations: number;
}

/** Reads the settings that apply to a document (or the window when no scope is given). */
export function readSettings(scope?: vscode.Uri): PolicyLensSettings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const get = <K extends keyof typeof SETTINGS>(key: K) => configuration.get(key, SETTINGS[key].default as never);
  return {
    enable: get('enable'),
    rules: get('rules'),
    allow: get('allow'),
    packs: ((Array.isArray(get('packs')) ? get('packs') : []) as unknown[]).filter((pack): pack is string => typeof pack === 'string' && pack.trim() !== ''),
    lintOnType: get('lintOnType'),
    debounceMs: get('debounceMs'),
    maxHoverRecommendations: get('maxHoverRecommendations'),
  };
}

/** The settings as a configuration layer, below the workspace's `.policylens.json`. */
export function settingsAsConfig(settings: PolicyLensSettings): PolicyLensConfig {
  // Settings are hand-edited JSON too: keep only known rules, levels and strings.
  const levels: readonly unknown[] = RULE_LEVEL_SCHEMA.enum;
  const rules = Object.fromEntries(Object.entries(settings.rules ?? {}).filter(([id, level]) => RULE_IDS.includes(id) && levels.includes(level)));
  return { rules, allow: (settings.allow ?? []).filter((acronym) => typeof acronym === 'string') };
}
