import { ISignal, Signal } from '@lumino/signaling';

import { StageSenseClient } from '../api/client';
import { ServiceError } from '../api/errors';
import { IPackageResult } from '../api/types';
import { importedPackages } from './imports';

/** What the panel shows for one import of the notebook. */
export interface IImportInfo {
  /** The import as written (sklearn). */
  name: string;
  /** The package it is (scikit-learn); equal to name when they agree. */
  packageName: string;
  summary: string;
  alternatives: IPackageResult[];
  extensions: IPackageResult[];
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
 * State of the "Similar packages" panel: per notebook import its summary, alternatives, extensions and packages often
 * used with it (one similar-packages answer, split by each result's relation); plus a free-text search. Stale answers
 * (a newer refresh or search started) are discarded.
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
    const answer = await this.client.similar(name, this.k);
    const results = answer.results ?? [];
    const related = (relation: string) => results.filter(p => p.relation === relation);
    return {
      name,
      packageName: answer.name ?? name,
      summary: answer.summary ?? '',
      alternatives: related('alternative'),
      extensions: related('extension'),
      usedWith: related('used_with')
    };
  }

  private update(patch: Partial<IPanelState>): void {
    this._state = { ...this._state, ...patch };
    this._changed.emit(this._state);
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
