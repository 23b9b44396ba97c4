import type { FormItemRule } from 'element-plus';
import { isMoney, normaliseDecimalInput } from './decimal';

/**
 * Field rules shared by the forms, mirroring the server's validation so most mistakes are caught
 * before a request; the server's own answer still lands on the field if one slips through.
 * Messages come from the caller, already translated.
 */

/** The server's phone rule: digits, spaces and + - ( ) # . only, 3 to 40 characters. */
const PHONE_PATTERN = /^[+0-9 ()\-#.]{3,40}$/;

export function maxLength(max: number, message: string): FormItemRule {
  return { max, message, trigger: 'blur' };
}

export function required(message: string): FormItemRule {
  return { required: true, whitespace: true, message, trigger: 'blur' };
}

/** A choice that must be made (a team, a user): checked when it changes, whatever its type. */
export function chosen(message: string): FormItemRule {
  return { required: true, type: 'any', message, trigger: 'change' };
}

export function email(message: string): FormItemRule {
  return { type: 'email', message, trigger: 'blur' };
}

export function phone(message: string): FormItemRule {
  return { pattern: PHONE_PATTERN, message, trigger: 'blur' };
}

/** Money typed as text: digits, an optional point and two decimals; separators are allowed. */
export function money(message: string): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: string, callback) => {
      const text = normaliseDecimalInput(value ?? '');
      if (text && !isMoney(text)) callback(new Error(message));
      else callback();
    },
  };
}

/** The server's password policy: at least 8 characters mixing three of lower, upper, digits, symbols. */
export function isAcceptablePassword(password: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  return password.length >= 8 && classes >= 3;
}

export function password(message: string): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: string, callback) => callback(value && !isAcceptablePassword(value) ? new Error(message) : undefined),
  };
}

/** Stable keys (role, picklist, option, custom field): lower_snake_case, starting with a letter. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

export function key(message: string): FormItemRule {
  return { pattern: KEY_PATTERN, message, trigger: 'blur' };
}

/** Exact decimal text with a given number of decimals, separators allowed: quantities, percentages. */
export function decimalText(message: string, wholeDigits: number, scale: number, options: { max?: number } = {}): FormItemRule {
  const pattern = new RegExp(`^-?\\d{1,${wholeDigits}}(\\.\\d{1,${scale}})?$`);
  return {
    trigger: 'blur',
    validator: (_rule, value: string, callback) => {
      const text = normaliseDecimalInput(value ?? '');
      const tooLarge = options.max !== undefined && pattern.test(text) && Number(text.split('.')[0]) > options.max;
      callback(text && (!pattern.test(text) || tooLarge) ? new Error(message) : undefined);
    },
  };
}
