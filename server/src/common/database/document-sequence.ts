import { Column, Entity, type EntityManager, PrimaryColumn } from 'typeorm';

/** A counter per kind of document and year: the next number to give out. */
@Entity('document_sequences')
export class DocumentSequence {
  @PrimaryColumn({ length: 40 })
  seqKey: string;

  @Column()
  nextValue: number;
}

/**
 * Takes the next number of a gap-free series inside the caller's transaction. The UPDATE locks the
 * counter's row until the transaction ends, so concurrent issuers queue one behind another, and a
 * transaction that fails gives its number back with the rollback: no gaps, no duplicates.
 */
export async function takeNumber(manager: EntityManager, seqKey: string): Promise<number> {
  const bumped = await manager
    .createQueryBuilder()
    .update(DocumentSequence)
    .set({ nextValue: () => 'next_value + 1' })
    .where('seq_key = :seqKey', { seqKey })
    .execute();
  if (!bumped.affected) throw new Error(`no document sequence ${seqKey}; ensureSequence() first`);
  const row = await manager.findOneByOrFail(DocumentSequence, { seqKey });
  return row.nextValue - 1;
}

/** Creates a series starting at 1 unless it exists; run outside the issuing transaction. */
export async function ensureSequence(manager: EntityManager, seqKey: string): Promise<void> {
  if (await manager.existsBy(DocumentSequence, { seqKey })) return;
  try {
    await manager.insert(DocumentSequence, { seqKey, nextValue: 1 });
  } catch (error) {
    // Someone created it at the same moment: fine, as long as it exists now.
    if (!(await manager.existsBy(DocumentSequence, { seqKey }))) throw error;
  }
}
