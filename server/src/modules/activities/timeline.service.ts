import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { invalid } from '../../common/errors/app-error.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { CustomersService } from '../customers/customers.service.js';
import { PipelinesService } from '../opportunities/pipelines.service.js';
import { ActivitiesRepository } from './activities.repository.js';
import { TIMELINE_KINDS } from './activities.dto.js';
import type { TimelineDto, TimelineEntryDto, TimelineQueryDto } from './activities.dto.js';

type Kind = TimelineEntryDto['kind'];

/** Newest first; on the same instant, a fixed kind order, then the higher id. */
function after(a: TimelineEntryDto, b: { at: Date; kind: Kind; id: number }): number {
  return (
    b.at.getTime() - a.at.getTime() ||
    TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind) ||
    b.id - a.id
  );
}

function decodeCursor(cursor: string): { at: Date; kind: Kind; id: number } {
  try {
    const [at, kind, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, Kind, number];
    if (!TIMELINE_KINDS.includes(kind) || typeof id !== 'number') throw new Error('shape');
    return { at: new Date(at), kind, id };
  } catch {
    throw invalid([{ field: 'cursor', reason: 'is not a cursor this timeline returned' }]);
  }
}

/**
 * One timeline per customer: activities, opportunities, stage changes and audit events, newest
 * first, paged by cursor. Each source is read in the reader's own scope.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly customers: CustomersService,
    private readonly pipelines: PipelinesService,
    private readonly audit: AuditService,
    private readonly fields: RecordFieldsService,
  ) {}

  async forCustomer(actor: Actor, customerId: number, query: TimelineQueryDto): Promise<TimelineDto> {
    await this.customers.get(actor, customerId);
    const limit = query.limit ?? 20;
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const until = cursor?.at ?? null;
    // Each source gives at most one page more than needed; the merge keeps the page.
    const fetch = limit + 1;
    const [activities, opportunities, stageChanges, audit, stages] = await Promise.all([
      actor.can('read', 'activities') ? this.activities.forCustomer(actor.scope('read', 'activities'), customerId, until, fetch) : [],
      actor.can('read', 'opportunities') ? this.activities.opportunitiesOf(actor.scope('read', 'opportunities'), customerId, until, fetch) : [],
      actor.can('read', 'opportunities') ? this.activities.stageChangesOf(actor.scope('read', 'opportunities'), customerId, until, fetch) : [],
      this.audit.historyOf('customer', customerId, fetch, undefined, until ?? undefined).then((entries) => this.fields.redactHistory(actor, 'customers', entries)),
      this.pipelines.list().then((pipelines) => new Map(pipelines.flatMap((p) => p.stages).map((s) => [s.id, s]))),
    ]);
    const stageName = (id: number | null) => (id === null ? null : (stages.get(id)?.nameEn ?? null));
    const entries: TimelineEntryDto[] = [
      ...activities.map((a) => ({
        kind: 'activity' as const,
        id: a.id,
        at: a.occurredAt,
        title: a.subject,
        actorId: a.ownerId,
        details: { activityType: a.activityType, outcome: a.outcome, nextFollowUpOn: a.nextFollowUpOn, contactId: a.contactId, opportunityId: a.opportunityId },
      })),
      ...opportunities.map((o) => ({
        kind: 'opportunity' as const,
        id: o.id,
        at: o.createdAt,
        title: o.name,
        actorId: o.createdBy,
        details: { amount: o.amount, status: o.status, stageId: o.stageId },
      })),
      ...stageChanges.map((h) => ({
        kind: 'stage' as const,
        id: h.id,
        at: h.changedAt,
        title: h.opportunity.name,
        actorId: h.changedBy,
        details: {
          opportunityId: h.opportunityId,
          // Ids let the reader name the stages in their own language; the English names stay for other readers.
          fromStageId: h.fromStageId,
          toStageId: h.toStageId,
          from: stageName(h.fromStageId),
          to: stageName(h.toStageId),
          secondsInStage: h.secondsInStage,
        },
      })),
      ...audit.map((e) => ({
        kind: 'audit' as const,
        id: e.id,
        at: e.occurredAt,
        title: e.action,
        actorId: e.actorId,
        details: { actorName: e.actorName, changes: e.changes },
      })),
    ];
    const ordered = entries.filter((entry) => !cursor || after(entry, cursor) > 0).sort((a, b) => after(a, b));
    const items = ordered.slice(0, limit);
    const last = items[items.length - 1];
    const more = ordered.length > limit;
    return {
      items,
      nextCursor: more && last ? Buffer.from(JSON.stringify([last.at.toISOString(), last.kind, last.id])).toString('base64url') : null,
    };
  }
}
