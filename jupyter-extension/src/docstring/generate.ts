import { StageSenseClient } from '../api/client';
import { ServiceError } from '../api/errors';
import { DocstringStyle, IDocstringRequest } from '../api/types';
import { languageForMime } from '../completion/language';
import { applyOffsetEdit, toOffsetEdit } from './lineEdit';

/** The parts of JupyterLab's `CodeEditor.IEditor` the command uses (typed structurally to keep it testable). */
export interface IEditorLike {
  getCursorPosition(): { line: number; column: number };
  readonly model: {
    readonly mimeType: string;
    readonly sharedModel: {
      getSource(): string;
      updateSource(start: number, end: number, value?: string): void;
      /** The Yjs undo manager of the cell or file (null where undo is not tracked). */
      readonly undoManager?: { stopCapturing(): void } | null;
    };
  };
}

export type DocstringOutcome =
  | { applied: true; summary: string; text: string }
  | { applied: false; reason: string };

/** The `/v1/docstring` body for the function under the cursor; Java files always get Javadoc. */
export function buildDocstringRequest(
  code: string,
  cursorLine0: number,
  mimeType: string,
  style: Exclude<DocstringStyle, 'javadoc'>
): IDocstringRequest | null {
  const language = languageForMime(mimeType);
  if (!language) {
    return null;
  }
  return {
    code,
    language,
    style: language === 'java' ? 'javadoc' : style,
    line: cursorLine0 + 1
  };
}

/**
 * Asks the server for the docstring of the function at the cursor and applies its `edit` as one `updateSource`
 * call: one shared-model transaction. Yjs merges changes made within its capture timeout (typing, then the shortcut
 * right away) into one undo step, so capturing is stopped before and after: a single undo removes exactly the
 * docstring. Nothing is applied if the code changed while the request was out (the lines would be wrong).
 */
export async function generateDocstring(
  editor: IEditorLike,
  client: StageSenseClient,
  style: Exclude<DocstringStyle, 'javadoc'>
): Promise<DocstringOutcome> {
  const shared = editor.model.sharedModel;
  const source = shared.getSource();
  const request = buildDocstringRequest(source, editor.getCursorPosition().line, editor.model.mimeType, style);
  if (!request) {
    return { applied: false, reason: 'Docstrings are generated for Python and Java code only' };
  }
  let response;
  try {
    response = await client.docstring(request);
  } catch (error) {
    const message = error instanceof ServiceError ? error.message : 'request failed';
    return { applied: false, reason: `No docstring: ${message}` };
  }
  if (!response || !response.edit || typeof response.edit.text !== 'string') {
    return { applied: false, reason: 'No docstring: the server found no function at the cursor' };
  }
  if (shared.getSource() !== source) {
    return { applied: false, reason: 'The code changed while the docstring was generated; run the command again' };
  }
  const edit = toOffsetEdit(source, response.edit);
  shared.undoManager?.stopCapturing();
  shared.updateSource(edit.start, edit.end, edit.text);
  shared.undoManager?.stopCapturing();
  return { applied: true, summary: response.summary ?? '', text: applyOffsetEdit(source, edit) };
}
