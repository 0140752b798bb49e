import { IDocstringEdit } from '../api/types';

/** A replacement of `[start, end)` character offsets with `text`: what `sharedModel.updateSource` takes. */
export interface IOffsetEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Converts the server's line edit to character offsets in `source`. Lines are 1-based and `start_line..end_line`
 * is inclusive (the lines of an existing docstring being replaced); `end_line < start_line` means a pure insertion
 * before `start_line` (a function without a docstring). `text` holds whole, already indented lines: a missing final
 * newline is added unless the edit ends at the end of the source without one.
 */
export function toOffsetEdit(source: string, edit: IDocstringEdit): IOffsetEdit {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\n') {
      lineStarts.push(i + 1);
    }
  }
  const lineCount = lineStarts.length;
  const startOfLine = (line: number) =>
    line > lineCount ? source.length : lineStarts[Math.max(1, line) - 1];
  // Offset just past line `line`'s newline (or the end of the source for the last line).
  const endOfLine = (line: number) => (line >= lineCount ? source.length : lineStarts[line]);

  const startLine = Math.max(1, Math.floor(edit.start_line));
  const start = startOfLine(startLine);
  const end = edit.end_line < startLine ? start : Math.max(start, endOfLine(Math.floor(edit.end_line)));

  let text = edit.text;
  const atEndWithoutNewline = end === source.length && !source.endsWith('\n');
  if (!text.endsWith('\n') && !atEndWithoutNewline) {
    text += '\n';
  }
  if (start === source.length && source.length > 0 && !source.endsWith('\n')) {
    // Appending after a last line that has no newline: the new lines must start on a line of their own.
    text = '\n' + text.replace(/\n$/, '');
  }
  return { start, end, text };
}

/** Applies an offset edit to a string; the editor does the same through one shared-model transaction. */
export function applyOffsetEdit(source: string, edit: IOffsetEdit): string {
  return source.slice(0, edit.start) + edit.text + source.slice(edit.end);
}
