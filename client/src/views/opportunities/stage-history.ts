import type { StageChange } from '@/api/types';

/** One stay in a stage: when it began, when it ended (null: still there) and how long it lasted. */
export interface StageStay {
  stageId: number;
  enteredAt: string;
  leftAt: string | null;
  /** Whole seconds; for the current stage, up to now (or until the opportunity closed). */
  seconds: number;
  changedBy: number | null;
}

/**
 * The stages an opportunity went through, newest first, with the time spent in each. The server
 * records, on each change, the time spent in the stage left; the current stay runs until now.
 */
export function stageStays(history: readonly StageChange[], now: Date, closedAt: string | null = null): StageStay[] {
  const changes = [...history].sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  const stays = changes.map((change, index): StageStay => {
    const next = changes[index + 1];
    const end = next ? null : (closedAt ?? null);
    const measured = next?.secondsInStage;
    const until = next ? new Date(next.changedAt) : end ? new Date(end) : now;
    return {
      stageId: change.toStageId,
      enteredAt: change.changedAt,
      leftAt: next?.changedAt ?? null,
      seconds: measured ?? Math.max(0, Math.round((until.getTime() - new Date(change.changedAt).getTime()) / 1000)),
      changedBy: change.changedBy,
    };
  });
  return stays.reverse();
}
