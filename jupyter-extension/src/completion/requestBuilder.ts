import { ICompleteRequest, Language } from '../api/types';

/** Keeps a request well under the server's 1 MiB body limit even for very long notebooks. */
export const MAX_CONTEXT_CHARS = 200_000;

const IMPORT_LINE = /^\s*(import\s|from\s+\S+\s+import\s)/;

/**
 * Bounds the context to `maxChars`. The import lines of every cell are kept first (the server resolves aliases like
 * `pd` → `pandas` from them, and they usually sit in the oldest cells); the rest of the budget goes to whole cells,
 * newest first. Older cells that do not fit contribute only their imports. Empty cells are dropped.
 */
export function boundContext(cells: string[], maxChars: number = MAX_CONTEXT_CHARS): string[] {
  const nonEmpty = cells.filter(cell => cell.trim().length > 0);
  if (nonEmpty.reduce((sum, cell) => sum + cell.length, 0) <= maxChars) {
    return nonEmpty;
  }
  const kept = nonEmpty.map(importLines);
  let used = kept.reduce((sum, lines) => sum + lines.length, 0);
  // Even the imports alone are too many: the oldest go.
  for (let i = 0; i < kept.length && used > maxChars; i++) {
    used -= kept[i].length;
    kept[i] = '';
  }
  for (let i = nonEmpty.length - 1; i >= 0; i--) {
    const extra = nonEmpty[i].length - kept[i].length;
    if (used + extra > maxChars) {
      break;
    }
    kept[i] = nonEmpty[i];
    used += extra;
  }
  return kept.filter(cell => cell.length > 0);
}

function importLines(cell: string): string {
  return cell
    .split('\n')
    .filter(line => IMPORT_LINE.test(line))
    .join('\n');
}

export interface IEditorText {
  /** The whole text of the cell or file. */
  text: string;
  /** Cursor offset into `text`. */
  offset: number;
}

/** The `/v1/complete` body: the cell split at the cursor, plus the earlier cells as context. */
export function buildCompleteRequest(
  editor: IEditorText,
  context: string[],
  language: Language,
  maxSuggestions: number
): ICompleteRequest {
  const offset = Math.max(0, Math.min(editor.offset, editor.text.length));
  return {
    prefix: editor.text.slice(0, offset),
    suffix: editor.text.slice(offset),
    context: boundContext(context),
    language,
    max_suggestions: Math.max(1, Math.floor(maxSuggestions))
  };
}
