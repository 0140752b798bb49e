import { ILayoutRestorer, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { ICompletionProviderManager } from '@jupyterlab/completer';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { IStatusBar } from '@jupyterlab/statusbar';

import { StageSenseClient } from './api/client';
import { JupyterTransport } from './api/jupyterTransport';
import { StageSenseInlineProvider } from './completion/provider';
import { registerDocstringCommand } from './docstring/command';
import { registerPackagesPanel } from './packages/register';
import { DEFAULT_SETTINGS, IStageSenseSettings, readSettings } from './settings';
import { trackActiveCellStage } from './stage/activeCell';
import { StageTracker } from './stage/stageTracker';
import { HealthModel } from './status/health';
import { StatusItem } from './status/statusItem';

export const PLUGIN_ID = 'stagesense-jupyterlab:plugin';

/**
 * Wires the StageSense features into JupyterLab. Every feature talks to the server through one client and reports
 * to one health model, which drives the single status indicator.
 */
const plugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description: 'StageSense: stage-aware inline suggestions, docstrings and similar packages from a local server.',
  autoStart: true,
  requires: [ICompletionProviderManager, INotebookTracker],
  optional: [ISettingRegistry, IStatusBar, ICommandPalette, ILayoutRestorer],
  activate: async (
    app: JupyterFrontEnd,
    completionManager: ICompletionProviderManager,
    notebooks: INotebookTracker,
    settingRegistry: ISettingRegistry | null,
    statusBar: IStatusBar | null,
    palette: ICommandPalette | null,
    restorer: ILayoutRestorer | null
  ) => {
    let settings: IStageSenseSettings = DEFAULT_SETTINGS;
    const listeners: Array<(s: IStageSenseSettings) => void> = [];

    const transport = new JupyterTransport();
    let client: StageSenseClient;
    const health = new HealthModel({ checkStatus: () => client.status() });
    client = new StageSenseClient({ transport, health, timeoutMs: settings.requestTimeoutMs });

    const stageTracker = new StageTracker(client, () => health.available && settings.stageBadge);
    const provider = new StageSenseInlineProvider({
      client,
      health,
      settings: () => settings,
      onStage: (stage, widget) => {
        if (widget === notebooks.currentWidget) {
          stageTracker.setFromCompletion(stage);
        }
      }
    });
    completionManager.registerInlineProvider(provider);

    const status = new StatusItem(health);
    stageTracker.changed.connect((_, stage) => status.setStage(stage));
    if (statusBar) {
      statusBar.registerStatusItem('stagesense-jupyterlab:status', { item: status, align: 'left', rank: 900 });
    }
    trackActiveCellStage(app, notebooks, stageTracker, () => settings.stageBadge);

    registerDocstringCommand({
      app,
      notebooks,
      client,
      palette,
      settings: () => settings,
      notify: text => status.showNotice(text)
    });
    const panel = registerPackagesPanel({ app, notebooks, client, health, palette, restorer });

    listeners.push(s => {
      client.timeoutMs = s.requestTimeoutMs;
      status.setShowStage(s.stageBadge);
      panel.setEnabled(s.packagesPanel);
    });
    const apply = (next: IStageSenseSettings) => {
      settings = next;
      listeners.forEach(listener => listener(next));
    };
    apply(settings);

    if (settingRegistry) {
      try {
        const loaded = await settingRegistry.load(PLUGIN_ID);
        apply(readSettings(loaded.composite as Record<string, unknown>));
        loaded.changed.connect(() => apply(readSettings(loaded.composite as Record<string, unknown>)));
      } catch {
        // Settings unavailable (e.g. schema not installed in a dev build): the defaults stay in force.
      }
    }
    void health.check();
  }
};

export default plugin;
