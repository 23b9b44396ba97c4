import type { EntityManager, EntityTarget, ObjectLiteral, UpdateQueryBuilder } from 'typeorm';

/**
 * UPDATE one row, bumping its version; with an expected version, only if it is still current
 * (TypeORM's own save() does not check). Returns whether a row changed.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: number,
  expectedVersion: number | undefined,
  changes: Partial<T>,
  refine?: (qb: UpdateQueryBuilder<T>) => void,
): Promise<boolean> {
  const qb = manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1', updatedAt: new Date() } as never)
    .where('id = :id', { id });
  if (expectedVersion !== undefined) qb.andWhere('version = :expectedVersion', { expectedVersion });
  refine?.(qb);
  return Boolean((await qb.execute()).affected);
}
