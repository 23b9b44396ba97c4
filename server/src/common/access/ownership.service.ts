import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuditActor } from '../audit/audit.service.js';
import { ENTITIES, SCOPED_AUDIT_TYPES } from '../database/entities.js';
import { AccessService } from './access.service.js';

/**
 * Every entity that carries an owner and a team path, read from the entity metadata, so a new
 * module cannot be forgotten.
 */
function scopedEntities(manager: EntityManager): Function[] {
  return ENTITIES.filter((entity) => {
    const metadata = manager.connection.getMetadata(entity);
    return metadata.findColumnWithPropertyName('ownerId') && metadata.findColumnWithPropertyName('teamPath');
  });
}

/**
 * Keeps the owner and team path that every scoped row carries correct when people and teams
 * move, and hands all of one person's records to another. Runs in the caller's transaction.
 */
@Injectable()
export class OwnershipService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** A user moved to another team: their rows follow. */
  async moveOwnedRows(manager: EntityManager, ownerId: number, newTeamPath: string): Promise<void> {
    for (const entity of scopedEntities(manager)) {
      await manager
        .createQueryBuilder()
        .update(entity)
        .set({ teamPath: newTeamPath } as never)
        .where('ownerId = :ownerId', { ownerId })
        .execute();
    }
    this.access.invalidate();
  }

  /** Teams moved in the tree: each old path becomes its new one, on every scoped table. */
  async retagTeamPaths(manager: EntityManager, moves: Array<{ from: string; to: string }>): Promise<void> {
    for (const entity of scopedEntities(manager)) {
      for (const move of moves) {
        await manager
          .createQueryBuilder()
          .update(entity)
          .set({ teamPath: move.to } as never)
          .where('teamPath = :from', { from: move.from })
          .execute();
      }
    }
    this.access.invalidate();
  }

  /**
   * Gives every record `fromId` owns to `to`, with one audit entry per record. Returns how many
   * records of each kind moved.
   */
  async transferAll(
    manager: EntityManager,
    actor: AuditActor,
    fromId: number,
    to: { id: number; teamPath: string },
  ): Promise<Record<string, number>> {
    const moved: Record<string, number> = {};
    for (const entity of scopedEntities(manager)) {
      const type = SCOPED_AUDIT_TYPES.get(entity) ?? manager.connection.getMetadata(entity).tableName;
      const rows: Array<{ id: number }> = await manager
        .createQueryBuilder(entity, 'r')
        .select('r.id', 'id')
        .where('r.ownerId = :fromId', { fromId })
        .getRawMany();
      await manager
        .createQueryBuilder()
        .update(entity)
        .set({ ownerId: to.id, teamPath: to.teamPath, version: () => 'version + 1' } as never)
        .where('ownerId = :fromId', { fromId })
        .execute();
      await this.audit.recordMany(
        manager,
        rows.map((row) => ({
          entityType: type,
          entityId: Number((row as Record<string, unknown>).id ?? (row as Record<string, unknown>).ID),
          action: 'transfer' as const,
          actorId: actor.id,
          requestId: actor.requestId,
          before: { ownerId: fromId },
          after: { ownerId: to.id },
        })),
      );
      moved[type] = rows.length;
    }
    this.access.invalidate();
    return moved;
  }
}
