import { type DataSource, In } from 'typeorm';

/** The display names of many rows of one table, in one query: id -> name. */
export async function namesOf<T extends { id: number }>(
  dataSource: DataSource,
  entity: new () => T,
  column: keyof T & string,
  ids: Iterable<number | null>,
): Promise<Map<number, string>> {
  const wanted = [...new Set([...ids].filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await dataSource.getRepository(entity).find({ select: { id: true, [column]: true } as never, where: { id: In(wanted) } as never });
  return new Map(rows.map((row) => [row.id, String(row[column])]));
}
