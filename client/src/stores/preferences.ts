import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { applyLocale, browserLocale, isAppLocale, type AppLocale } from '@/locales';
import { readStored, writeStored } from '@/utils/local-storage';

interface UserPreferences {
  locale?: AppLocale;
  /** Visible columns per list, in order. */
  columns?: Record<string, string[]>;
}

/** The language last chosen on this device; the login page opens in it. */
const DEVICE_LOCALE_KEY = 'crm.locale';
const userKey = (username: string) => `crm.preferences.${username}`;

function deviceLocale(): AppLocale {
  const stored = localStorage.getItem(DEVICE_LOCALE_KEY);
  return isAppLocale(stored) ? stored : browserLocale();
}

/** Choices each user makes once and finds again on their next visit, kept per username. */
export const usePreferencesStore = defineStore('preferences', () => {
  const username = ref<string | null>(null);
  const locale = ref<AppLocale>(deviceLocale());
  const columns = ref<Record<string, string[]>>({});

  watch(locale, applyLocale, { immediate: true });

  function persist(): void {
    if (username.value) writeStored(userKey(username.value), { locale: locale.value, columns: columns.value });
  }

  /** Switches to a user's saved choices; a user without a saved language keeps the current one. */
  function loadFor(name: string | null): void {
    username.value = name;
    if (!name) {
      columns.value = {};
      return;
    }
    const saved = readStored<UserPreferences>(userKey(name), {});
    columns.value = saved.columns ?? {};
    if (isAppLocale(saved.locale)) locale.value = saved.locale;
    persist();
  }

  function setLocale(next: AppLocale): void {
    locale.value = next;
    localStorage.setItem(DEVICE_LOCALE_KEY, next);
    persist();
  }

  function columnsOf(list: string): string[] | undefined {
    return columns.value[list];
  }

  function setColumns(list: string, keys: string[]): void {
    columns.value = { ...columns.value, [list]: keys };
    persist();
  }

  return { username, locale, loadFor, setLocale, columnsOf, setColumns };
});
