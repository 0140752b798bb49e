import { boundContext, buildCompleteRequest } from '../src/completion/requestBuilder';
import { languageForMime } from '../src/completion/language';
import { allCodeCells, earlierCodeCells } from '../src/completion/notebookContext';
import { notebook } from './notebook';

describe('buildCompleteRequest', () => {
  it('splits the cell at the cursor into prefix and suffix', () => {
    const body = buildCompleteRequest({ text: 'x = 1\ny = x.\nz', offset: 12 }, [], 'python', 3);
    expect(body.prefix).toBe('x = 1\ny = x.');
    expect(body.suffix).toBe('\nz');
    expect(body.language).toBe('python');
    expect(body.max_suggestions).toBe(3);
  });

  it('sends an empty prefix for an empty cell, so the server suggests a first line from the context', () => {
    const body = buildCompleteRequest({ text: '', offset: 0 }, ['import pandas as pd'], 'python', 1);
    expect(body).toEqual({ prefix: '', suffix: '', context: ['import pandas as pd'], language: 'python', max_suggestions: 1 });
  });

  it('clamps a cursor offset outside the text and a non-integer suggestion count', () => {
    const body = buildCompleteRequest({ text: 'abc', offset: 99 }, [], 'python', 0.4);
    expect(body.prefix).toBe('abc');
    expect(body.suffix).toBe('');
    expect(body.max_suggestions).toBe(1);
  });
});

describe('boundContext', () => {
  it('keeps a context under the limit unchanged, minus empty cells', () => {
    expect(boundContext(['a = 1', '', '  ', 'b = 2'], 100)).toEqual(['a = 1', 'b = 2']);
  });

  it('drops the oldest cells first but keeps their import lines', () => {
    const cells = ['import numpy as np\nx = ' + '1'.repeat(50), 'from sklearn import svm\n' + 'y'.repeat(40), 'recent = 1'];
    const bounded = boundContext(cells, 80);
    expect(bounded).toEqual(['import numpy as np', 'from sklearn import svm', 'recent = 1']);
    expect(bounded.join('').length).toBeLessThanOrEqual(80);
  });

  it('drops whole cells from the front when even the imports do not fit', () => {
    const bounded = boundContext(['import a\n' + 'x'.repeat(30), 'import b', 'last'], 12);
    expect(bounded).toEqual(['import b', 'last']);
  });
});

describe('notebook context', () => {
  const panel = notebook(
    [
      ['code', 'import pandas as pd'],
      ['markdown', 'text'],
      ['raw', 'raw'],
      ['code', 'df = pd.DataFrame()'],
      ['code', 'active'],
      ['code', 'after']
    ],
    4
  );

  it('takes the code cells above the active one, oldest first', () => {
    expect(earlierCodeCells(panel)).toEqual(['import pandas as pd', 'df = pd.DataFrame()']);
  });

  it('gives all code cells for the packages panel', () => {
    expect(allCodeCells(panel)).toEqual(['import pandas as pd', 'df = pd.DataFrame()', 'active', 'after']);
  });

  it('finds no cells in a file editor or no widget', () => {
    expect(earlierCodeCells({ content: { editor: {} } })).toEqual([]);
    expect(earlierCodeCells(null)).toEqual([]);
    expect(allCodeCells(undefined)).toEqual([]);
  });
});

describe('languageForMime', () => {
  it('maps notebook cells and Python files to python, Java to java, everything else to nothing', () => {
    expect(languageForMime('text/x-ipython')).toBe('python');
    expect(languageForMime('text/x-python')).toBe('python');
    expect(languageForMime('text/x-java')).toBe('java');
    expect(languageForMime('text/x-ipythongfm')).toBeNull();
    expect(languageForMime(undefined)).toBeNull();
  });
});
