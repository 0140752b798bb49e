import { LabIcon } from '@jupyterlab/ui-components';
import type { Message } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';

import { IPackageResult } from '../api/types';
import { IImportInfo, IPanelState, PackagesModel } from './model';

const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" viewBox="0 0 24 24"><g class="jp-icon3" fill="#616161">' +
  '<path d="M12 2 3 7v10l9 5 9-5V7l-9-5zm0 2.3 6.6 3.7L12 11.7 5.4 8 12 4.3zM5 9.7l6 3.4v6.6l-6-3.3V9.7zm8 10v-6.6' +
  'l6-3.4v6.7l-6 3.3z"/></g></svg>';

export const packagesIcon = new LabIcon({ name: 'stagesense:packages', svgstr: ICON_SVG });

const SEARCH_DEBOUNCE_MS = 300;

/**
 * The "Similar packages" side panel. Plain DOM rendered from the model's state on every change: the state is small
 * and this keeps the widget free of a UI framework.
 */
export class PackagesPanel extends Widget {
  private readonly body: HTMLElement;
  private readonly searchResults: HTMLElement;
  private searchTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * @param onRefresh - the user asked for a fresh look at the notebook's imports
   * @param onShow - the panel became visible (its sidebar tab was opened): time to read the imports
   */
  constructor(
    private readonly model: PackagesModel,
    private readonly onRefresh: () => void,
    private readonly onShow: () => void
  ) {
    super();
    this.id = 'stagesense-packages';
    this.addClass('jp-StageSense-packages');
    this.title.icon = packagesIcon;
    this.title.caption = 'Similar packages (StageSense)';

    const header = document.createElement('div');
    header.className = 'jp-StageSense-packages-header';
    const heading = document.createElement('h2');
    heading.textContent = 'Similar packages';
    const refresh = document.createElement('button');
    refresh.className = 'jp-StageSense-refresh jp-mod-styled';
    refresh.textContent = 'Refresh';
    refresh.title = 'Read the imports of the current notebook again';
    refresh.addEventListener('click', () => this.onRefresh());
    header.append(heading, refresh);

    const search = document.createElement('input');
    search.type = 'search';
    search.className = 'jp-StageSense-search jp-mod-styled';
    search.placeholder = 'Search packages (e.g. "plot dataframes")';
    search.setAttribute('aria-label', 'Search packages');
    search.addEventListener('input', () => {
      if (this.searchTimer !== null) {
        clearTimeout(this.searchTimer);
      }
      this.searchTimer = setTimeout(() => void this.model.search(search.value), SEARCH_DEBOUNCE_MS);
    });

    this.searchResults = document.createElement('div');
    this.searchResults.className = 'jp-StageSense-search-results';
    this.body = document.createElement('div');
    this.body.className = 'jp-StageSense-imports';
    this.node.append(header, search, this.searchResults, this.body);

    model.changed.connect((_, state) => this.render(state), this);
    this.render(model.state);
  }

  protected onAfterShow(msg: Message): void {
    super.onAfterShow(msg);
    this.onShow();
  }

  dispose(): void {
    if (this.searchTimer !== null) {
      clearTimeout(this.searchTimer);
    }
    super.dispose();
  }

  private render(state: IPanelState): void {
    this.searchResults.replaceChildren(...renderSearch(state));
    this.body.replaceChildren(...renderImports(state));
  }
}

function renderSearch(state: IPanelState): HTMLElement[] {
  const { search } = state;
  if (!search.query) {
    return [];
  }
  if (search.error) {
    return [note(`Search failed: ${search.error}`)];
  }
  if (search.loading && search.results.length === 0) {
    return [note('Searching…')];
  }
  return [section(`Results for “${search.query}”`, search.results, 'No package matches.')];
}

function renderImports(state: IPanelState): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (state.error) {
    out.push(note(state.error));
  }
  if (state.loading && state.imports.length === 0) {
    out.push(note('Looking up the notebook’s imports…'));
  }
  if (!state.loading && !state.error && state.imports.length === 0 && state.unknown.length === 0) {
    out.push(note('Open a notebook with imports to see similar packages.'));
  }
  for (const info of state.imports) {
    out.push(renderImport(info));
  }
  if (state.unknown.length > 0) {
    out.push(note(`Not in the package index: ${state.unknown.join(', ')}`));
  }
  return out;
}

function renderImport(info: IImportInfo): HTMLElement {
  const card = document.createElement('section');
  card.className = 'jp-StageSense-import';
  card.dataset.package = info.name;
  const name = document.createElement('h3');
  name.textContent = info.packageName === info.name ? info.name : `${info.name} (${info.packageName})`;
  card.append(name);
  if (info.summary) {
    const summary = document.createElement('p');
    summary.className = 'jp-StageSense-summary';
    summary.textContent = info.summary;
    card.append(summary);
  }
  card.append(
    section('Alternatives', info.alternatives, 'No alternative found.'),
    section('Extensions', info.extensions, 'No extension found.'),
    section('Often used with', info.usedWith, 'No companion package found.')
  );
  return card;
}

function section(title: string, packages: IPackageResult[], empty: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'jp-StageSense-section';
  const heading = document.createElement('h4');
  heading.textContent = title;
  wrapper.append(heading);
  if (packages.length === 0) {
    wrapper.append(note(empty));
    return wrapper;
  }
  const list = document.createElement('ul');
  for (const pkg of packages) {
    const item = document.createElement('li');
    item.className = 'jp-StageSense-package';
    item.dataset.package = pkg.name;
    const label = document.createElement('span');
    label.className = 'jp-StageSense-package-name';
    label.textContent = pkg.name;
    item.append(label);
    if (pkg.summary) {
      const summary = document.createElement('span');
      summary.className = 'jp-StageSense-package-summary';
      summary.textContent = ` — ${pkg.summary}`;
      item.append(summary);
    }
    if (pkg.reasons?.length) {
      item.title = pkg.reasons.join('\n');
    }
    list.append(item);
  }
  wrapper.append(list);
  return wrapper;
}

function note(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'jp-StageSense-note';
  p.textContent = text;
  return p;
}
