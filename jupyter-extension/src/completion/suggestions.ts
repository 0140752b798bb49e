import type { IInlineCompletionItem } from '@jupyterlab/completer';

import { ISuggestion } from '../api/types';

/**
 * Server suggestions → ghost-text items. `text` is inserted at the cursor as is (the contract makes it the
 * continuation of what is typed); empty and duplicate texts are dropped, best score first, at most `max`.
 */
export function toInlineItems(suggestions: ISuggestion[] | undefined, max: number): IInlineCompletionItem[] {
  if (!Array.isArray(suggestions)) {
    return [];
  }
  const seen = new Set<string>();
  return suggestions
    .filter(s => s && typeof s.text === 'string' && s.text.trim().length > 0)
    .slice()
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
    .filter(s => (seen.has(s.text) ? false : (seen.add(s.text), true)))
    .slice(0, Math.max(0, max))
    .map(s => ({ insertText: s.text }));
}
