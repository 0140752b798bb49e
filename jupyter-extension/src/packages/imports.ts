/**
 * Top-level packages a notebook imports, in first-seen order: `import a.b as c, d` gives a and d, `from x.y import z`
 * gives x. Relative imports, `__future__` and lines inside magics/shell escapes are skipped; comments are ignored.
 */
export function importedPackages(cells: string[]): string[] {
  const found: string[] = [];
  const add = (module: string) => {
    const top = module.trim().split('.')[0];
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(top) && top !== '__future__' && !found.includes(top)) {
      found.push(top);
    }
  };
  for (const cell of cells) {
    for (const rawLine of joinContinuations(cell).split('\n')) {
      const line = rawLine.replace(/#.*$/, '').trim();
      if (line.startsWith('%') || line.startsWith('!')) {
        continue;
      }
      // Several statements on one line (`import os; import sys`) are read one by one.
      for (const statement of line.split(';').map(s => s.trim())) {
        const fromMatch = /^from\s+([A-Za-z_][\w.]*)\s+import\b/.exec(statement);
        if (fromMatch) {
          add(fromMatch[1]);
          continue;
        }
        const importMatch = /^import\s+(.+)$/.exec(statement);
        if (importMatch) {
          for (const part of importMatch[1].split(',')) {
            add(part.trim().split(/\s+as\s+/)[0]);
          }
        }
      }
    }
  }
  return found;
}

/** Joins backslash continuations and parenthesised import lists onto one line. */
function joinContinuations(source: string): string {
  return source.replace(/\\\r?\n/g, ' ').replace(/\(([^()]*)\)/g, (_, inner: string) => inner.replace(/\n/g, ' '));
}
