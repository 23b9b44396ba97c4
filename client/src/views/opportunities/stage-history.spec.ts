import { describe, expect, it } from 'vitest';
import { stageStays } from './stage-history';

describe('stage history', () => {
  it('lists stays newest first, with the server’s measured time and the current stay up to now', () => {
    const stays = stageStays(
      [
        { fromStageId: 1, toStageId: 3, changedAt: '2026-03-03T00:00:00.000Z', changedBy: 4, secondsInStage: 172800 },
        { fromStageId: null, toStageId: 1, changedAt: '2026-03-01T00:00:00.000Z', changedBy: 4, secondsInStage: null },
      ],
      new Date('2026-03-03T06:00:00.000Z'),
    );
    expect(stays).toEqual([
      { stageId: 3, enteredAt: '2026-03-03T00:00:00.000Z', leftAt: null, seconds: 21600, changedBy: 4 },
      { stageId: 1, enteredAt: '2026-03-01T00:00:00.000Z', leftAt: '2026-03-03T00:00:00.000Z', seconds: 172800, changedBy: 4 },
    ]);
  });

  it('stops the clock when the opportunity closed', () => {
    const [stay] = stageStays(
      [{ fromStageId: null, toStageId: 5, changedAt: '2026-03-01T00:00:00.000Z', changedBy: 4, secondsInStage: null }],
      new Date('2026-04-01T00:00:00.000Z'),
      '2026-03-01T01:00:00.000Z',
    );
    expect(stay?.seconds).toBe(3600);
  });
});
