import { INotebookPanelLike } from '../src/completion/notebookContext';

/** A notebook panel shaped like JupyterLab's (the fields the extension reads), with cells of the given types. */
export function notebook(cells: Array<[type: string, source: string]>, activeCellIndex: number): INotebookPanelLike {
  return {
    content: {
      activeCellIndex,
      widgets: cells.map(([type, source]) => ({ model: { type, sharedModel: { getSource: () => source } } }))
    }
  };
}
