import { Chronology, type CustomerFacts } from './chronology.js';
import { DAY_MS, isoDay, type ModuleContext, recordCount, timesAfterCreation } from './orders.js';
import { Skewed, streamFor } from './random.js';
import { DATA_EPOCH, type TableData, type Value } from './rows.js';

/**
 * Follow-ups logged against customers by their owners: calls most of all, then visits, emails,
 * meetings and notes; six in ten with one of the customer's contacts, recent ones often with a
 * next follow-up date.
 */
export const ACTIVITIES_PER_CUSTOMER = 2;

const TYPES = new Skewed(['call', 'visit', 'email', 'meeting', 'note'], 1.0);

const SUBJECTS: Record<string, string[]> = {
  call: ['电话回访', '确认采购需求', '催款提醒 / payment reminder', 'Follow-up call', '报价跟进'],
  visit: ['上门拜访', '现场演示 / on-site demo', '年度客户回访', 'Site visit'],
  email: ['发送报价单', '发送产品资料', 'Quotation sent', '合同条款确认'],
  meeting: ['方案评审会', '项目启动会 / kick-off', '季度业务回顾', 'Negotiation meeting'],
  note: ['客户内部调整', '竞品信息', 'Budget approved for next quarter', '决策人变更'],
};
const CONTENTS = ['客户对价格比较敏感，需要申请特价。', '对方希望下月安排演示。', 'Asked for a revised quote with maintenance included.', '采购流程预计两周。', '客户满意，计划追加订单。'];
const OUTCOMES = ['有意向', '需再次跟进', '已下单 / ordered', 'No decision yet', '暂无需求'];

export function activityChronology(customers: CustomerFacts, seed: number): Chronology {
  return Chronology.of(customers.count, (customerId) => {
    const random = streamFor(seed, customerId, 20);
    return timesAfterCreation(customers, customerId, recordCount(customers, customerId, ACTIVITIES_PER_CUSTOMER, random), random);
  });
}

export function activityRows(context: ModuleContext): TableData {
  const columns = [
    'id', 'activity_type', 'subject', 'content', 'occurred_at', 'outcome', 'next_follow_up_on', 'customer_id', 'contact_id',
    'opportunity_id', 'lead_id', 'owner_id', 'team_path', 'created_at', 'updated_at', 'created_by', 'version',
  ];
  const { customers, activities } = context;
  function* rows(): Iterable<Value[]> {
    for (let id = 1; id <= activities.size; id++) {
      const customerId = activities.customerOf(id);
      const occurredMs = activities.msOf(id);
      const random = streamFor(context.seed, id, 21);
      const type = TYPES.pick(random);
      const recent = DATA_EPOCH - occurredMs < 90 * DAY_MS;
      const contactId = random.chance(0.6) ? customers.firstContact[customerId] + random.int(1, customers.contactCount[customerId]) : null;
      const ownerId = customers.ownerId[customerId];
      // Logged a few minutes after it happened.
      const logged = new Date(Math.min(occurredMs + random.int(1, 30) * 60_000, DATA_EPOCH - 1000));
      yield [
        id,
        type,
        random.pick(SUBJECTS[type]),
        random.chance(0.5) ? random.pick(CONTENTS) : null,
        new Date(occurredMs),
        random.chance(0.4) ? random.pick(OUTCOMES) : null,
        random.chance(recent ? 0.5 : 0.08) ? isoDay(occurredMs + random.int(3, 30) * DAY_MS) : null,
        customerId,
        contactId,
        null,
        null,
        ownerId,
        customers.teamPathOf(customerId),
        logged,
        logged,
        ownerId,
        1,
      ];
    }
  }
  return { table: 'activities', columns, rowCount: activities.size, rows };
}
