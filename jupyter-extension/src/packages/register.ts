import { ILayoutRestorer, JupyterFrontEnd } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';

import { StageSenseClient } from '../api/client';
import { allCodeCells } from '../completion/notebookContext';
import { HealthModel } from '../status/health';
import { PackagesModel } from './model';
import { PackagesPanel } from './panel';

export const OPEN_PACKAGES_COMMAND = 'stagesense:open-packages';

export interface IPackagesPanelHandle {
  setEnabled(enabled: boolean): void;
}

/**
 * Adds the "Similar packages" panel to the right sidebar. It reads the imports of the current notebook when it
 * becomes visible, when another notebook becomes current, and on "Refresh"; it asks nothing while hidden.
 */
export function registerPackagesPanel(options: {
  app: JupyterFrontEnd;
  notebooks: INotebookTracker;
  client: StageSenseClient;
  health: HealthModel;
  palette: ICommandPalette | null;
  restorer: ILayoutRestorer | null;
}): IPackagesPanelHandle {
  const { app, notebooks, client, health, palette, restorer } = options;
  const model = new PackagesModel(client);
  const cells = () => allCodeCells(notebooks.currentWidget);
  let enabled = true;
  const refreshIfVisible = () => {
    if (enabled && panel.isVisible) {
      void model.refresh(cells());
    }
  };
  const panel = new PackagesPanel(model, () => void model.refresh(cells(), true), refreshIfVisible);
  notebooks.currentChanged.connect(refreshIfVisible);
  // The server came back: a panel showing "unavailable" fills itself in (refresh() retries only after an error).
  health.changed.connect((_, state) => {
    if (state === 'ok') {
      refreshIfVisible();
    }
  });

  app.commands.addCommand(OPEN_PACKAGES_COMMAND, {
    label: 'Show Similar Packages',
    caption: 'Similar packages and packages often used with this notebook’s imports (StageSense)',
    isEnabled: () => enabled,
    execute: () => {
      if (!panel.isAttached) {
        app.shell.add(panel, 'right', { rank: 900 });
      }
      app.shell.activateById(panel.id);
    }
  });
  palette?.addItem({ command: OPEN_PACKAGES_COMMAND, category: 'StageSense' });

  app.shell.add(panel, 'right', { rank: 900 });
  restorer?.add(panel, panel.id);

  return {
    setEnabled(next: boolean) {
      enabled = next;
      if (!next && panel.isAttached) {
        panel.parent = null;
      } else if (next && !panel.isAttached) {
        app.shell.add(panel, 'right', { rank: 900 });
      }
    }
  };
}
