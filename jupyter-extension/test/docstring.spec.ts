import { StageSenseClient } from '../src/api/client';
import { IDocstringEdit } from '../src/api/types';
import { IEditorLike, buildDocstringRequest, generateDocstring } from '../src/docstring/generate';
import { applyOffsetEdit, toOffsetEdit } from '../src/docstring/lineEdit';
import { RecordingTransport, json } from './helpers';

const apply = (source: string, edit: IDocstringEdit) => applyOffsetEdit(source, toOffsetEdit(source, edit));

describe('toOffsetEdit', () => {
  const source = 'def f(a, b=1):\n    return a + b\n';

  it('inserts before start_line when end_line < start_line', () => {
    const text = '    """Add a and b."""';
    expect(apply(source, { start_line: 2, end_line: 1, text })).toBe(
      'def f(a, b=1):\n    """Add a and b."""\n    return a + b\n'
    );
  });

  it('replaces the inclusive line range of an existing docstring', () => {
    const withDoc = 'def f(a):\n    """Old.\n\n    More.\n    """\n    return a\n';
    expect(apply(withDoc, { start_line: 2, end_line: 5, text: '    """New."""\n' })).toBe(
      'def f(a):\n    """New."""\n    return a\n'
    );
  });

  it('appends on a line of its own after a last line without newline', () => {
    expect(apply('def f():', { start_line: 2, end_line: 1, text: '    """Do f."""' })).toBe('def f():\n    """Do f."""');
  });

  it('clamps lines past the end of the source', () => {
    expect(apply('x\n', { start_line: 10, end_line: 20, text: 'y' })).toBe('x\ny\n');
  });
});

describe('buildDocstringRequest', () => {
  it('sends the 1-based cursor line and the chosen style for Python', () => {
    expect(buildDocstringRequest('def f(): pass', 0, 'text/x-ipython', 'numpy')).toEqual({
      code: 'def f(): pass',
      language: 'python',
      style: 'numpy',
      line: 1
    });
  });

  it('always asks for Javadoc in Java files and refuses other languages', () => {
    expect(buildDocstringRequest('int f() {}', 3, 'text/x-java', 'google')).toMatchObject({ language: 'java', style: 'javadoc', line: 4 });
    expect(buildDocstringRequest('# title', 0, 'text/x-ipythongfm', 'google')).toBeNull();
  });
});

/**
 * An editor over a string that records, in order, each `updateSource` call (one call = one transaction) and each
 * time the undo manager is told to stop capturing (so neighbouring edits cannot merge into the same undo step).
 */
function editor(initial: string, cursorLine: number, mimeType = 'text/x-ipython') {
  let source = initial;
  const updates: Array<[number, number, string | undefined]> = [];
  const events: string[] = [];
  const ed: IEditorLike = {
    getCursorPosition: () => ({ line: cursorLine, column: 0 }),
    model: {
      mimeType,
      sharedModel: {
        getSource: () => source,
        updateSource: (start, end, value) => {
          updates.push([start, end, value]);
          events.push('update');
          source = source.slice(0, start) + (value ?? '') + source.slice(end);
        },
        undoManager: { stopCapturing: () => events.push('stop') }
      }
    }
  };
  return { ed, updates, events, source: () => source, setSource: (s: string) => (source = s) };
}

describe('generateDocstring', () => {
  const code = 'import math\n\ndef area(r):\n    return math.pi * r ** 2\n';
  const answer = {
    docstring: 'Compute the area.\n\nArgs:\n    r: radius.',
    summary: 'Compute the area.',
    edit: { start_line: 4, end_line: 3, text: '    """Compute the area.\n\n    Args:\n        r: radius.\n    """\n' }
  };

  it('applies the edit as a single updateSource call and asks for the function under the cursor', async () => {
    const transport = new RecordingTransport(() => json(200, answer));
    const { ed, updates, events, source } = editor(code, 2);
    const outcome = await generateDocstring(ed, new StageSenseClient({ transport }), 'google');
    expect(outcome.applied).toBe(true);
    expect(transport.requests[0].body).toEqual({ code, language: 'python', style: 'google', line: 3 });
    expect(updates).toHaveLength(1);
    expect(events).toEqual(['stop', 'update', 'stop']);
    expect(source()).toBe(
      'import math\n\ndef area(r):\n    """Compute the area.\n\n    Args:\n        r: radius.\n    """\n    return math.pi * r ** 2\n'
    );
  });

  it('leaves the code alone if it changed while the docstring was being generated', async () => {
    let sourceHandle: ReturnType<typeof editor>;
    const transport = new RecordingTransport(() => {
      sourceHandle.setSource(code + 'x = 1\n');
      return json(200, answer);
    });
    sourceHandle = editor(code, 2);
    const outcome = await generateDocstring(sourceHandle.ed, new StageSenseClient({ transport }), 'google');
    expect(outcome).toMatchObject({ applied: false });
    expect(sourceHandle.updates).toHaveLength(0);
  });

  it('reports the server message when there is no function at the cursor, without editing', async () => {
    const transport = new RecordingTransport(() => json(400, { message: 'no function at line 1' }));
    const { ed, updates } = editor('x = 1\n', 0);
    const outcome = await generateDocstring(ed, new StageSenseClient({ transport }), 'rest');
    expect(outcome).toEqual({ applied: false, reason: 'No docstring: no function at line 1' });
    expect(updates).toHaveLength(0);
  });

  it('does not call the server for a markdown cell', async () => {
    const transport = new RecordingTransport(() => json(200, answer));
    const { ed } = editor('# Title', 0, 'text/x-ipythongfm');
    const outcome = await generateDocstring(ed, new StageSenseClient({ transport }), 'google');
    expect(outcome.applied).toBe(false);
    expect(transport.requests).toHaveLength(0);
  });
});
