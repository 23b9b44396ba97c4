import type { MessageSchema } from './en';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the message catalogue, e.g. 'customers.fields.name'. */
export type MessageKey = Leaves<MessageSchema>;
