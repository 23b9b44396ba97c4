import { DataSource, EntityManager, type EntityTarget, type ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AccessScope, type ColumnNamer, whereInScope } from '../access/scope-query.js';
import { staleVersion, notFound } from '../errors/app-error.js';
import type { ScopedRow } from './scoped-entity.js';
import { updateVersioned } from './versioned-update.js';

/**
 * Reads and writes of one scoped table, always through an AccessScope. Module repositories hold
 * one of these and add their filters; they never write owner conditions themselves.
 */
export class ScopedTable<T extends ScopedRow & ObjectLiteral> {
  constructor(
    readonly dataSource: DataSource,
    readonly target: EntityTarget<T>,
    readonly alias: string,
    readonly label: string,
  ) {}

  /** A SELECT already limited to the scope. */
  select(scope: AccessScope, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<T> {
    return whereInScope(manager.createQueryBuilder(this.target, this.alias), this.alias, scope);
  }

  findOne(scope: AccessScope, id: number, manager?: EntityManager): Promise<T | null> {
    return this.select(scope, manager).andWhere(`${this.alias}.id = :id`, { id }).getOne();
  }

  /** The row, or a 404 that does not reveal whether an out-of-scope row exists. */
  async getOne(scope: AccessScope, id: number, manager?: EntityManager): Promise<T> {
    const row = await this.findOne(scope, id, manager);
    if (!row) throw notFound(this.label, id);
    return row;
  }

  /**
   * UPDATE ... WHERE id AND version AND scope, bumping the version. When nothing changed, tells
   * apart a record out of scope (404) from one someone else changed first (409).
   */
  async updateVersioned(
    manager: EntityManager,
    scope: AccessScope,
    id: number,
    expectedVersion: number | undefined,
    changes: Partial<T>,
  ): Promise<void> {
    const changed = await updateVersioned(manager, this.target, id, expectedVersion, changes, (qb) =>
      whereInScope(qb, this.columnNamer(qb), scope),
    );
    if (changed) return;
    const current = await this.findOne(scope, id, manager);
    if (!current) throw notFound(this.label, id);
    throw staleVersion(this.label, id, current.version);
  }

  /** UPDATE and DELETE name columns without an alias, in the database's own spelling. */
  private columnNamer(qb: { escape(name: string): string }): ColumnNamer {
    const metadata = this.dataSource.getMetadata(this.target);
    return (field) => {
      const column = metadata.findColumnWithPropertyName(field);
      if (!column) throw new Error(`${metadata.name} has no column for scope field ${field}`);
      return qb.escape(column.databaseName);
    };
  }

  async deleteInScope(manager: EntityManager, scope: AccessScope, id: number): Promise<void> {
    const qb = manager.createQueryBuilder().delete().from(this.target).where('id = :id', { id });
    whereInScope(qb, this.columnNamer(qb), scope);
    const result = await qb.execute();
    if (!result.affected) throw notFound(this.label, id);
  }
}
