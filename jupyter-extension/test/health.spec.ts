import { ServiceError } from '../src/api/errors';
import { IBackendStatus } from '../src/api/types';
import { HealthModel } from '../src/status/health';

function model(statuses: Array<IBackendStatus['state']>) {
  const checkStatus = jest.fn(async (): Promise<IBackendStatus> => {
    const state = statuses.length > 1 ? statuses.shift()! : statuses[0];
    return { state, url: 'http://127.0.0.1:7878', message: `server ${state}` };
  });
  const health = new HealthModel({ checkStatus, slowMs: 100, pollDelaysMs: [10, 20, 40] });
  return { health, checkStatus };
}

describe('HealthModel', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('marks the server slow after a late answer or a timeout, and ok after a quick one', () => {
    const { health } = model(['ready']);
    health.reportSuccess(250);
    expect(health.state).toBe('slow');
    expect(health.available).toBe(true);
    health.reportSuccess(20);
    expect(health.state).toBe('ok');
    health.reportFailure(new ServiceError('timeout', 'no answer within 5000 ms'));
    expect(health.state).toBe('slow');
    expect(health.message).toContain('no answer within 5000 ms');
  });

  it('goes down on an unreachable server, polls the status with growing delays and recovers by itself', async () => {
    const { health, checkStatus } = model(['down', 'starting', 'ready']);
    const seen: string[] = [];
    health.changed.connect((_, state) => seen.push(state));
    health.reportFailure(new ServiceError('unavailable', 'connection refused'));
    expect(health.available).toBe(false);
    await jest.advanceTimersByTimeAsync(10);
    expect(checkStatus).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(20);
    expect(checkStatus).toHaveBeenCalledTimes(2);
    expect(health.state).toBe('starting');
    await jest.advanceTimersByTimeAsync(40);
    expect(checkStatus).toHaveBeenCalledTimes(3);
    expect(health.state).toBe('ok');
    // `changed` also fires when only the message changes (the tooltip follows it); the states went:
    expect(seen.filter((state, i) => state !== seen[i - 1])).toEqual(['down', 'starting', 'ok']);
    await jest.advanceTimersByTimeAsync(1000);
    expect(checkStatus).toHaveBeenCalledTimes(3);
  });

  it('ignores answers about a single request (404, 400)', () => {
    const { health } = model(['ready']);
    health.reportSuccess(10);
    health.reportFailure(new ServiceError('not-found', 'unknown package'));
    health.reportFailure(new ServiceError('bad-request', 'bad field'));
    expect(health.state).toBe('ok');
  });

  it('counts an unreachable Jupyter server as down and keeps polling', async () => {
    const checkStatus = jest
      .fn<Promise<IBackendStatus>, []>()
      .mockRejectedValueOnce(new ServiceError('unavailable', 'Jupyter server unreachable'))
      .mockResolvedValue({ state: 'ready', url: '', message: 'ready' });
    const health = new HealthModel({ checkStatus, pollDelaysMs: [5] });
    expect(await health.check()).toBe('down');
    expect(health.message).toContain('Jupyter server unreachable');
    await jest.advanceTimersByTimeAsync(5);
    expect(health.state).toBe('ok');
  });

  it('stops polling when disposed', async () => {
    const { health, checkStatus } = model(['down']);
    health.reportFailure(new ServiceError('unavailable', 'refused'));
    health.dispose();
    await jest.advanceTimersByTimeAsync(1000);
    expect(checkStatus).not.toHaveBeenCalled();
  });
});
