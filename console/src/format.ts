import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth.tsx';

/**
 * Numbers, money and times as the user reads them: in the user's language, with times in the
 * tenant's time zone (a dispatcher abroad still sees the company's clock).
 */
export interface Formatters {
  language: string;
  timeZone: string;
  number(value: number): string;
  percent(ratio: number, fractionDigits?: number): string;
  /** Money: the API's integer fen (`…Fen` fields) shown as yuan with 2 decimals (1235 → ¥12.35). */
  money(fen: number): string;
  /** Date and time, with the zone's short name (e.g. "GMT+8"). */
  dateTime(iso: string | Date): string;
  date(iso: string | Date): string;
}

export function formatters(language: string, timeZone: string): Formatters {
  const number = new Intl.NumberFormat(language);
  const dateTime = new Intl.DateTimeFormat(language, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  // The zone's short name at that instant (GMT+8), shown after the time in every language.
  const zone = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' });
  const zoneName = (d: Date) => zone.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const date = new Intl.DateTimeFormat(language, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const yuan = new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));
  return {
    language,
    timeZone,
    number: (value) => number.format(value),
    percent: (ratio, fractionDigits = 1) =>
      new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: fractionDigits }).format(ratio),
    // An integer over 100 is the double nearest the 2-decimal yuan, which Intl prints exactly.
    money: (fen) => yuan.format(fen / 100),
    dateTime: (value) => `${dateTime.format(toDate(value))} ${zoneName(toDate(value))}`,
    date: (value) => date.format(toDate(value)),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const { timeZone } = useAuth();
  return useMemo(() => formatters(i18n.language, timeZone), [i18n.language, timeZone]);
}
