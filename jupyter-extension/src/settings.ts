import { DocstringStyle } from './api/types';

/** The user settings of `schema/plugin.json`, with the defaults the schema declares. */
export interface IStageSenseSettings {
  inlineSuggestions: boolean;
  stageBadge: boolean;
  docstring: boolean;
  packagesPanel: boolean;
  docstringStyle: Exclude<DocstringStyle, 'javadoc'>;
  debounceMs: number;
  maxSuggestions: number;
  requestTimeoutMs: number;
}

export const DEFAULT_SETTINGS: IStageSenseSettings = {
  inlineSuggestions: true,
  stageBadge: true,
  docstring: true,
  packagesPanel: true,
  docstringStyle: 'google',
  debounceMs: 250,
  maxSuggestions: 3,
  requestTimeoutMs: 5000
};

const STYLES = ['google', 'numpy', 'rest', 'epytext'];

/**
 * Reads the composite settings defensively: a hand-edited settings file with a wrong type falls back to the default
 * for that field instead of breaking the extension.
 */
export function readSettings(composite: Record<string, unknown>): IStageSenseSettings {
  const bool = (key: keyof IStageSenseSettings) =>
    typeof composite[key] === 'boolean' ? (composite[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean);
  const num = (key: keyof IStageSenseSettings, min: number, max: number) => {
    const value = composite[key];
    return typeof value === 'number' && Number.isFinite(value)
      ? Math.min(max, Math.max(min, value))
      : (DEFAULT_SETTINGS[key] as number);
  };
  const style = composite.docstringStyle;
  return {
    inlineSuggestions: bool('inlineSuggestions'),
    stageBadge: bool('stageBadge'),
    docstring: bool('docstring'),
    packagesPanel: bool('packagesPanel'),
    docstringStyle:
      typeof style === 'string' && STYLES.includes(style)
        ? (style as IStageSenseSettings['docstringStyle'])
        : DEFAULT_SETTINGS.docstringStyle,
    debounceMs: num('debounceMs', 0, 5000),
    maxSuggestions: Math.round(num('maxSuggestions', 1, 10)),
    requestTimeoutMs: num('requestTimeoutMs', 200, 60000)
  };
}
