import { rulesToAST } from '@casl/ability/extra';
import { Brackets, type ObjectLiteral, SelectQueryBuilder, UpdateQueryBuilder, DeleteQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import { type AppAbility } from './ability.js';
import { type Action, type ModuleKey } from './permissions.js';

type Condition = NonNullable<ReturnType<typeof rulesToAST>>;

/**
 * The rows one user may touch with one action in one module. Repositories accept only this type
 * for reads and writes of scoped tables, so an unscoped query does not compile; the system path
 * (jobs, seeding) uses AccessScope.system(), which is easy to find in review.
 */
export class AccessScope {
  private constructor(
    readonly module: ModuleKey,
    readonly action: Action,
    /** null: no rows at all; an empty AND: every row. */
    readonly condition: Condition | null,
  ) {}

  static of(ability: AppAbility, action: Action, module: ModuleKey): AccessScope {
    return new AccessScope(module, action, rulesToAST(ability, action, module));
  }

  /**
   * A pool: ownerless rows waiting in the actor's own team or any team above it, which anyone
   * there may see and claim, whatever their ordinary scope.
   */
  static pool(module: ModuleKey, teamPaths: string[]): AccessScope {
    const condition = {
      operator: 'and',
      value: [
        { operator: 'eq', field: 'ownerId', value: null },
        { operator: 'in', field: 'teamPath', value: teamPaths },
      ],
    };
    return new AccessScope(module, 'read', condition as unknown as Condition);
  }

  static system(module: ModuleKey): AccessScope {
    return new AccessScope(module, 'read', { operator: 'and', value: [] } as unknown as Condition);
  }

  get isEmpty(): boolean {
    return this.condition === null;
  }
}

let parameterCounter = 0;

/** Names a scope field (ownerId, teamPath) as SQL the query understands. */
export type ColumnNamer = (field: string) => string;

/**
 * Adds the scope as a WHERE condition. `columns` is an alias (SELECT: TypeORM resolves
 * alias.property) or a namer (UPDATE/DELETE, where TypeORM does not resolve property names).
 */
export function whereInScope<Q extends WhereExpressionBuilder>(qb: Q, columns: string | ColumnNamer, scope: AccessScope): Q {
  const predicate = scopePredicate(scope, columns);
  qb.andWhere(new Brackets((inner) => inner.where(predicate.sql, predicate.params)));
  return qb;
}

export function scopePredicate(scope: AccessScope, columns: string | ColumnNamer): { sql: string; params: ObjectLiteral } {
  const params: ObjectLiteral = {};
  if (!scope.condition) return { sql: '1 = 0', params };
  const namer = typeof columns === 'string' ? (field: string) => `${columns}.${field}` : columns;
  const sql = toSql(scope.condition, namer, params);
  return { sql: sql || '1 = 1', params };
}

function toSql(condition: Condition, columnOf: ColumnNamer, params: ObjectLiteral): string {
  const node = condition as unknown as { operator: string; field?: string; value: unknown };
  if (node.operator === 'and' || node.operator === 'or') {
    const parts = (node.value as Condition[]).map((child) => toSql(child, columnOf, params)).filter(Boolean);
    if (parts.length === 0) return node.operator === 'and' ? '' : '1 = 0';
    return parts.length === 1 ? parts[0] : `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
  }
  if (node.operator === 'not') {
    const inner = toSql((node.value as Condition[])[0] ?? (node.value as Condition), columnOf, params);
    return inner ? `NOT (${inner})` : '1 = 0';
  }
  const column = columnOf(node.field as string);
  const name = `scope_${(parameterCounter = (parameterCounter + 1) % 1_000_000)}`;
  params[name] = node.value;
  if (node.operator === 'eq' && node.value === null) {
    delete params[name];
    return `${column} IS NULL`;
  }
  switch (node.operator) {
    case 'eq':
      return `${column} = :${name}`;
    case 'ne':
      return `${column} <> :${name}`;
    case 'gte':
      return `${column} >= :${name}`;
    case 'gt':
      return `${column} > :${name}`;
    case 'lte':
      return `${column} <= :${name}`;
    case 'lt':
      return `${column} < :${name}`;
    case 'in':
      return `${column} IN (:...${name})`;
    default:
      throw new Error(`access scope operator "${node.operator}" has no SQL translation`);
  }
}

export type ScopedQuery<T extends ObjectLiteral> = SelectQueryBuilder<T> | UpdateQueryBuilder<T> | DeleteQueryBuilder<T>;
