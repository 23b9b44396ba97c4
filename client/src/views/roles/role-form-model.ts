import type { AccessVocabulary, CreateRoleBody, Role, UpdateRoleBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { normaliseDecimalInput, trimZeros } from '@/utils/decimal';
import { toGrants, toMatrix, type MatrixRow } from './role-grants';

export interface RoleFormModel {
  roleKey: string;
  name: string;
  description: string;
  /** Percent as text; empty means no limit. A new role starts at 0, as the server would make it. */
  maxDiscountPercent: string;
  matrix: MatrixRow[];
}

export const ROLE_FORM_FIELDS = ['roleKey', 'name', 'description', 'maxDiscountPercent', 'matrix'] as const satisfies ReadonlyArray<keyof RoleFormModel>;

export function toRoleFormModel(vocabulary: AccessVocabulary, role?: Role | null): RoleFormModel {
  return {
    roleKey: role?.roleKey ?? '',
    name: role?.name ?? '',
    description: role?.description ?? '',
    maxDiscountPercent: role ? trimZeros(role.maxDiscountPercent ?? '') : '0',
    matrix: toMatrix(vocabulary, role?.grants ?? []),
  };
}

/** The limit as the API takes it: null for no limit. */
const discountLimit = (model: RoleFormModel) => blankToNull(normaliseDecimalInput(model.maxDiscountPercent));

export function toCreateRoleBody(model: RoleFormModel): CreateRoleBody {
  return {
    roleKey: model.roleKey.trim(),
    name: model.name.trim(),
    description: blankToNull(model.description),
    maxDiscountPercent: discountLimit(model),
    grants: toGrants(model.matrix),
  };
}

/** Only what changed; grants are sent whole, and only when one of them changed. */
export function toUpdateRoleBody(original: RoleFormModel, edited: RoleFormModel, version: number): UpdateRoleBody {
  const fields = (model: RoleFormModel) => ({
    name: model.name.trim(),
    description: blankToNull(model.description),
    maxDiscountPercent: discountLimit(model),
    grants: toGrants(model.matrix),
  });
  return { ...changedFields(fields(original), fields(edited)), version };
}
