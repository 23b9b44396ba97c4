/**
 * Money is an exact decimal string end to end: it is validated and formatted as text and never
 * passes through a floating-point number.
 */
const MONEY = { wholeDigits: 16, scale: 2 } as const;

const MONEY_PATTERN = new RegExp(`^-?\\d{1,${MONEY.wholeDigits}}(\\.\\d{1,${MONEY.scale}})?$`);

/** What a user typed, without spaces and thousands separators. */
export function normaliseDecimalInput(input: string): string {
  return input.replace(/[\s,]/g, '');
}

export function isMoney(value: string): boolean {
  return MONEY_PATTERN.test(value);
}

/** 1234567.5 -> "1,234,567.50": groups the whole digits and pads the fraction, as text. */
export function formatMoney(value: string): string {
  if (!isMoney(value)) return value;
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fraction.padEnd(MONEY.scale, '0')}`;
}

/** "2.0000" -> "2", "10.50" -> "10.5": how the user would type a quantity or percentage. */
export function trimZeros(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** An amount as the server worked it out, with its currency: "CNY 1,234.50". */
export function formatAmount(currency: string, value: string): string {
  return `${currency} ${formatMoney(value)}`;
}

/** "0", "0.00", "-0.0": an amount of nothing, told from its text. */
export function isZeroAmount(value: string): boolean {
  return /^-?0+(\.0+)?$/.test(value);
}
