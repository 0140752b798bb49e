import { StageSenseClient } from '../src/api/client';
import { importedPackages } from '../src/packages/imports';
import { PackagesModel } from '../src/packages/model';
import { IRecordedRequest, RecordingTransport, json } from './helpers';

describe('importedPackages', () => {
  it('finds top-level packages of import and from-import statements in first-seen order', () => {
    const cells = [
      'import pandas as pd\nimport numpy as np, os.path\nfrom sklearn.model_selection import train_test_split',
      'from matplotlib import pyplot as plt  # plots\nimport pandas',
      'x = 1; import seaborn as sns'
    ];
    expect(importedPackages(cells)).toEqual(['pandas', 'numpy', 'os', 'sklearn', 'matplotlib', 'seaborn']);
  });

  it('skips relative imports, __future__, magics, shell escapes and commented-out imports', () => {
    const cells = ['from __future__ import annotations\nfrom . import utils\n%pip install torch\n!pip install jax\n# import tensorflow'];
    expect(importedPackages(cells)).toEqual([]);
  });

  it('reads parenthesised and backslash-continued imports', () => {
    expect(importedPackages(['from scipy.stats import (\n  norm,\n  t,\n)\nimport xgboost, \\\n  lightgbm'])).toEqual([
      'scipy',
      'xgboost',
      'lightgbm'
    ]);
  });
});

const KNOWN: Record<string, { name: string; summary: string; similar: string[]; extensions: string[]; usedWith: string[] }> = {
  pandas: { name: 'pandas', summary: 'Data frames for Python', similar: ['polars', 'dask'], extensions: ['geopandas'], usedWith: ['numpy', 'matplotlib'] },
  numpy: { name: 'numpy', summary: 'Arrays', similar: ['cupy'], extensions: [], usedWith: ['scipy'] },
  sklearn: { name: 'scikit-learn', summary: 'Machine learning', similar: [], extensions: [], usedWith: ['pandas'] }
};

const pkg = (relation: string) => (name: string) => ({ name, score: 0.5, summary: `${name} summary`, relation, reasons: ['shared imports'] });

/** Answers like the package endpoints would for the KNOWN index; anything else is 404. */
function packageServer(request: IRecordedRequest) {
  if (request.path.startsWith('v1/packages/similar')) {
    const name = new URLSearchParams(request.path.split('?')[1]).get('name')!;
    const known = KNOWN[name];
    if (!known) {
      return json(404, { message: `unknown package: ${name}` });
    }
    return json(200, {
      name: known.name,
      resolved_by: known.name === name ? 'exact' : 'import_name',
      summary: known.summary,
      results: [
        ...known.similar.map(pkg('alternative')),
        ...known.extensions.map(pkg('extension')),
        ...known.usedWith.map(pkg('used_with'))
      ]
    });
  }
  if (request.path === 'v1/packages/search') {
    return json(200, { results: [pkg('match')('plotly'), pkg('match')('bokeh')] });
  }
  return json(404, {});
}

describe('PackagesModel', () => {
  it('shows summary, alternatives, extensions and companions for each import, and lists unknown ones apart', async () => {
    const transport = new RecordingTransport(packageServer);
    const model = new PackagesModel(new StageSenseClient({ transport }), 5);
    const states: boolean[] = [];
    model.changed.connect((_, state) => states.push(state.loading));
    await model.refresh(['import pandas as pd\nimport os', 'import numpy as np\nimport sklearn']);
    const { imports, unknown, error, loading } = model.state;
    expect(error).toBe('');
    expect(loading).toBe(false);
    expect(states[0]).toBe(true);
    expect(unknown).toEqual(['os']);
    expect(imports.map(i => i.name)).toEqual(['pandas', 'numpy', 'sklearn']);
    expect(imports[0].summary).toBe('Data frames for Python');
    expect(imports[0].alternatives.map(p => p.name)).toEqual(['polars', 'dask']);
    expect(imports[0].extensions.map(p => p.name)).toEqual(['geopandas']);
    expect(imports[0].usedWith.map(p => p.name)).toEqual(['numpy', 'matplotlib']);
    expect(imports[2].packageName).toBe('scikit-learn');
    expect(transport.requests.map(r => r.path.split('?')[0])).toEqual(Array(4).fill('v1/packages/similar'));
  });

  it('asks again only when the imports changed, or when forced', async () => {
    const transport = new RecordingTransport(packageServer);
    const model = new PackagesModel(new StageSenseClient({ transport }));
    await model.refresh(['import pandas']);
    const afterFirst = transport.requests.length;
    await model.refresh(['import pandas\nx = 1']);
    expect(transport.requests.length).toBe(afterFirst);
    await model.refresh(['import pandas'], true);
    expect(transport.requests.length).toBe(afterFirst * 2);
  });

  it('keeps what it showed and says why when the server is down', async () => {
    const transport = new RecordingTransport(packageServer);
    const model = new PackagesModel(new StageSenseClient({ transport }));
    await model.refresh(['import pandas']);
    transport.handler = () => json(503, { message: 'no StageSense server', state: 'down' });
    await model.refresh(['import numpy']);
    expect(model.state.error).toBe('Packages unavailable: no StageSense server');
    expect(model.state.imports.map(i => i.name)).toEqual(['pandas']);
  });

  it('searches free text and clears the results for an empty query', async () => {
    const transport = new RecordingTransport(packageServer);
    const model = new PackagesModel(new StageSenseClient({ transport }), 4);
    await model.search('  interactive plots ');
    expect(model.state.search).toMatchObject({ query: 'interactive plots', loading: false, error: '' });
    expect(model.state.search.results.map(p => p.name)).toEqual(['plotly', 'bokeh']);
    expect(transport.requests[0].body).toEqual({ query: 'interactive plots', k: 8 });
    await model.search('');
    expect(model.state.search.results).toEqual([]);
  });

  it('discards the answer of a search overtaken by a newer one', async () => {
    const resolvers: Array<() => void> = [];
    const transport = new RecordingTransport(request =>
      new Promise(resolve => resolvers.push(() => resolve(packageServer(request))))
    );
    const model = new PackagesModel(new StageSenseClient({ transport }));
    const older = model.search('pandas');
    const newer = model.search('plots');
    resolvers[1]();
    await newer;
    resolvers[0]();
    await older;
    expect(model.state.search.query).toBe('plots');
    expect(model.state.search.results.map(p => p.name)).toEqual(['plotly', 'bokeh']);
  });
});
