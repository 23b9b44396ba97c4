import { type EntityTarget, type ObjectLiteral } from 'typeorm';

export interface PicklistBinding {
  target: EntityTarget<ObjectLiteral>;
  property: string;
  picklistKey: string;
}

const bindings: PicklistBinding[] = [];

/**
 * Marks an entity column as holding a key of the named picklist. Writes are validated against
 * the picklist, and an option still stored in such a column cannot be deleted.
 */
export function PicklistField(picklistKey: string): PropertyDecorator {
  return (prototype, property) => {
    bindings.push({ target: prototype.constructor, property: String(property), picklistKey });
  };
}

export function picklistBindings(): readonly PicklistBinding[] {
  return bindings;
}

export function bindingsOf(target: EntityTarget<ObjectLiteral>): PicklistBinding[] {
  return bindings.filter((binding) => binding.target === target);
}
