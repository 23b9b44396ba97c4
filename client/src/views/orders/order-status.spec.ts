import { describe, expect, it } from 'vitest';
import type { OrderStatus, OrderStatusChange } from '@/api/types';
import { orderSteps } from './order-status';

const change = (fromStatus: OrderStatus | null, toStatus: OrderStatus, name = 'Sales One'): OrderStatusChange => ({
  fromStatus,
  toStatus,
  note: null,
  changedBy: { id: 1, name },
  changedAt: '2026-11-23T10:00:00.000Z',
});

const summary = (steps: ReturnType<typeof orderSteps>) => steps.map((step) => `${step.status}:${step.state}:${step.change?.changedBy?.name ?? '-'}`);

describe('orderSteps', () => {
  it('marks the steps done, the current one in progress and the rest ahead, with who moved it', () => {
    const steps = orderSteps({ status: 'confirmed', statusHistory: [change(null, 'draft'), change('draft', 'confirmed', 'Manager')] });
    expect(summary(steps)).toEqual(['draft:finish:Sales One', 'confirmed:process:Manager', 'in_delivery:wait:-', 'delivered:wait:-', 'completed:wait:-']);
  });

  it('shows a completed order as a success throughout', () => {
    const history = [change(null, 'draft'), change('draft', 'confirmed'), change('confirmed', 'in_delivery'), change('in_delivery', 'delivered'), change('delivered', 'completed')];
    expect(orderSteps({ status: 'completed', statusHistory: history }).map((step) => step.state)).toEqual(['success', 'success', 'success', 'success', 'success']);
  });

  it('ends a cancelled order at the cancellation, after the steps it went through', () => {
    const steps = orderSteps({ status: 'cancelled', statusHistory: [change(null, 'draft'), change('draft', 'confirmed'), change('confirmed', 'cancelled', 'Boss')] });
    expect(summary(steps)).toEqual(['draft:finish:Sales One', 'confirmed:finish:Sales One', 'cancelled:error:Boss']);
  });
});
