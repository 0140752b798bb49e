import { Widget } from '@lumino/widgets';

import { IStageResponse } from '../api/types';
import { HealthModel } from './health';
import { statusLabel } from './label';

const NOTICE_MS = 4000;

/**
 * The single, quiet StageSense item in JupyterLab's status bar: active cell's stage, server state, and short-lived
 * notices from commands (instead of dialogs). Clicking it while offline retries at once.
 */
export class StatusItem extends Widget {
  private stage: IStageResponse | null = null;
  private showStage = true;
  private notice = '';
  private noticeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly health: HealthModel) {
    super();
    // JupyterLab's own text-item class gives the status bar's font and line height.
    this.addClass('jp-StatusBar-TextItem');
    this.addClass('jp-StageSense-status');
    this.node.setAttribute('role', 'status');
    this.node.addEventListener('click', () => {
      if (this.health.state === 'down') {
        void this.health.check();
      }
    });
    health.changed.connect(this.render, this);
    this.render();
  }

  setStage(stage: IStageResponse | null): void {
    this.stage = stage;
    this.render();
  }

  setShowStage(show: boolean): void {
    this.showStage = show;
    this.render();
  }

  showNotice(text: string): void {
    this.notice = text;
    if (this.noticeTimer !== null) {
      clearTimeout(this.noticeTimer);
    }
    this.noticeTimer = setTimeout(() => {
      this.notice = '';
      this.noticeTimer = null;
      this.render();
    }, NOTICE_MS);
    this.render();
  }

  dispose(): void {
    if (this.noticeTimer !== null) {
      clearTimeout(this.noticeTimer);
    }
    this.health.changed.disconnect(this.render, this);
    super.dispose();
  }

  private render(): void {
    const label = statusLabel(this.health.state, this.health.message, this.stage, this.showStage, this.notice);
    this.node.textContent = label.text;
    this.node.title = label.title;
    this.node.dataset.level = label.level;
    this.node.dataset.health = this.health.state;
  }
}
