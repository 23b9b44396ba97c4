import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { type AuditAction, AuditEntry } from './audit-entry.entity.js';
import { insertRows } from '../database/bulk-insert.js';
import { User } from '../../modules/users/user.entity.js';

export interface AuditEvent {
  entityType: string;
  entityId: number;
  action: AuditAction;
  actorId: number | null;
  requestId?: string | null;
  before?: object | null;
  after?: object | null;
}

/** What every actor-driven change names: who did it, in which request. */
export interface AuditActor {
  /** null for what arrives from outside without a user (website intake). */
  id: number | null;
  requestId: string | null;
}

export const EXTERNAL_ACTOR: AuditActor = { id: null, requestId: null };

/** Bookkeeping fields change on every write and say nothing a reader of the history needs. */
const IGNORED_FIELDS = new Set(['updatedAt', 'version', 'createdAt', 'teamPath', 'owner']);

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** Field-level before/after of two snapshots; only fields that changed. */
export function diff(before: object | null | undefined, after: object | null | undefined): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED_FIELDS.has(field)) continue;
    const from = comparable(b[field]);
    const to = comparable(a[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = [from, to];
  }
  return changes;
}

export interface AuditView {
  id: number;
  action: AuditAction;
  actorId: number | null;
  actorName: string | null;
  occurredAt: Date;
  changes: Record<string, [unknown, unknown]>;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes in the caller's transaction, so a change and its audit entry commit together. */
  async record(manager: EntityManager, event: AuditEvent): Promise<void> {
    const changes = diff(event.before, event.after);
    if (event.action === 'update' && Object.keys(changes).length === 0) return;
    await manager.insert(AuditEntry, {
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      actorId: event.actorId,
      occurredAt: new Date(),
      changes: JSON.stringify(changes),
      requestId: event.requestId ?? null,
    });
  }

  /** Many entries at once (bulk transfers, imports), in multi-row inserts. */
  async recordMany(manager: EntityManager, events: AuditEvent[]): Promise<void> {
    const occurredAt = new Date();
    const rows = events.map((event) => ({
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      actorId: event.actorId,
      occurredAt,
      changes: JSON.stringify(diff(event.before, event.after)),
      requestId: event.requestId ?? null,
    }));
    await insertRows(manager, AuditEntry, ['entityType', 'entityId', 'action', 'actorId', 'occurredAt', 'changes', 'requestId'], rows);
  }

  /** A user's change to one record, as field-level before/after. */
  recordChange(
    manager: EntityManager,
    actor: AuditActor,
    entityType: string,
    action: AuditAction,
    entityId: number,
    before: object | null,
    after: object | null,
  ): Promise<void> {
    return this.record(manager, { entityType, entityId, action, actorId: actor.id, requestId: actor.requestId, before, after });
  }

  /**
   * History of one record, newest first. The caller has already proven the reader may read the
   * record itself: the entries are as visible as the record they describe.
   */
  async historyOf(entityType: string, entityId: number, limit = 50, beforeId?: number, until?: Date): Promise<AuditView[]> {
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .leftJoin(User, 'u', 'u.id = a.actorId')
      .select('a.id', 'id')
      .addSelect('a.action', 'action')
      .addSelect('a.actorId', 'actor_id')
      .addSelect('a.occurredAt', 'occurred_at')
      .addSelect('a.changes', 'changes')
      .addSelect('u.displayName', 'actor_name')
      .where('a.entityType = :entityType AND a.entityId = :entityId', { entityType, entityId })
      .orderBy('a.id', 'DESC')
      .limit(limit);
    if (beforeId) qb.andWhere('a.id < :beforeId', { beforeId });
    if (until) qb.andWhere('a.occurredAt <= :until', { until });
    const rows: Array<Record<string, unknown>> = await qb.getRawMany();
    return rows.map((row) => {
      const get = (key: string) => row[key] ?? row[key.toUpperCase()];
      return {
        id: Number(get('id')),
        action: get('action') as AuditAction,
        actorId: get('actor_id') == null ? null : Number(get('actor_id')),
        actorName: (get('actor_name') as string | null) ?? null,
        occurredAt: new Date(get('occurred_at') as string),
        changes: JSON.parse((get('changes') as string | null) ?? '{}'),
      };
    });
  }
}
