import type { CreateTeamBody, Team, TeamKind, UpdateTeamBody } from '@/api/types';
import { changedFields } from '@/utils/changed-fields';

export interface TeamFormModel {
  name: string;
  teamKind: TeamKind;
  managerId: number | undefined;
}

export const TEAM_FORM_FIELDS = ['name', 'teamKind', 'managerId'] as const satisfies ReadonlyArray<keyof TeamFormModel>;

/** The kind a new team under this parent most likely is: one level further down. */
export function childKind(parent: Team | undefined): TeamKind {
  switch (parent?.teamKind) {
    case 'company':
      return 'department';
    case 'department':
      return 'team';
    case 'team':
    case 'subteam':
      return 'subteam';
    case undefined:
      return 'team';
  }
}

export function toTeamFormModel(team?: Team | null, parent?: Team): TeamFormModel {
  return { name: team?.name ?? '', teamKind: team?.teamKind ?? childKind(parent), managerId: team?.managerId ?? undefined };
}

export function toCreateTeamBody(model: TeamFormModel, parentId: number): CreateTeamBody {
  return { name: model.name.trim(), teamKind: model.teamKind, parentId, managerId: model.managerId ?? null };
}

export function toUpdateTeamBody(original: TeamFormModel, edited: TeamFormModel, version: number): UpdateTeamBody {
  const fields = (model: TeamFormModel) => ({ name: model.name.trim(), teamKind: model.teamKind, managerId: model.managerId ?? null });
  return { ...changedFields(fields(original), fields(edited)), version };
}
