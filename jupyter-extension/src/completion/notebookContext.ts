/**
 * Reads the earlier code cells of the notebook a completion request comes from. Typed structurally (the parts of
 * `NotebookPanel` we touch) so it works on any widget: for a file editor or a console it finds no cells.
 */
export interface ICellLike {
  readonly model: { readonly type: string; readonly sharedModel: { getSource(): string } };
}

export interface INotebookPanelLike {
  readonly content: { readonly widgets: ReadonlyArray<ICellLike>; readonly activeCellIndex: number };
}

export function isNotebookPanelLike(widget: unknown): widget is INotebookPanelLike {
  const content = (widget as { content?: unknown } | null)?.content as
    | { widgets?: unknown; activeCellIndex?: unknown }
    | undefined;
  return !!content && Array.isArray(content.widgets) && typeof content.activeCellIndex === 'number';
}

/** Sources of the code cells above the active cell, oldest first (markdown and raw cells are skipped). */
export function earlierCodeCells(widget: unknown): string[] {
  if (!isNotebookPanelLike(widget)) {
    return [];
  }
  const { widgets, activeCellIndex } = widget.content;
  const sources: string[] = [];
  for (let i = 0; i < Math.min(activeCellIndex, widgets.length); i++) {
    const model = widgets[i].model;
    if (model.type === 'code') {
      sources.push(model.sharedModel.getSource());
    }
  }
  return sources;
}

/** All code cell sources of the notebook, in order (the packages panel reads imports from them). */
export function allCodeCells(widget: unknown): string[] {
  if (!isNotebookPanelLike(widget)) {
    return [];
  }
  return widget.content.widgets
    .filter(cell => cell.model.type === 'code')
    .map(cell => cell.model.sharedModel.getSource());
}
