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
