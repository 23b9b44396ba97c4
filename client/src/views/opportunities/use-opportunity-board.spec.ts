import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { Board, Opportunity } from '@/api/types';
import { isLostStage, useOpportunityBoard, withCardMoved } from './use-opportunity-board';

const { board: boardApi, moveStage } = vi.hoisted(() => ({ board: vi.fn(), moveStage: vi.fn() }));
vi.mock('@/api/opportunities-api', () => ({ opportunitiesApi: { board: boardApi, moveStage } }));

const stage = (id: number, stageType: 'open' | 'won' | 'lost' = 'open') => ({ id, nameEn: `S${id}`, nameZh: `阶段${id}`, probability: 10, sortOrder: id, stageType });
const card = (id: number, stageId: number, version = 1) => ({ id, stageId, version, amount: '10.00', name: `Deal ${id}` }) as Opportunity;

function makeBoard(): Board {
  return {
    pipeline: { id: 1, nameEn: 'Standard', nameZh: '标准', isDefault: true, version: 1, stages: [stage(1), stage(2), stage(3, 'lost')] },
    columns: [
      { stage: stage(1), count: 2, totalAmount: '20.00', cards: [card(11, 1, 4), card(12, 1)] },
      { stage: stage(2), count: 0, totalAmount: '0.00', cards: [] },
      { stage: stage(3, 'lost'), count: 0, totalAmount: '0.00', cards: [] },
    ],
  };
}

beforeEach(() => {
  boardApi.mockReset();
  moveStage.mockReset();
});

describe('opportunity board', () => {
  it('shows a moved card in its new column, counts following, totals left to the server', () => {
    const moved = withCardMoved(makeBoard(), 11, 2);
    expect(moved.columns.map((column) => column.cards.map((c) => c.id))).toEqual([[12], [11], []]);
    expect(moved.columns.map((column) => column.count)).toEqual([1, 1, 0]);
    expect(moved.columns.map((column) => column.totalAmount)).toEqual(['20.00', '0.00', '0.00']);
    expect(isLostStage(moved, 3)).toBe(true);
    expect(isLostStage(moved, 2)).toBe(false);
  });

  it('moves with the card’s version, then reloads the server’s board', async () => {
    boardApi.mockResolvedValue(makeBoard());
    moveStage.mockResolvedValue({});
    const board = useOpportunityBoard();
    await board.load();
    expect(await board.move(11, 3, { lostReason: 'price' })).toBe('moved');
    expect(moveStage).toHaveBeenCalledWith(11, { stageId: 3, version: 4, lostReason: 'price' });
    expect(boardApi).toHaveBeenCalledTimes(2);
    expect(await board.move(12, 1)).toBe('unchanged');
  });

  it('reloads the board when the card changed meanwhile (409)', async () => {
    boardApi.mockResolvedValue(makeBoard());
    moveStage.mockRejectedValue(new ApiError(409, 'STALE_VERSION', 'changed'));
    const board = useOpportunityBoard();
    await board.load();
    expect(await board.move(11, 2)).toBe('stale');
    expect(boardApi).toHaveBeenCalledTimes(2);
    expect(board.board.value?.columns[0]?.cards.map((c) => c.id)).toEqual([11, 12]);
  });
});
