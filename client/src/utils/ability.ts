import { createMongoAbility, subject as tagSubject, type MongoAbility, type MongoQuery } from '@casl/ability';
import type { ModuleKey, PermissionRule } from '@/api/types';

export type Action = 'read' | 'create' | 'update' | 'delete' | 'export' | 'assign';

/** The server's modules (CASL subjects). */
export type Subject = ModuleKey;

export interface Permission {
  action: Action;
  subject: Subject;
}

/** The fields of a record that a client-side check can look at. */
export interface OwnedRecord {
  ownerId: number;
}

type TaggedRecord = OwnedRecord & { __caslSubjectType__: Subject };

export type AppAbility = MongoAbility<[Action, Subject | TaggedRecord], MongoQuery>;

function mentionsTeamPath(conditions: Record<string, unknown> | undefined): boolean {
  return conditions !== undefined && 'teamPath' in conditions;
}

/**
 * Builds the same CASL ability the server uses, from the rules /auth/me returns. Records reach
 * the client without their team path, so a team-scoped rule is kept without its condition: the
 * client then offers the action on every record it can see, and the server, which decides in any
 * case, answers for the row. Owner conditions are checked as they are.
 */
export function buildAbility(rules: readonly PermissionRule[]): AppAbility {
  return createMongoAbility<AppAbility>(
    rules.map(({ action, subject, conditions }) =>
      mentionsTeamPath(conditions) || !conditions ? { action, subject } : { action, subject, conditions },
    ) as never,
  );
}

/** A record as CASL sees it: its module and its owner. */
export function recordOf(subject: Subject, ownerId: number): TaggedRecord {
  return tagSubject(subject, { ownerId });
}

export function can(ability: AppAbility, action: Action, subject: Subject, ownerId?: number): boolean {
  return ownerId === undefined ? ability.can(action, subject) : ability.can(action, recordOf(subject, ownerId));
}
