import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import elementEn from 'element-plus/es/locale/lang/en';
import elementZhCn from 'element-plus/es/locale/lang/zh-cn';
import { createI18n } from 'vue-i18n';
import { en, type MessageSchema } from './en';
import { zhCN } from './zh-cn';

export const LOCALES = ['en', 'zh-CN'] as const;
export type AppLocale = (typeof LOCALES)[number];

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<AppLocale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Element Plus and the date library (Element Plus's date pickers) switch with the UI. */
export const ELEMENT_LOCALES = { en: elementEn, 'zh-CN': elementZhCn } as const;
const DAYJS_LOCALES: Record<AppLocale, string> = { en: 'en', 'zh-CN': 'zh-cn' };

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en, 'zh-CN': zhCN },
});

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function browserLocale(): AppLocale {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function applyLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  dayjs.locale(DAYJS_LOCALES[locale]);
  document.documentElement.lang = locale;
}
