import { type AppAbility, asSubject } from './ability.js';
import { AccessScope } from './scope-query.js';
import { ancestorPaths } from './team-path.js';
import { type Action, type ModuleGrant, type ModuleKey } from './permissions.js';

export interface ActorProfile {
  id: number;
  username: string;
  displayName: string;
  teamId: number;
  teamName: string;
  teamPath: string;
  locale: string;
  roles: string[];
}

/**
 * Who is asking, and what they may do: built once per request (from a short cache) by
 * AccessService and handed to services explicitly.
 */
export class Actor {
  constructor(
    readonly profile: ActorProfile,
    readonly ability: AppAbility,
    readonly grants: ModuleGrant[],
    readonly requestId: string | null = null,
  ) {}

  get id(): number {
    return this.profile.id;
  }

  withRequest(requestId: string): Actor {
    return new Actor(this.profile, this.ability, this.grants, requestId);
  }

  /** The rows this actor may reach with `action` in `module`. */
  scope(action: Action, module: ModuleKey): AccessScope {
    return AccessScope.of(this.ability, action, module);
  }

  /** Ownerless rows waiting in a pool of the actor's team or a team above it. */
  poolScope(module: ModuleKey): AccessScope {
    return AccessScope.pool(module, ancestorPaths(this.profile.teamPath));
  }

  /** Without a row: may the actor do this to any row of the module? With a row: to this one? */
  can(action: Action, module: ModuleKey, row?: object): boolean {
    return row ? this.ability.can(action, asSubject(module, { ...row })) : this.ability.can(action, module);
  }
}
