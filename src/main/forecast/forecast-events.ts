import type { ForecastEvent } from '../../shared/contract/forecast';
import { blackFriday, cyberMonday } from '../ask/time/retail-calendar';

/** Retail's big days between two dates (inclusive): Black Friday, Cyber Monday and Christmas. */
export const holidaysBetween = (start: string, end: string): ForecastEvent[] => {
  const events: ForecastEvent[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) {
    const days: [string, string][] = [
      [blackFriday(year), 'Black Friday'],
      [cyberMonday(year), 'Cyber Monday'],
      [`${year}-12-25`, 'Christmas Day'],
    ];
    for (const [day, label] of days) {
      if (day >= start && day <= end) events.push({ kind: 'holiday', start: day, end: day, label });
    }
  }
  return events;
};
