import { StageSenseClient } from '../src/api/client';
import { ServiceError } from '../src/api/errors';
import { RecordingTransport, json } from './helpers';

function setup(handler: ConstructorParameters<typeof RecordingTransport>[0], timeoutMs = 1000) {
  const transport = new RecordingTransport(handler);
  const health = { reportSuccess: jest.fn(), reportFailure: jest.fn() };
  const client = new StageSenseClient({ transport, health, timeoutMs });
  return { transport, health, client };
}

describe('StageSenseClient', () => {
  it('posts /v1/complete with the contract field names and returns the parsed answer', async () => {
    const { transport, client, health } = setup(() =>
      json(200, { stage: 'load', suggestions: [{ text: 'df.head()', score: 0.4 }], elapsed_ms: 3 })
    );
    const body = { prefix: 'df.', suffix: '', context: ['import pandas as pd'], language: 'python' as const, max_suggestions: 3 };
    const response = await client.complete(body);
    expect(transport.requests).toHaveLength(1);
    expect(transport.requests[0]).toMatchObject({ path: 'v1/complete', method: 'POST', body });
    expect(Object.keys(transport.requests[0].body as object).sort()).toEqual(
      ['context', 'language', 'max_suggestions', 'prefix', 'suffix']
    );
    expect(response.suggestions[0].text).toBe('df.head()');
    expect(health.reportSuccess).toHaveBeenCalledTimes(1);
  });

  it('sends similar-package lookups as GET with an encoded query string', async () => {
    const { transport, client } = setup(() => json(200, { results: [] }));
    await client.similar('scikit learn&x', 7);
    expect(transport.requests[0]).toMatchObject({
      path: 'v1/packages/similar?name=scikit%20learn%26x&k=7',
      method: 'GET',
      body: undefined
    });
  });

  it('posts search and recommend bodies as the contract names them', async () => {
    const { transport, client } = setup(() => json(200, { results: [] }));
    await client.search({ query: 'plot', k: 10 });
    await client.recommend({ imports: ['pandas', 'sklearn'], k: 4 });
    await client.docstring({ code: 'def f(): pass', language: 'python', style: 'numpy', line: 1 });
    await client.stage('df.head()');
    expect(transport.requests.map(r => [r.path, r.body])).toEqual([
      ['v1/packages/search', { query: 'plot', k: 10 }],
      ['v1/packages/recommend', { imports: ['pandas', 'sklearn'], k: 4 }],
      ['v1/docstring', { code: 'def f(): pass', language: 'python', style: 'numpy', line: 1 }],
      ['v1/stage', { code: 'df.head()' }]
    ]);
  });

  it('turns a 503 from the proxy into an "unavailable" error and reports it to the health model', async () => {
    const { client, health } = setup(() =>
      json(503, { message: 'no StageSense server at http://127.0.0.1:7878', state: 'down' })
    );
    const error = await client.stage('x').catch(e => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain('no StageSense server');
    expect(health.reportFailure).toHaveBeenCalledWith(error);
  });

  it('treats a 503 from the StageSense server itself (endpoint without its model) as about the request', async () => {
    const { client, health } = setup(() =>
      json(503, { error: 'endpoint unavailable: its model is not loaded', reason: 'no similar-packages engine yet' })
    );
    const error = await client.similar('pandas', 5).catch(e => e);
    expect(error.kind).toBe('server');
    expect(error.message).toBe('endpoint unavailable: its model is not loaded (no similar-packages engine yet)');
    expect(health.reportFailure).not.toHaveBeenCalled();
  });

  it('reads a proxy 504 for a healthy but slow server as a timeout', async () => {
    const { client, health } = setup(() => json(504, { message: 'StageSense did not answer', state: 'ready' }));
    const error = await client.stage('x').catch(e => e);
    expect(error.kind).toBe('timeout');
    expect(health.reportFailure).toHaveBeenCalledWith(error);
  });

  it('treats a 404 (unknown package) as an answer about the request, not about health', async () => {
    const { client, health } = setup(() => json(404, { message: 'unknown package: nopkg' }));
    const error = await client.similar('nopkg', 5).catch(e => e);
    expect(error.kind).toBe('not-found');
    expect(error.status).toBe(404);
    expect(health.reportFailure).not.toHaveBeenCalled();
  });

  it('maps a transport failure (Jupyter server gone) to "unavailable"', async () => {
    const { client } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(client.stage('x')).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('abandons a request after the timeout and reports the server slow', async () => {
    const { client, health, transport } = setup(() => new Promise(() => undefined), 30);
    const error = await client.stage('x').catch(e => e);
    expect(error.kind).toBe('timeout');
    expect(transport.requests[0].signal?.aborted).toBe(true);
    expect(health.reportFailure).toHaveBeenCalledWith(error);
  });

  it('reports a caller abort as "stale" without touching health', async () => {
    const { client, health, transport } = setup(() => new Promise(() => undefined));
    const controller = new AbortController();
    const pending = client.stage('x', { signal: controller.signal }).catch(e => e);
    controller.abort();
    const error = await pending;
    expect(error.kind).toBe('stale');
    expect(transport.requests[0].signal?.aborted).toBe(true);
    expect(health.reportFailure).not.toHaveBeenCalled();
    expect(health.reportSuccess).not.toHaveBeenCalled();
  });

  it('does not send at all when the signal is already aborted', async () => {
    const { client, transport } = setup(() => json(200, {}));
    const controller = new AbortController();
    controller.abort();
    await expect(client.stage('x', { signal: controller.signal })).rejects.toMatchObject({ kind: 'stale' });
    expect(transport.requests).toHaveLength(0);
  });

  it('rejects a 200 whose body is not JSON', async () => {
    const { client } = setup(() => json(200, '<html>login</html>'));
    await expect(client.stage('x')).rejects.toMatchObject({ kind: 'server' });
  });

  it('reads the proxy status without reporting it as a StageSense call', async () => {
    const { client, health, transport } = setup(() =>
      json(200, { state: 'starting', url: 'http://127.0.0.1:7878', message: 'starting…' })
    );
    expect((await client.status()).state).toBe('starting');
    expect(transport.requests[0]).toMatchObject({ path: 'status', method: 'GET' });
    expect(health.reportSuccess).not.toHaveBeenCalled();
  });
});
