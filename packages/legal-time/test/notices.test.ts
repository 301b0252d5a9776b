import { describe, expect, it } from 'vitest';
import { explainDay, formatDate, parseDate } from '../src/index.js';

/**
 * Every day off and every 调休 working day of 2024–2026, typed in again from the three notices
 * (as quoted in the domain notes, section 4), independently of src/data: the calendar must answer
 * each day exactly so, and every other day of those years by the weekday alone.
 */
const notices: Record<number, { number: string; off: Record<string, string>; worked: string[] }> = {
  2024: {
    number: '国办发明电〔2023〕7号',
    off: { 元旦: '01-01', 春节: '02-10..02-17', 清明节: '04-04..04-06', 劳动节: '05-01..05-05', 端午节: '06-10', 中秋节: '09-15..09-17', 国庆节: '10-01..10-07' },
    worked: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  2025: {
    number: '国办发明电〔2024〕12号',
    off: { 元旦: '01-01', 春节: '01-28..02-04', 清明节: '04-04..04-06', 劳动节: '05-01..05-05', 端午节: '05-31..06-02', 国庆节: '10-01..10-08' },
    worked: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  2026: {
    number: '国办发明电〔2025〕7号',
    off: { 元旦: '01-01..01-03', 春节: '02-15..02-23', 清明节: '04-04..04-06', 劳动节: '05-01..05-05', 端午节: '06-19..06-21', 中秋节: '09-25..09-27', 国庆节: '10-01..10-07' },
    worked: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

function* days(year: number, range: string): Generator<string> {
  const [from, to = from] = range.split('..');
  for (let day = parseDate(`${year}-${from}`)!; day <= parseDate(`${year}-${to}`)!; day++) yield formatDate(day);
}

describe.each(Object.entries(notices))('%s', (yearText, notice) => {
  const year = Number(yearText);
  const off = new Map<string, string>();
  for (const [holiday, range] of Object.entries(notice.off)) for (const date of days(year, range)) off.set(date, holiday);
  const worked = new Set(notice.worked.map((date) => `${year}-${date}`));

  it.each([...off])('%s is a day off of %s', (date, holiday) => {
    const explanation = explainDay(date);
    expect(explanation).toMatchObject({ workday: false, reason: 'holiday', notice: { number: notice.number } });
    expect(explanation.holiday).toContain(holiday.replace('节', ''));
  });

  it.each([...worked])('%s is a 调休 working day', (date) => {
    expect(explainDay(date)).toMatchObject({ workday: true, reason: 'adjusted-workday', notice: { number: notice.number } });
  });

  it('every other day follows the weekday', () => {
    const wrong: string[] = [];
    for (const date of days(year, '01-01..12-31')) {
      if (off.has(date) || worked.has(date)) continue;
      const explanation = explainDay(date);
      // A weekend inside or beside a holiday may be named for it; it is a day off either way.
      if (explanation.workday !== explanation.weekday <= 5) wrong.push(date);
    }
    expect(wrong).toEqual([]);
  });
});
