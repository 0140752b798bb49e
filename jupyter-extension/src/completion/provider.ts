import {
  IInlineCompletionContext,
  IInlineCompletionList,
  IInlineCompletionProvider,
  InlineCompletionTriggerKind
} from '@jupyterlab/completer';
import type { CompletionHandler } from '@jupyterlab/completer';

import { StageSenseClient } from '../api/client';
import { Stage } from '../api/types';
import { IStageSenseSettings } from '../settings';
import { HealthModel } from '../status/health';
import { languageForMime } from './language';
import { LatestOnly } from './latestOnly';
import { earlierCodeCells } from './notebookContext';
import { buildCompleteRequest } from './requestBuilder';
import { toInlineItems } from './suggestions';

export const PROVIDER_ID = '@stagesense/jupyterlab:inline';

export interface IProviderOptions {
  client: StageSenseClient;
  health: HealthModel;
  settings: () => IStageSenseSettings;
  /** Told the stage the server saw for the current cell, so the badge updates without a request of its own. */
  onStage?: (stage: Stage, widget: unknown) => void;
}

const EMPTY: IInlineCompletionList = { items: [] };

/**
 * Ghost-text suggestions from `/v1/complete`. JupyterLab calls `fetch` on every keystroke; we debounce and cancel
 * ourselves (see LatestOnly) so that only the last keystroke reaches the server, and we answer "nothing" rather
 * than throw when the server is down or slow: the status indicator is where that shows.
 */
export class StageSenseInlineProvider implements IInlineCompletionProvider {
  readonly identifier = PROVIDER_ID;
  readonly name = 'StageSense';
  /**
   * JupyterLab's own per-provider debouncer stays at 0 because ours (which also aborts the stale HTTP request) is in
   * `fetch`; its timeout must cover our debounce plus the request's own timeout.
   */
  readonly schema = { default: { debouncerDelay: 0, timeout: 15000 } };

  private readonly latest = new LatestOnly();

  constructor(private readonly options: IProviderOptions) {}

  async fetch(
    request: CompletionHandler.IRequest,
    context: IInlineCompletionContext
  ): Promise<IInlineCompletionList> {
    const settings = this.options.settings();
    const language = languageForMime(request.mimeType);
    if (!settings.inlineSuggestions || language !== 'python' || !this.options.health.available) {
      this.latest.cancel();
      return EMPTY;
    }
    const invoked = context.triggerKind === InlineCompletionTriggerKind.Invoke;
    const signal = await this.latest.next(invoked ? 0 : settings.debounceMs);
    // Checked again after the pause: another feature's request may have found the server gone meanwhile.
    if (!signal || !this.options.health.available) {
      return EMPTY;
    }
    const body = buildCompleteRequest(
      { text: request.text, offset: request.offset },
      earlierCodeCells(context.widget),
      language,
      settings.maxSuggestions
    );
    try {
      const response = await this.options.client.complete(body, { signal });
      if (signal.aborted) {
        return EMPTY;
      }
      if (response.stage && this.options.onStage) {
        this.options.onStage(response.stage, context.widget);
      }
      return { items: toInlineItems(response.suggestions, settings.maxSuggestions) };
    } catch {
      // Stale, down or slow: the client already told the health model; the editor just shows no ghost text.
      return EMPTY;
    }
  }

  dispose(): void {
    this.latest.cancel();
  }
}
