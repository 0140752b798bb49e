import { toInlineItems } from '../src/completion/suggestions';
import { LatestOnly } from '../src/completion/latestOnly';

describe('toInlineItems', () => {
  it('orders by score, drops empty and duplicate texts and keeps at most max', () => {
    const items = toInlineItems(
      [
        { text: 'b()', score: 0.2 },
        { text: '   ', score: 0.9 },
        { text: 'a()', score: 0.5 },
        { text: 'b()', score: 0.1 },
        { text: 'c()', score: 0.3 }
      ],
      2
    );
    expect(items).toEqual([{ insertText: 'a()' }, { insertText: 'c()' }]);
  });

  it('inserts the server text exactly as sent, multi-line included', () => {
    expect(toInlineItems([{ text: 'head()\ndf.tail()', score: 1 }], 3)).toEqual([{ insertText: 'head()\ndf.tail()' }]);
  });

  it('survives a malformed answer', () => {
    expect(toInlineItems(undefined, 3)).toEqual([]);
    expect(toInlineItems([{ text: 3 as unknown as string, score: 1 }], 3)).toEqual([]);
  });
});

describe('LatestOnly', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('resolves only the newest call, after its delay, and aborts the signals of older ones', async () => {
    const latest = new LatestOnly();
    const first = latest.next(0);
    const firstSignal = await first;
    const second = latest.next(100);
    expect(firstSignal?.aborted).toBe(true);
    const third = latest.next(100);
    await jest.advanceTimersByTimeAsync(100);
    expect(await second).toBeNull();
    const thirdSignal = await third;
    expect(thirdSignal).not.toBeNull();
    expect(thirdSignal?.aborted).toBe(false);
  });

  it('cancel() aborts what is in flight and voids what is waiting', async () => {
    const latest = new LatestOnly();
    const inFlight = await latest.next(0);
    const waiting = latest.next(50);
    latest.cancel();
    await jest.advanceTimersByTimeAsync(50);
    expect(inFlight?.aborted).toBe(true);
    expect(await waiting).toBeNull();
  });
});
