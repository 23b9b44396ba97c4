import type { AccessVocabulary, CreateRoleBody, Role, UpdateRoleBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { toGrants, toMatrix, type MatrixRow } from './role-grants';

export interface RoleFormModel {
  roleKey: string;
  name: string;
  description: string;
  matrix: MatrixRow[];
}

export const ROLE_FORM_FIELDS = ['roleKey', 'name', 'description', 'matrix'] as const satisfies ReadonlyArray<keyof RoleFormModel>;

export function toRoleFormModel(vocabulary: AccessVocabulary, role?: Role | null): RoleFormModel {
  return {
    roleKey: role?.roleKey ?? '',
    name: role?.name ?? '',
    description: role?.description ?? '',
    matrix: toMatrix(vocabulary, role?.grants ?? []),
  };
}

export function toCreateRoleBody(model: RoleFormModel): CreateRoleBody {
  return {
    roleKey: model.roleKey.trim(),
    name: model.name.trim(),
    description: blankToNull(model.description),
    grants: toGrants(model.matrix),
  };
}

/** Only what changed; grants are sent whole, and only when one of them changed. */
export function toUpdateRoleBody(original: RoleFormModel, edited: RoleFormModel, version: number): UpdateRoleBody {
  const fields = (model: RoleFormModel) => ({
    name: model.name.trim(),
    description: blankToNull(model.description),
    grants: toGrants(model.matrix),
  });
  return { ...changedFields(fields(original), fields(edited)), version };
}
