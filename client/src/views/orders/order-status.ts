import type { OrderDetail, OrderStatus, OrderStatusChange } from '@/api/types';
import type { StatusTone } from '@/components/status-tag.vue';

/** Every status, in the order an order goes through them; cancelled is the way out before delivery. */
export const ORDER_STATUSES: readonly OrderStatus[] = ['draft', 'confirmed', 'in_delivery', 'delivered', 'completed', 'cancelled'];

/** Grey before confirmation, blue on its way, green delivered and done, red cancelled. */
export const ORDER_TONES: Record<OrderStatus, StatusTone> = {
  draft: { type: 'info', effect: 'plain' },
  confirmed: { type: 'primary', effect: 'plain' },
  in_delivery: { type: 'primary', effect: 'light' },
  delivered: { type: 'success', effect: 'light' },
  completed: { type: 'success', effect: 'dark' },
  cancelled: { type: 'danger', effect: 'plain' },
};

/** The way an order goes when nothing goes wrong. */
const FLOW: readonly OrderStatus[] = ['draft', 'confirmed', 'in_delivery', 'delivered', 'completed'];

/** Past these, the order is kept as it is (the server answers ORDER_CLOSED to a change). */
export const isClosed = (status: OrderStatus) => status === 'completed' || status === 'cancelled';

/** el-step's states: done, where the order is now, not reached, where it was cancelled, or all done (completed). */
export type StepState = 'finish' | 'process' | 'wait' | 'error' | 'success';

export interface OrderStep {
  status: OrderStatus;
  state: StepState;
  /** The last move into this status: who and when (none for a step not reached). */
  change: OrderStatusChange | undefined;
}

/**
 * The order's status at a glance: the flow with the steps reached, the current one and those
 * ahead. A cancelled order shows the steps it went through, then the cancellation.
 */
export function orderSteps(order: Pick<OrderDetail, 'status' | 'statusHistory'>): OrderStep[] {
  const lastChangeTo = (status: OrderStatus) => order.statusHistory.findLast((change) => change.toStatus === status);
  if (order.status === 'cancelled') {
    const cancellation = lastChangeTo('cancelled');
    const reached = FLOW.slice(0, FLOW.indexOf(cancellation?.fromStatus ?? 'draft') + 1);
    return [
      ...reached.map((status) => ({ status, state: 'finish' as const, change: lastChangeTo(status) })),
      { status: 'cancelled', state: 'error', change: cancellation },
    ];
  }
  const current = FLOW.indexOf(order.status);
  const reachedState = order.status === 'completed' ? 'success' : 'finish';
  return FLOW.map((status, index) => ({
    status,
    state: index < current || order.status === 'completed' ? reachedState : index === current ? 'process' : 'wait',
    change: index <= current ? lastChangeTo(status) : undefined,
  }));
}
