import { JupyterFrontEnd } from '@jupyterlab/application';
import type { Cell } from '@jupyterlab/cells';
import { INotebookTracker } from '@jupyterlab/notebook';

import { StageTracker } from './stageTracker';

/** How many code cells before the active one are sent with it: what they made matters, not the whole notebook. */
const MAX_EARLIER_CELLS = 30;

/**
 * Feeds the stage tracker with the active cell of the active notebook and the code cells before it: on cell/notebook
 * switches and on every edit of that cell (the tracker debounces). When another kind of tab (a .py file, a terminal)
 * is in front, the badge is cleared; coming back to the notebook restores it from the tracker's cache.
 */
export function trackActiveCellStage(
  app: JupyterFrontEnd,
  notebooks: INotebookTracker,
  tracker: StageTracker,
  enabled: () => boolean
): void {
  let watched: Cell | null = null;
  const codeOf = (cell: Cell | null) =>
    cell && cell.model.type === 'code' ? cell.model.sharedModel.getSource() : null;
  const earlierCodeOf = (cell: Cell | null): string[] => {
    const cells = notebooks.currentWidget?.content.widgets ?? [];
    const index = cell ? cells.indexOf(cell) : -1;
    return cells
      .slice(0, Math.max(0, index))
      .map(codeOf)
      .filter((code): code is string => code !== null && code.trim() !== '')
      .slice(-MAX_EARLIER_CELLS);
  };
  const onContent = () => {
    if (enabled()) {
      void tracker.update(codeOf(watched), earlierCodeOf(watched));
    }
  };
  const watch = (cell: Cell | null) => {
    if (watched === cell) {
      return;
    }
    watched?.model.contentChanged.disconnect(onContent);
    watched = cell;
    watched?.model.contentChanged.connect(onContent);
    onContent();
  };
  notebooks.activeCellChanged.connect((_, cell) => watch(cell));
  notebooks.currentChanged.connect(() => watch(notebooks.activeCell));
  app.shell.currentChanged?.connect(() => {
    const notebookInFront = !!notebooks.currentWidget && app.shell.currentWidget === notebooks.currentWidget;
    if (!notebookInFront) {
      watch(null);
    } else if (watched === notebooks.activeCell) {
      onContent();
    } else {
      watch(notebooks.activeCell);
    }
  });
  watch(notebooks.activeCell);
}
