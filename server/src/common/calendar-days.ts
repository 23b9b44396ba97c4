/**
 * Calendar days as the API carries them: 'YYYY-MM-DD' strings, counted in UTC so every server
 * process agrees on what "today" and "45 days overdue" mean.
 */
const DAY_MS = 86_400_000;

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export const today = (): string => isoDay(new Date());

export const addDays = (day: string, days: number): string => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
