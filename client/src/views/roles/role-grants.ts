import type { AccessVocabulary, DataScope, Grant, GrantAction, ModuleKey } from '@/api/types';

/** One module's line of the permission matrix: which actions, in which data scope. */
export interface MatrixRow {
  module: ModuleKey;
  actions: Record<GrantAction, boolean>;
  scope: DataScope;
}

/** A held or wanted permission, as the session's grants and a role's grants state them. */
export interface GrantLike {
  module: string;
  actions: readonly string[];
  scope: DataScope;
}

const SCOPE_WIDTH: Record<DataScope, number> = { own: 0, team: 1, all: 2 };

/** Modules that are not about owned records take no data scope of their own: "all" reads best. */
const DEFAULT_SCOPE: DataScope = 'own';

/** The matrix for a role's grants: every module of the vocabulary, in its order. */
export function toMatrix(vocabulary: AccessVocabulary, grants: readonly Grant[]): MatrixRow[] {
  return vocabulary.modules.map((module) => {
    const grant = grants.find((item) => item.module === module);
    return {
      module,
      actions: Object.fromEntries(vocabulary.actions.map((action) => [action, grant?.actions.includes(action) ?? false])) as Record<
        GrantAction,
        boolean
      >,
      scope: grant?.scope ?? DEFAULT_SCOPE,
    };
  });
}

/** The role's grants: one per module with at least one action. */
export function toGrants(rows: readonly MatrixRow[]): Grant[] {
  return rows
    .map((row) => ({
      module: row.module,
      actions: (Object.keys(row.actions) as GrantAction[]).filter((action) => row.actions[action]),
      scope: row.scope,
    }))
    .filter((grant) => grant.actions.length > 0);
}

/**
 * The cells of the matrix the signed-in user does not hold at that scope ("module:action"). The
 * server refuses to let anyone grant those; the matrix marks them before the user tries.
 */
export function uncoveredCells(held: readonly GrantLike[], rows: readonly MatrixRow[]): Set<string> {
  const uncovered = new Set<string>();
  for (const row of rows) {
    for (const action of Object.keys(row.actions) as GrantAction[]) {
      if (!row.actions[action]) continue;
      const covered = held.some(
        (grant) => grant.module === row.module && grant.actions.includes(action) && SCOPE_WIDTH[grant.scope] >= SCOPE_WIDTH[row.scope],
      );
      if (!covered) uncovered.add(`${row.module}:${action}`);
    }
  }
  return uncovered;
}

export interface MissingGrant {
  module: string;
  action: string;
  scope: string;
}

/**
 * The permissions a 403 says the user cannot grant. The server writes them as
 * "…permissions you do not hold: customers delete (all); contacts read (team)".
 */
export function missingGrantsOf(message: string): MissingGrant[] | null {
  const marker = 'do not hold:';
  const at = message.indexOf(marker);
  if (at < 0) return null;
  return message
    .slice(at + marker.length)
    .split(';')
    .map((part) => /^\s*(\S+)\s+(\S+)\s+\((\w+)\)\s*$/.exec(part))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, module = '', action = '', scope = '']) => ({ module, action, scope }));
}
