import { shallowRef, watch, type Ref } from 'vue';
import { customersApi } from '@/api/customers-api';
import type { DuplicateMatch } from '@/api/types';
import { debounce } from '@/utils/debounce';

interface DuplicateKeys {
  name: string;
  phone: string;
  email: string;
}

/** Names shorter than this match too much to be worth a warning. */
const MIN_NAME_LENGTH = 2;

/**
 * Looks for existing customers with the same name, phone or email while the user types, so a
 * duplicate is noticed before it is created. Only the latest answer counts.
 */
export function useDuplicateCheck(keys: () => DuplicateKeys, enabled: Ref<boolean>, waitMs = 400) {
  const matches = shallowRef<DuplicateMatch[]>([]);
  let latest = 0;

  async function check(): Promise<void> {
    const request = ++latest;
    const { name, phone, email } = keys();
    const query = {
      ...(name.trim().length >= MIN_NAME_LENGTH ? { name: name.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
    };
    if (!enabled.value || !Object.keys(query).length) {
      matches.value = [];
      return;
    }
    try {
      const found = await customersApi.duplicates(query);
      if (request === latest) matches.value = found;
    } catch {
      // The warning is a courtesy: without an answer the form simply shows none.
      if (request === latest) matches.value = [];
    }
  }

  const checkLater = debounce(() => void check(), waitMs);
  watch(keys, checkLater, { deep: true });
  watch(enabled, (on) => {
    if (!on) {
      checkLater.cancel();
      latest++;
      matches.value = [];
    }
  });

  return { matches };
}
