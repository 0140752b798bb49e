import * as fs from 'fs';
import * as path from 'path';

import { StageSenseClient } from '../src/api/client';
import { DEFAULT_SETTINGS, readSettings } from '../src/settings';
import { StageTracker } from '../src/stage/stageTracker';
import { statusLabel } from '../src/status/label';
import { RecordingTransport, json } from './helpers';

describe('statusLabel', () => {
  const stage = { stage: 'train' as const, probabilities: { train: 0.8, evaluate: 0.15 } };

  it('shows the active cell stage when the server answers, with probabilities in the tooltip', () => {
    const label = statusLabel('ok', 'ready', stage, true);
    expect(label.text).toBe('StageSense: train');
    expect(label.level).toBe('normal');
    expect(label.title).toContain('train: 80%');
    expect(label.title).toContain('evaluate: 15%');
  });

  it('hides the stage when the badge is switched off', () => {
    expect(statusLabel('ok', 'ready', stage, false).text).toBe('StageSense');
  });

  it('says offline in one word and explains in the tooltip', () => {
    const label = statusLabel('down', 'no StageSense server at http://127.0.0.1:7878', stage, true);
    expect(label).toMatchObject({ text: 'StageSense: offline', level: 'warn' });
    expect(label.title).toContain('no StageSense server at http://127.0.0.1:7878');
  });

  it('distinguishes starting and slow', () => {
    expect(statusLabel('starting', 'starting…', null, true)).toMatchObject({ text: 'StageSense: starting…', level: 'muted' });
    expect(statusLabel('slow', 'slow (2300 ms)', stage, true)).toMatchObject({ text: 'StageSense (slow): train', level: 'warn' });
  });

  it('shows a command notice in place of the stage', () => {
    expect(statusLabel('ok', 'ready', stage, true, 'docstring added').text).toBe('StageSense: docstring added');
  });
});

describe('readSettings', () => {
  it('uses the schema defaults for missing or wrongly typed fields and clamps numbers', () => {
    expect(readSettings({})).toEqual(DEFAULT_SETTINGS);
    const settings = readSettings({ inlineSuggestions: 'yes', debounceMs: -5, maxSuggestions: 99, docstringStyle: 'numpy' });
    expect(settings.inlineSuggestions).toBe(true);
    expect(settings.debounceMs).toBe(0);
    expect(settings.maxSuggestions).toBe(10);
    expect(settings.docstringStyle).toBe('numpy');
    expect(readSettings({ docstringStyle: 'javadoc' }).docstringStyle).toBe('google');
  });

  it('matches the defaults declared in schema/plugin.json', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'schema', 'plugin.json'), 'utf8'));
    const declared = Object.fromEntries(
      Object.entries(schema.properties as Record<string, { default: unknown }>).map(([k, v]) => [k, v.default])
    );
    expect(declared).toEqual(DEFAULT_SETTINGS);
    expect(schema.properties.docstringStyle.enum).toEqual(['google', 'numpy', 'rest', 'epytext']);
  });
});

describe('StageTracker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup() {
    const transport = new RecordingTransport(request => {
      const code = (request.body as { code: string }).code;
      return json(200, { stage: code.includes('fit') ? 'train' : 'explore', probabilities: { train: 0.5 } });
    });
    const tracker = new StageTracker(new StageSenseClient({ transport }), () => true, 300);
    return { transport, tracker };
  }

  it('asks for the stage of the active cell after edits settle, then answers from its cache', async () => {
    const { transport, tracker } = setup();
    void tracker.update('model.f');
    await jest.advanceTimersByTimeAsync(100);
    void tracker.update('model.fit(X, y)');
    await jest.advanceTimersByTimeAsync(300);
    expect(transport.requests.map(r => r.body)).toEqual([{ code: 'model.fit(X, y)' }]);
    expect(tracker.stage?.stage).toBe('train');
    const pending = tracker.update('df.head()');
    await jest.advanceTimersByTimeAsync(300);
    await pending;
    expect(tracker.stage?.stage).toBe('explore');
    await tracker.update('model.fit(X, y)');
    expect(tracker.stage?.stage).toBe('train');
    expect(transport.requests).toHaveLength(2);
  });

  it('sends the cell after the code cells before it and caches by both', async () => {
    const transport = new RecordingTransport(request => {
      const cells = (request.body as { cells: string[] }).cells;
      const fitted = cells.slice(0, -1).some(c => c.includes('fit'));
      const stageOf = (i: number) => (i === cells.length - 1 && fitted ? 'evaluate' : 'explore');
      return json(200, { results: cells.map((_, i) => ({ stage: stageOf(i), probabilities: {} })) });
    });
    const tracker = new StageTracker(new StageSenseClient({ transport }), () => true, 300);
    const heatmap = 'sns.heatmap(cm)';
    const pending = tracker.update(heatmap, ['model.fit(X, y)', 'cm = confusion_matrix(y, p)']);
    await jest.advanceTimersByTimeAsync(300);
    await pending;
    expect(transport.requests.map(r => r.body)).toEqual([
      { cells: ['model.fit(X, y)', 'cm = confusion_matrix(y, p)', heatmap] }
    ]);
    expect(tracker.stage?.stage).toBe('evaluate');
    const other = tracker.update(heatmap, ['df = pd.read_csv(path)']);
    await jest.advanceTimersByTimeAsync(300);
    await other;
    expect(tracker.stage?.stage).toBe('explore');
    await tracker.update(heatmap, ['model.fit(X, y)', 'cm = confusion_matrix(y, p)']);
    expect(tracker.stage?.stage).toBe('evaluate');
    expect(transport.requests).toHaveLength(2);
  });

  it('does not send a debounced request if the server went down during the pause', async () => {
    const transport = new RecordingTransport(() => json(200, { stage: 'load', probabilities: {} }));
    let available = true;
    const tracker = new StageTracker(new StageSenseClient({ transport }), () => available, 300);
    const pending = tracker.update('df = pd.read_csv(path)');
    available = false;
    await jest.advanceTimersByTimeAsync(300);
    await pending;
    expect(transport.requests).toHaveLength(0);
  });

  it('clears the badge for markdown or empty cells and takes the stage from completions', async () => {
    const { transport, tracker } = setup();
    await tracker.update(null);
    expect(tracker.stage).toBeNull();
    tracker.setFromCompletion('load');
    expect(tracker.stage?.stage).toBe('load');
    await tracker.update('   ');
    expect(tracker.stage).toBeNull();
    expect(transport.requests).toHaveLength(0);
  });
});
