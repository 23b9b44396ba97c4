import { ref, shallowRef } from 'vue';
import { isApiError } from '@/api/api-error';
import { opportunitiesApi } from '@/api/opportunities-api';
import type { Board, Opportunity } from '@/api/types';
import { isStaleVersion } from '@/composables/use-stale-version';

/** Cards per stage the board shows; a column's count and total cover all of them. */
const PER_STAGE = 50;

export function findCard(board: Board, cardId: number): { card: Opportunity; stageId: number } | null {
  for (const column of board.columns) {
    const card = column.cards.find((item) => item.id === cardId);
    if (card) return { card, stageId: column.stage.id };
  }
  return null;
}

/**
 * The board with a card already shown in its new column, while the server is asked. Counts follow;
 * the money totals are left as they were until the board is reloaded with the server's sums.
 */
export function withCardMoved(board: Board, cardId: number, toStageId: number): Board {
  const found = findCard(board, cardId);
  if (!found || found.stageId === toStageId) return board;
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage.id === found.stageId) {
        return { ...column, count: column.count - 1, cards: column.cards.filter((card) => card.id !== cardId) };
      }
      if (column.stage.id === toStageId) {
        return { ...column, count: column.count + 1, cards: [{ ...found.card, stageId: toStageId }, ...column.cards] };
      }
      return column;
    }),
  };
}

export function isLostStage(board: Board, stageId: number): boolean {
  return board.columns.some((column) => column.stage.id === stageId && column.stage.stageType === 'lost');
}

export type MoveOutcome = 'moved' | 'unchanged' | 'stale' | 'failed';

/**
 * A pipeline's kanban board. A card dropped on another stage moves there at once and the server is
 * asked with the version the card was read at; the board then reloads, so counts and totals are
 * always the server's. A 409 (someone changed the opportunity meanwhile) reloads the board.
 */
export function useOpportunityBoard() {
  const pipelineId = ref<number>();
  const ownerId = ref<number>();
  const board = shallowRef<Board | null>(null);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const moveError = shallowRef<unknown>(null);
  let latest = 0;

  async function load(): Promise<void> {
    const request = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const loaded = await opportunitiesApi.board({ pipelineId: pipelineId.value, ownerId: ownerId.value, perStage: PER_STAGE });
      if (request !== latest) return;
      board.value = loaded;
      pipelineId.value = loaded.pipeline.id;
    } catch (failure) {
      if (request === latest) error.value = failure;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  async function move(cardId: number, toStageId: number, closing: { lostReason?: string; closeNote?: string } = {}): Promise<MoveOutcome> {
    const current = board.value;
    const found = current && findCard(current, cardId);
    if (!current || !found || found.stageId === toStageId) return 'unchanged';
    moveError.value = null;
    board.value = withCardMoved(current, cardId, toStageId);
    let outcome: MoveOutcome = 'moved';
    try {
      await opportunitiesApi.moveStage(cardId, { stageId: toStageId, version: found.card.version, ...closing });
    } catch (failure) {
      moveError.value = failure;
      outcome = isStaleVersion(failure) || (isApiError(failure) && failure.status === 409) ? 'stale' : 'failed';
      board.value = current;
    }
    await load();
    return outcome;
  }

  return { pipelineId, ownerId, board, loading, error, moveError, load, move };
}
