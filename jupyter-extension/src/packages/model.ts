import { ISignal, Signal } from '@lumino/signaling';

import { StageSenseClient } from '../api/client';
import { ServiceError } from '../api/errors';
import { IPackageResult } from '../api/types';
import { importedPackages } from './imports';

/** What the panel shows for one import of the notebook. */
export interface IImportInfo {
  name: string;
  summary: string;
  similar: IPackageResult[];
  usedWith: IPackageResult[];
}

export interface ISearchState {
  query: string;
  results: IPackageResult[];
  loading: boolean;
  error: string;
}

export interface IPanelState {
  imports: IImportInfo[];
  /** Imports the package index does not know (standard library, local modules). */
  unknown: string[];
  loading: boolean;
  /** Why the last refresh failed as a whole (server down), or empty. */
  error: string;
  search: ISearchState;
}

const EMPTY_SEARCH: ISearchState = { query: '', results: [], loading: false, error: '' };

/**
 * State of the "Similar packages" panel: per notebook import its summary, similar packages and packages often used
 * with it; plus a free-text search. Stale answers (a newer refresh or search started) are discarded.
 */
export class PackagesModel {
  private _state: IPanelState = { imports: [], unknown: [], loading: false, error: '', search: EMPTY_SEARCH };
  private readonly _changed = new Signal<this, IPanelState>(this);
  private refreshGeneration = 0;
  private searchGeneration = 0;
  private lastImports: string[] = [];

  constructor(
    private readonly client: StageSenseClient,
    private readonly k: number = 5
  ) {}

  get state(): IPanelState {
    return this._state;
  }

  get changed(): ISignal<this, IPanelState> {
    return this._changed;
  }

  /** Re-reads the imports from `cells`; asks the server only when they changed, unless `force`. */
  async refresh(cells: string[], force = false): Promise<void> {
    const names = importedPackages(cells);
    if (!force && sameList(names, this.lastImports) && !this._state.error) {
      return;
    }
    this.lastImports = names;
    const generation = ++this.refreshGeneration;
    this.update({ loading: true, error: '' });
    const imports: IImportInfo[] = [];
    const unknown: string[] = [];
    let failure = '';
    for (const name of names) {
      try {
        imports.push(await this.describe(name));
      } catch (error) {
        if (error instanceof ServiceError && error.kind === 'not-found') {
          unknown.push(name);
        } else {
          failure = error instanceof ServiceError ? error.message : 'request failed';
          break;
        }
      }
      if (generation !== this.refreshGeneration) {
        return;
      }
    }
    if (generation !== this.refreshGeneration) {
      return;
    }
    if (failure) {
      // Keep whatever was shown before: a blip of the server should not blank the panel.
      this.lastImports = [];
      this.update({ loading: false, error: `Packages unavailable: ${failure}` });
      return;
    }
    this.update({ imports, unknown, loading: false, error: '' });
  }

  async search(query: string): Promise<void> {
    const trimmed = query.trim();
    const generation = ++this.searchGeneration;
    if (!trimmed) {
      this.update({ search: EMPTY_SEARCH });
      return;
    }
    this.update({ search: { query: trimmed, results: this._state.search.results, loading: true, error: '' } });
    try {
      const response = await this.client.search({ query: trimmed, k: this.k * 2 });
      if (generation === this.searchGeneration) {
        this.update({ search: { query: trimmed, results: response.results ?? [], loading: false, error: '' } });
      }
    } catch (error) {
      if (generation === this.searchGeneration) {
        const message = error instanceof ServiceError ? error.message : 'request failed';
        this.update({ search: { query: trimmed, results: [], loading: false, error: message } });
      }
    }
  }

  private async describe(name: string): Promise<IImportInfo> {
    // `similar` decides whether the index knows the package (404 otherwise); the other two only add to it.
    const similar = (await this.client.similar(name, this.k)).results ?? [];
    const [usedWith, summary] = await Promise.all([
      this.client
        .recommend({ imports: [name], k: this.k })
        .then(r => (r.results ?? []).filter(p => p.name !== name))
        .catch(() => [] as IPackageResult[]),
      this.client
        .search({ query: name, k: 5 })
        .then(r => (r.results ?? []).find(p => p.name.toLowerCase() === name.toLowerCase())?.summary ?? '')
        .catch(() => '')
    ]);
    return { name, summary, similar: similar.filter(p => p.name !== name), usedWith };
  }

  private update(patch: Partial<IPanelState>): void {
    this._state = { ...this._state, ...patch };
    this._changed.emit(this._state);
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
