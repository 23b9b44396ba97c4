import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { RefreshToken } from './refresh-token.entity.js';

const RECHECK_MS = 30_000;

/**
 * Whether a login session (a refresh-token family) has ended. The database is the record, so a
 * logout is honoured after a restart and by every server process; this process answers from a
 * short cache and learns of its own revocations at once.
 */
@Injectable()
export class SessionRegistry {
  private readonly known = new Map<string, { ended: boolean; checkedAt: number }>();

  constructor(private readonly dataSource: DataSource) {}

  markEnded(sessionId: string): void {
    this.known.set(sessionId, { ended: true, checkedAt: Date.now() });
  }

  async hasEnded(sessionId: string): Promise<boolean> {
    const now = Date.now();
    const cached = this.known.get(sessionId);
    if (cached && (cached.ended || now - cached.checkedAt < RECHECK_MS)) return cached.ended;
    const ended = await this.dataSource
      .getRepository(RefreshToken)
      .existsBy({ familyId: sessionId, revokedAt: Not(IsNull()) });
    if (this.known.size > 50_000) this.forgetOlderThan(now - RECHECK_MS);
    this.known.set(sessionId, { ended, checkedAt: now });
    return ended;
  }

  private forgetOlderThan(cutoff: number): void {
    for (const [sessionId, entry] of this.known) if (entry.checkedAt < cutoff) this.known.delete(sessionId);
  }
}
