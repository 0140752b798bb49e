import { IStageResponse, STAGES } from '../api/types';
import { HealthState } from './health';

export interface IStatusLabel {
  text: string;
  title: string;
  /** CSS modifier: normal, muted (not connected yet / starting), warn (slow or down). */
  level: 'normal' | 'muted' | 'warn';
}

/**
 * What the one status bar item says: the active cell's stage while the server answers, otherwise a single word
 * about the server (details in the tooltip), never a dialog.
 */
export function statusLabel(
  health: HealthState,
  healthMessage: string,
  stage: IStageResponse | null,
  showStage: boolean,
  notice: string = ''
): IStatusLabel {
  if (health === 'down') {
    return { text: 'StageSense: offline', title: `${healthMessage}\nClick to retry now.`, level: 'warn' };
  }
  if (health === 'starting') {
    return { text: 'StageSense: starting…', title: healthMessage, level: 'muted' };
  }
  const slow = health === 'slow';
  const base = slow ? 'StageSense (slow)' : 'StageSense';
  const stageText = showStage && stage ? `: ${stage.stage}` : '';
  const lines = [slow ? healthMessage : health === 'unknown' ? 'Connecting to StageSense…' : 'StageSense is ready'];
  if (showStage && stage) {
    lines.push(`Stage of the active cell: ${stage.stage}`);
    const probabilities = STAGES.filter(s => typeof stage.probabilities?.[s] === 'number').map(
      s => `  ${s}: ${Math.round((stage.probabilities[s] as number) * 100)}%`
    );
    lines.push(...probabilities);
  }
  if (notice) {
    lines.unshift(notice);
  }
  return {
    text: notice ? `${base}: ${notice}` : `${base}${stageText}`,
    title: lines.join('\n'),
    level: slow ? 'warn' : health === 'unknown' ? 'muted' : 'normal'
  };
}
