import type { CreateProductBody, CustomField, Product, ProductGovernedField, UpdateProductBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { changedCustomValues, customValuesForCreate, toInputs, type CustomInputs } from '@/utils/custom-fields';
import { normaliseDecimalInput } from '@/utils/decimal';

/** The picklist of product units. */
export const UNIT_PICKLIST = 'unit';

/** What the product form edits; money and the tax rate stay text until they are sent. */
export interface ProductFormModel {
  code: string;
  name: string;
  categoryId: number | undefined;
  unit: string;
  specification: string;
  listPrice: string;
  cost: string;
  taxRate: string;
  isActive: boolean;
  notes: string;
  customFields: CustomInputs;
}

export const PRODUCT_FORM_FIELDS = [
  'code',
  'name',
  'categoryId',
  'unit',
  'specification',
  'listPrice',
  'cost',
  'taxRate',
  'isActive',
  'notes',
] as const satisfies ReadonlyArray<keyof ProductFormModel>;

/** The built-in fields a field rule can hide or make read-only (GET /field-rules, governed). */
export const PRODUCT_GOVERNED_FIELDS = ['cost', 'listPrice', 'taxRate', 'notes', 'specification'] as const satisfies readonly ProductGovernedField[];

export function toProductFormModel(product?: Product | null, customFields: readonly CustomField[] = []): ProductFormModel {
  return {
    code: product?.code ?? '',
    name: product?.name ?? '',
    categoryId: product?.categoryId ?? undefined,
    unit: product?.unit ?? '',
    specification: product?.specification ?? '',
    listPrice: product?.listPrice ?? '',
    cost: product?.cost ?? '',
    taxRate: product?.taxRate ?? '',
    isActive: product?.isActive ?? true,
    notes: product?.notes ?? '',
    customFields: toInputs(customFields, product?.customFields),
  };
}

function fields(model: ProductFormModel) {
  return {
    code: model.code.trim(),
    name: model.name.trim(),
    categoryId: model.categoryId ?? null,
    unit: model.unit,
    specification: blankToNull(model.specification),
    listPrice: normaliseDecimalInput(model.listPrice),
    cost: blankToNull(normaliseDecimalInput(model.cost)),
    taxRate: blankToNull(normaliseDecimalInput(model.taxRate)),
    isActive: model.isActive,
    notes: blankToNull(model.notes),
  };
}

/** A new product: the filled fields only (a field rule may make an empty one read-only for the user). */
export function toCreateProductBody(model: ProductFormModel, customFields: readonly CustomField[] = []): CreateProductBody {
  const { code, name, unit, listPrice, taxRate, ...rest } = fields(model);
  const filled = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null));
  const custom = customValuesForCreate(customFields, model.customFields);
  return {
    code,
    name,
    unit,
    listPrice,
    ...(taxRate !== null ? { taxRate } : {}),
    ...filled,
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
  };
}

export function toUpdateProductBody(
  original: ProductFormModel,
  edited: ProductFormModel,
  version: number,
  customFields: readonly CustomField[] = [],
): UpdateProductBody {
  const { taxRate, ...changes } = changedFields(fields(original), fields(edited));
  const custom = changedCustomValues(customFields, original.customFields, edited.customFields);
  return {
    ...changes,
    // The tax rate cannot be cleared, only changed.
    ...(taxRate ? { taxRate } : {}),
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
    version,
  };
}
