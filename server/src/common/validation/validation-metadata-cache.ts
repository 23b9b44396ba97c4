import { getMetadataStorage } from 'class-validator';

type Lookup = (target: Function, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => unknown[];

interface Storage {
  getTargetValidationMetadatas: Lookup;
  addValidationMetadata(metadata: unknown): void;
}

let installed = false;

/**
 * class-validator finds a class's rules anew on every validation: it filters the rules of every
 * class registered, parents included. That costs more than the checks themselves, for each request
 * body and for each row of an imported file. The rules of a class do not change once it is
 * declared, so the lookup is remembered per class (and forgotten whenever a rule is added).
 */
export function rememberValidationRules(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage() as unknown as Storage;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  const remembered = new Map<Function, Map<string, unknown[]>>();
  storage.addValidationMetadata = (metadata) => {
    remembered.clear();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    // Groups and schemas are not used here; such calls are looked up as before.
    if (schema || groups?.length) return lookup(target, schema, always, strictGroups, groups);
    const byFlags = remembered.get(target) ?? new Map<string, unknown[]>();
    remembered.set(target, byFlags);
    const key = `${always}:${strictGroups}`;
    let rules = byFlags.get(key);
    if (!rules) byFlags.set(key, (rules = lookup(target, schema, always, strictGroups, groups)));
    return rules;
  };
}
