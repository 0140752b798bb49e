import { JupyterFrontEnd } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';

import { StageSenseClient } from '../api/client';
import { IStageSenseSettings } from '../settings';
import { IEditorLike, generateDocstring } from './generate';

export const DOCSTRING_COMMAND = 'stagesense:generate-docstring';

export interface IDocstringCommandOptions {
  app: JupyterFrontEnd;
  notebooks: INotebookTracker;
  client: StageSenseClient;
  palette: ICommandPalette | null;
  settings: () => IStageSenseSettings;
  /** Short feedback in the status item (no dialogs). */
  notify: (text: string) => void;
}

/**
 * "Generate docstring" for the function at the cursor, in a notebook code cell or a file editor. Keyboard shortcut
 * and context menu entries are declared in schema/plugin.json so users can rebind them in the settings editor.
 */
export function registerDocstringCommand(options: IDocstringCommandOptions): void {
  const { app, notebooks, client, palette, settings, notify } = options;

  const activeEditor = (): IEditorLike | null => {
    const current = app.shell.currentWidget;
    if (current && current === notebooks.currentWidget) {
      const cell = notebooks.activeCell;
      return cell && cell.model.type === 'code' ? (cell.editor as IEditorLike | null) : null;
    }
    // A file editor (DocumentWidget<FileEditor>) exposes its CodeEditor as `content.editor`.
    const editor = (current as { content?: { editor?: unknown } } | null)?.content?.editor as
      | IEditorLike
      | undefined;
    return editor && typeof editor.getCursorPosition === 'function' ? editor : null;
  };

  app.commands.addCommand(DOCSTRING_COMMAND, {
    label: 'Generate Docstring',
    caption: 'Insert a docstring for the function at the cursor (StageSense)',
    isEnabled: () => settings().docstring && activeEditor() !== null,
    isVisible: () => settings().docstring,
    execute: async () => {
      const editor = activeEditor();
      if (!editor) {
        return;
      }
      notify('writing docstring…');
      const outcome = await generateDocstring(editor, client, settings().docstringStyle);
      notify(outcome.applied ? 'docstring added (undo with Ctrl+Z)' : outcome.reason);
    }
  });
  palette?.addItem({ command: DOCSTRING_COMMAND, category: 'StageSense' });
}
