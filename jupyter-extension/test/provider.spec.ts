import { InlineCompletionTriggerKind } from '@jupyterlab/completer';
import type { IInlineCompletionContext } from '@jupyterlab/completer';

import { StageSenseClient } from '../src/api/client';
import { ServiceError } from '../src/api/errors';
import { StageSenseInlineProvider } from '../src/completion/provider';
import { DEFAULT_SETTINGS, IStageSenseSettings } from '../src/settings';
import { HealthModel } from '../src/status/health';
import { RecordingTransport, held, json } from './helpers';
import { notebook } from './notebook';

const SUGGESTIONS = {
  stage: 'explore',
  suggestions: [
    { text: 'head()', score: 0.5, masked: 'var0.head' },
    { text: 'describe()', score: 0.3, masked: 'var0.describe' }
  ],
  elapsed_ms: 4
};

function setup(handler: ConstructorParameters<typeof RecordingTransport>[0], settings: Partial<IStageSenseSettings> = {}) {
  const transport = new RecordingTransport(handler);
  let client: StageSenseClient;
  const health = new HealthModel({ checkStatus: () => client.status(), pollDelaysMs: [1000] });
  client = new StageSenseClient({ transport, health, timeoutMs: 2000 });
  const onStage = jest.fn();
  const provider = new StageSenseInlineProvider({
    client,
    health,
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    onStage
  });
  return { transport, health, provider, onStage };
}

const widget = notebook(
  [
    ['code', 'import pandas as pd'],
    ['markdown', '# Load'],
    ['code', "df = pd.read_csv('train.csv')"],
    ['code', 'df.'],
    ['code', 'later()']
  ],
  3
);

function context(triggerKind: InlineCompletionTriggerKind): IInlineCompletionContext {
  return { widget, triggerKind } as unknown as IInlineCompletionContext;
}

const typed = { text: 'df.\nprint(1)', offset: 3, mimeType: 'text/x-ipython' };

describe('StageSenseInlineProvider', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends prefix, suffix, the earlier code cells and the settings to /v1/complete and shows the suggestions', async () => {
    const { transport, provider } = setup(() => json(200, SUGGESTIONS), { maxSuggestions: 2 });
    const result = provider.fetch(typed, context(InlineCompletionTriggerKind.Automatic));
    await jest.advanceTimersByTimeAsync(250);
    expect((await result).items.map(i => i.insertText)).toEqual(['head()', 'describe()']);
    expect(transport.requests).toHaveLength(1);
    expect(transport.requests[0].path).toBe('v1/complete');
    expect(transport.requests[0].body).toEqual({
      prefix: 'df.',
      suffix: '\nprint(1)',
      context: ['import pandas as pd', "df = pd.read_csv('train.csv')"],
      language: 'python',
      max_suggestions: 2
    });
  });

  it('waits for the debounce delay before asking the server', async () => {
    const { transport, provider } = setup(() => json(200, SUGGESTIONS), { debounceMs: 250 });
    void provider.fetch(typed, context(InlineCompletionTriggerKind.Automatic));
    await jest.advanceTimersByTimeAsync(249);
    expect(transport.requests).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(transport.requests).toHaveLength(1);
  });

  it('sends only the last of several quick keystrokes; the earlier ones resolve to nothing', async () => {
    const { transport, provider } = setup(() => json(200, SUGGESTIONS));
    const first = provider.fetch({ ...typed, text: 'd', offset: 1 }, context(InlineCompletionTriggerKind.Automatic));
    await jest.advanceTimersByTimeAsync(100);
    const second = provider.fetch({ ...typed, text: 'df', offset: 2 }, context(InlineCompletionTriggerKind.Automatic));
    await jest.advanceTimersByTimeAsync(100);
    const third = provider.fetch(typed, context(InlineCompletionTriggerKind.Automatic));
    await jest.advanceTimersByTimeAsync(250);
    expect((await first).items).toEqual([]);
    expect((await second).items).toEqual([]);
    expect((await third).items).toHaveLength(2);
    expect(transport.requests).toHaveLength(1);
    expect((transport.requests[0].body as { prefix: string }).prefix).toBe('df.');
  });

  it('aborts the in-flight request when the user types on', async () => {
    const answers = held();
    const { transport, provider } = setup(answers.handler);
    const stale = provider.fetch({ ...typed, text: 'df', offset: 2 }, context(InlineCompletionTriggerKind.Automatic));
    await jest.advanceTimersByTimeAsync(250);
    expect(transport.requests).toHaveLength(1);
    const fresh = provider.fetch(typed, context(InlineCompletionTriggerKind.Automatic));
    expect(transport.requests[0].signal?.aborted).toBe(true);
    expect((await stale).items).toEqual([]);
    await jest.advanceTimersByTimeAsync(250);
    answers.release(json(200, SUGGESTIONS));
    expect((await fresh).items).toHaveLength(2);
  });

  it('answers an explicit invocation (Alt+\\) without the debounce delay', async () => {
    const { transport, provider } = setup(() => json(200, SUGGESTIONS), { debounceMs: 1000 });
    const result = provider.fetch(typed, context(InlineCompletionTriggerKind.Invoke));
    await jest.advanceTimersByTimeAsync(0);
    expect(transport.requests).toHaveLength(1);
    expect((await result).items).toHaveLength(2);
  });

  it('tells the stage badge the stage the server saw', async () => {
    const { provider, onStage } = setup(() => json(200, SUGGESTIONS));
    const result = provider.fetch(typed, context(InlineCompletionTriggerKind.Invoke));
    await result;
    expect(onStage).toHaveBeenCalledWith('explore', widget);
  });

  it('sends nothing when inline suggestions are switched off', async () => {
    const { transport, provider } = setup(() => json(200, SUGGESTIONS), { inlineSuggestions: false });
    const result = await provider.fetch(typed, context(InlineCompletionTriggerKind.Invoke));
    expect(result.items).toEqual([]);
    expect(transport.requests).toHaveLength(0);
  });

  it('sends nothing for markdown cells', async () => {
    const { transport, provider } = setup(() => json(200, SUGGESTIONS));
    const result = await provider.fetch({ ...typed, mimeType: 'text/x-ipythongfm' }, context(InlineCompletionTriggerKind.Invoke));
    expect(result.items).toEqual([]);
    expect(transport.requests).toHaveLength(0);
  });

  it('works in a .py file editor, with no notebook context', async () => {
    const { transport, provider } = setup(() => json(200, SUGGESTIONS));
    const fileEditor = { content: { editor: {} } };
    const result = provider.fetch(
      { text: 'import os\nos.', offset: 13, mimeType: 'text/x-python' },
      { widget: fileEditor, triggerKind: InlineCompletionTriggerKind.Invoke } as unknown as IInlineCompletionContext
    );
    expect((await result).items).toHaveLength(2);
    expect(transport.requests[0].body).toMatchObject({ prefix: 'import os\nos.', suffix: '', context: [] });
  });

  it('goes quiet when the server is down: no ghost text, no console output, no further requests until it is back', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    let up = false;
    const { transport, provider, health } = setup(request => {
      if (request.path === 'status') {
        return json(200, { state: up ? 'ready' : 'down', url: 'http://127.0.0.1:7878', message: 'down' });
      }
      return up ? json(200, SUGGESTIONS) : json(503, { message: 'no StageSense server', state: 'down' });
    });
    const first = provider.fetch(typed, context(InlineCompletionTriggerKind.Invoke));
    expect((await first).items).toEqual([]);
    expect(health.state).toBe('down');

    const whileDown = await provider.fetch(typed, context(InlineCompletionTriggerKind.Invoke));
    expect(whileDown.items).toEqual([]);
    expect(transport.requests.filter(r => r.path === 'v1/complete')).toHaveLength(1);

    up = true;
    await jest.advanceTimersByTimeAsync(1000);
    expect(health.state).toBe('ok');
    const recovered = await provider.fetch(typed, context(InlineCompletionTriggerKind.Invoke));
    expect(recovered.items).toHaveLength(2);
    expect(log).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    log.mockRestore();
    warn.mockRestore();
    health.dispose();
  });

  it('drops a debounced request when another feature found the server down during the pause', async () => {
    const { transport, provider, health } = setup(() => json(200, SUGGESTIONS));
    const result = provider.fetch(typed, context(InlineCompletionTriggerKind.Automatic));
    await jest.advanceTimersByTimeAsync(100);
    health.reportFailure(new ServiceError('unavailable', 'connection refused'));
    await jest.advanceTimersByTimeAsync(150);
    expect((await result).items).toEqual([]);
    expect(transport.requests.filter(r => r.path === 'v1/complete')).toHaveLength(0);
    health.dispose();
  });

  it('declares its own debounce to JupyterLab (lab debouncer off, timeout covering ours)', () => {
    const { provider } = setup(() => json(200, SUGGESTIONS));
    expect(provider.schema.default.debouncerDelay).toBe(0);
    expect(provider.schema.default.timeout).toBeGreaterThan(DEFAULT_SETTINGS.debounceMs + DEFAULT_SETTINGS.requestTimeoutMs);
  });
});
