import { describe, expect, test } from 'vitest';
import { parseTime, type TimeParse } from './parse-time';

// 2026-10-31 is a Saturday (mid-week for ISO weeks, but the last day of its month and of no
// quarter); 2011-12-09, the Online Retail data's last day, is a Friday (see calendar-units.test.ts).
const SAT = '2026-10-31';
const RETAIL = '2011-12-09';

interface Case {
  question: string;
  anchor: string;
  /** [start, end) or null. */
  range: readonly [string, string] | null;
  comparison?: TimeParse['comparison'];
  grain?: TimeParse['grain'];
  label?: string;
  anchored?: boolean;
  /** The texts of the spans, in order. */
  spans?: readonly string[];
  unclear?: readonly string[];
}

const relative: Case[] = [
  { question: 'revenue today', anchor: SAT, range: ['2026-10-31', '2026-11-01'], label: 'today (2026-10-31)' },
  { question: 'sales yesterday', anchor: SAT, range: ['2026-10-30', '2026-10-31'], anchored: true },
  {
    question: 'revenue last week',
    anchor: SAT,
    range: ['2026-10-19', '2026-10-26'],
    label: 'last week (2026-10-19 to 2026-10-25)',
    anchored: true,
    spans: ['last week'],
  },
  { question: 'REVENUE LAST WEEK', anchor: RETAIL, range: ['2011-11-28', '2011-12-05'] },
  {
    question: 'revenue this week',
    anchor: SAT,
    range: ['2026-10-26', '2026-11-01'],
    label: 'this week to date (2026-10-26 to 2026-10-31)',
  },
  { question: 'week to date orders', anchor: RETAIL, range: ['2011-12-05', '2011-12-10'] },
  { question: 'WTD', anchor: RETAIL, range: ['2011-12-05', '2011-12-10'] },
  {
    question: 'sales in the last 7 days',
    anchor: SAT,
    range: ['2026-10-25', '2026-11-01'],
    spans: ['in the last 7 days'],
  },
  { question: 'past 7 days', anchor: RETAIL, range: ['2011-12-03', '2011-12-10'] },
  { question: 'last 30 days', anchor: RETAIL, range: ['2011-11-10', '2011-12-10'] },
  // Weeks: whole ISO weeks; the anchor's own week only counts once it is complete (a Sunday anchor).
  {
    question: 'last 4 weeks',
    anchor: SAT,
    range: ['2026-09-28', '2026-10-26'],
    label: 'the last 4 weeks (2026-09-28 to 2026-10-25)',
  },
  { question: 'last 4 weeks', anchor: '2026-11-01', range: ['2026-10-05', '2026-11-02'] },
  { question: 'the last two weeks', anchor: RETAIL, range: ['2011-11-21', '2011-12-05'] },
  // Months: whole months; the anchor's month counts when the anchor is its last day.
  { question: 'last 3 months', anchor: SAT, range: ['2026-08-01', '2026-11-01'] },
  { question: 'last 3 months', anchor: RETAIL, range: ['2011-09-01', '2011-12-01'] },
  { question: 'revenue over the past 12 months', anchor: RETAIL, range: ['2010-12-01', '2011-12-01'] },
  { question: 'last 2 quarters', anchor: RETAIL, range: ['2011-04-01', '2011-10-01'] },
  { question: 'last 2 years', anchor: RETAIL, range: ['2009-01-01', '2011-01-01'] },
  { question: 'trailing 12 months', anchor: RETAIL, range: ['2010-12-10', '2011-12-10'] },
  { question: 'TTM revenue', anchor: RETAIL, range: ['2010-12-10', '2011-12-10'] },
  { question: 'in the past month', anchor: RETAIL, range: ['2011-11-10', '2011-12-10'] },
  {
    question: 'this month',
    anchor: SAT,
    range: ['2026-10-01', '2026-11-01'],
    label: 'this month (2026-10-01 to 2026-10-31)',
  },
  { question: 'month to date', anchor: RETAIL, range: ['2011-12-01', '2011-12-10'] },
  { question: 'MTD revenue', anchor: RETAIL, range: ['2011-12-01', '2011-12-10'], spans: ['MTD'] },
  { question: 'revenue last month', anchor: SAT, range: ['2026-09-01', '2026-10-01'] },
  { question: 'sales the previous month', anchor: RETAIL, range: ['2011-11-01', '2011-12-01'] },
  { question: 'this year', anchor: RETAIL, range: ['2011-01-01', '2011-12-10'] },
  {
    question: 'ytd sales',
    anchor: SAT,
    range: ['2026-01-01', '2026-11-01'],
    label: 'this year to date (2026-01-01 to 2026-10-31)',
  },
  { question: 'Sales Year To Date', anchor: SAT, range: ['2026-01-01', '2026-11-01'], spans: ['Year To Date'] },
  { question: 'revenue last year', anchor: SAT, range: ['2025-01-01', '2026-01-01'], anchored: true },
  { question: 'this quarter', anchor: RETAIL, range: ['2011-10-01', '2011-12-10'] },
  { question: 'QTD', anchor: SAT, range: ['2026-10-01', '2026-11-01'] },
  { question: 'last quarter', anchor: RETAIL, range: ['2011-07-01', '2011-10-01'] },
  { question: 'since last month', anchor: RETAIL, range: ['2011-11-01', '2011-12-10'] },
];

const calendar: Case[] = [
  { question: 'Q3 2011', anchor: RETAIL, range: ['2011-07-01', '2011-10-01'], label: 'Q3 2011', anchored: false },
  { question: '2011 Q3 revenue', anchor: RETAIL, range: ['2011-07-01', '2011-10-01'], spans: ['2011 Q3'] },
  { question: 'the third quarter of 2011', anchor: RETAIL, range: ['2011-07-01', '2011-10-01'] },
  { question: 'q2 2011', anchor: SAT, range: ['2011-04-01', '2011-07-01'] },
  {
    question: 'Q4',
    anchor: RETAIL,
    range: ['2011-10-01', '2011-12-10'],
    label: "Q4 2011 (2011-10-01 to 2011-12-09, cut at the data's latest day)",
    anchored: true,
  },
  { question: 'Q3 of last year', anchor: SAT, range: ['2025-07-01', '2025-10-01'], anchored: true },
  { question: 'H1 2025', anchor: SAT, range: ['2025-01-01', '2025-07-01'] },
  { question: 'in 2025', anchor: SAT, range: ['2025-01-01', '2026-01-01'], label: '2025', spans: ['in 2025'] },
  { question: '2025 revenue', anchor: SAT, range: ['2025-01-01', '2026-01-01'] },
  { question: 'in March', anchor: SAT, range: ['2026-03-01', '2026-04-01'], label: 'March 2026', anchored: true },
  { question: 'in November', anchor: SAT, range: ['2025-11-01', '2025-12-01'] },
  { question: 'How did March do', anchor: SAT, range: ['2026-03-01', '2026-04-01'] },
  { question: 'sales in may', anchor: SAT, range: ['2026-05-01', '2026-06-01'] },
  { question: 'last March', anchor: '2026-03-20', range: ['2025-03-01', '2025-04-01'] },
  { question: 'March last year', anchor: SAT, range: ['2025-03-01', '2025-04-01'] },
  { question: 'March 2025', anchor: SAT, range: ['2025-03-01', '2025-04-01'], label: 'March 2025', anchored: false },
  { question: 'sales in 2011-11', anchor: RETAIL, range: ['2011-11-01', '2011-12-01'] },
  {
    question: 'since March',
    anchor: SAT,
    range: ['2026-03-01', '2026-11-01'],
    label: 'since March 2026 (2026-03-01 to 2026-10-31)',
    anchored: true,
  },
  { question: 'revenue from March 2025 onwards', anchor: SAT, range: ['2025-03-01', '2026-11-01'] },
  {
    question: 'from March to May 2025',
    anchor: SAT,
    range: ['2025-03-01', '2025-06-01'],
    spans: ['from March to May 2025'],
    label: 'March 2025 to May 2025 (2025-03-01 to 2025-05-31)',
  },
  { question: 'Jan-Mar 2025', anchor: SAT, range: ['2025-01-01', '2025-04-01'] },
  { question: 'from November to February 2011', anchor: RETAIL, range: ['2010-11-01', '2011-03-01'] },
  { question: 'between 2023 and 2025', anchor: SAT, range: ['2023-01-01', '2026-01-01'] },
];

const days: Case[] = [
  {
    question: 'between 1 Jan 2025 and 15 Feb 2025',
    anchor: SAT,
    range: ['2025-01-01', '2025-02-16'],
    label: '2025-01-01 to 2025-02-15',
    spans: ['between 1 Jan 2025 and 15 Feb 2025'],
  },
  { question: 'revenue on 5 March 2025', anchor: SAT, range: ['2025-03-05', '2025-03-06'], spans: ['on 5 March 2025'] },
  { question: 'sales on 2025-03-05', anchor: SAT, range: ['2025-03-05', '2025-03-06'], label: '2025-03-05' },
  { question: 'orders on March 5, 2025', anchor: SAT, range: ['2025-03-05', '2025-03-06'] },
  { question: 'from 2011-01-01 to 2011-03-31', anchor: RETAIL, range: ['2011-01-01', '2011-04-01'] },
  { question: 'on the 5th of March', anchor: SAT, range: ['2026-03-05', '2026-03-06'], anchored: true },
  { question: '13/4/2025', anchor: SAT, range: ['2025-04-13', '2025-04-14'] },
];

const retail: Case[] = [
  {
    question: 'Black Friday',
    anchor: SAT,
    range: ['2025-11-28', '2025-11-29'],
    label: 'Black Friday 2025 (2025-11-28)',
  },
  { question: 'black friday 2024', anchor: SAT, range: ['2024-11-29', '2024-11-30'], anchored: false },
  { question: 'Black Friday sales', anchor: RETAIL, range: ['2011-11-25', '2011-11-26'] },
  { question: 'Cyber Monday', anchor: RETAIL, range: ['2011-11-28', '2011-11-29'] },
  { question: 'Black Friday weekend', anchor: RETAIL, range: ['2011-11-25', '2011-11-29'] },
  { question: 'BFCM 2024', anchor: SAT, range: ['2024-11-29', '2024-12-03'] },
  { question: 'Thanksgiving', anchor: RETAIL, range: ['2011-11-24', '2011-11-25'] },
  {
    question: 'holiday season',
    anchor: RETAIL,
    range: ['2011-11-01', '2011-12-10'],
    label: "holiday season 2011 (2011-11-01 to 2011-12-09, cut at the data's latest day)",
    anchored: true,
  },
  { question: 'the holiday season', anchor: SAT, range: ['2025-11-01', '2026-01-01'] },
  { question: 'revenue in the holiday season 2024', anchor: SAT, range: ['2024-11-01', '2025-01-01'] },
  {
    question: 'weekly revenue during the holiday season',
    anchor: SAT,
    range: ['2025-11-01', '2026-01-01'],
    grain: 'week',
    spans: ['weekly', 'during the holiday season'],
  },
  { question: 'holiday season 2010 by week', anchor: RETAIL, range: ['2010-11-01', '2011-01-01'], grain: 'week' },
  { question: 'sales at Christmas', anchor: SAT, range: ['2025-12-01', '2025-12-25'], spans: ['at Christmas'] },
  { question: 'Christmas 2010', anchor: RETAIL, range: ['2010-12-01', '2010-12-25'] },
  { question: 'last Christmas', anchor: RETAIL, range: ['2010-12-01', '2010-12-25'] },
  { question: 'Christmas Day 2010', anchor: RETAIL, range: ['2010-12-25', '2010-12-26'] },
  { question: 'back to school', anchor: SAT, range: ['2026-08-01', '2026-09-01'] },
  {
    question: 'summer',
    anchor: SAT,
    range: ['2026-06-01', '2026-09-01'],
    label: 'summer 2026 (2026-06-01 to 2026-08-31)',
  },
  { question: 'sales in winter', anchor: SAT, range: ['2025-12-01', '2026-03-01'] },
  { question: 'winter 2024/25', anchor: SAT, range: ['2024-12-01', '2025-03-01'] },
  { question: 'during the spring', anchor: RETAIL, range: ['2011-03-01', '2011-06-01'] },
  { question: 'Autumn 2025', anchor: SAT, range: ['2025-09-01', '2025-12-01'] },
  { question: 'sales this fall', anchor: RETAIL, range: ['2011-09-01', '2011-12-01'] },
];

const comparisons: Case[] = [
  {
    question: 'revenue by category in Q3 2011 vs last year',
    anchor: RETAIL,
    range: ['2011-07-01', '2011-10-01'],
    comparison: 'same_period_last_year',
    spans: ['in Q3 2011', 'vs last year'],
    label: 'Q3 2011',
  },
  {
    question: 'sales this month compared to last year',
    anchor: SAT,
    range: ['2026-10-01', '2026-11-01'],
    comparison: 'same_period_last_year',
  },
  {
    question: 'sales in Q3 2011 compared to the same period last year',
    anchor: RETAIL,
    range: ['2011-07-01', '2011-10-01'],
    comparison: 'same_period_last_year',
  },
  {
    question: 'revenue year over year in 2011',
    anchor: RETAIL,
    range: ['2011-01-01', '2011-12-10'],
    comparison: 'same_period_last_year',
  },
  { question: 'YoY by month', anchor: SAT, range: null, comparison: 'same_period_last_year', grain: 'month' },
  {
    question: 'Q3 2011 vs Q3 2010',
    anchor: RETAIL,
    range: ['2011-07-01', '2011-10-01'],
    comparison: 'same_period_last_year',
  },
  {
    question: 'Q3 2011 vs 2010',
    anchor: RETAIL,
    range: ['2011-07-01', '2011-10-01'],
    comparison: 'same_period_last_year',
  },
  {
    question: 'this month vs last month',
    anchor: RETAIL,
    range: ['2011-12-01', '2011-12-10'],
    comparison: 'previous_period',
    spans: ['this month', 'vs last month'],
  },
  {
    question: 'MTD vs the prior month',
    anchor: SAT,
    range: ['2026-10-01', '2026-11-01'],
    comparison: 'previous_period',
  },
  {
    question: 'compare this week and last week',
    anchor: RETAIL,
    range: ['2011-12-05', '2011-12-10'],
    comparison: 'previous_period',
  },
  {
    question: 'last week vs the previous week',
    anchor: RETAIL,
    range: ['2011-11-28', '2011-12-05'],
    comparison: 'previous_period',
  },
  // No range named: "vs last month" means this month so far.
  {
    question: 'how are sales vs last month',
    anchor: RETAIL,
    range: ['2011-12-01', '2011-12-10'],
    comparison: 'previous_period',
    anchored: true,
  },
  { question: 'Q3 vs Q2', anchor: RETAIL, range: ['2011-07-01', '2011-10-01'], comparison: 'previous_period' },
  {
    question: 'Q3 2011 revenue compared with the previous quarter',
    anchor: RETAIL,
    range: ['2011-07-01', '2011-10-01'],
    comparison: 'previous_period',
  },
  {
    question: 'Do we have more customers this year than last year?',
    anchor: SAT,
    range: ['2026-01-01', '2026-11-01'],
    comparison: 'same_period_last_year',
  },
  {
    question: 'How did the 2025 holiday season compare with the year before?',
    anchor: SAT,
    range: ['2025-11-01', '2026-01-01'],
    comparison: 'same_period_last_year',
  },
  {
    question: 'last 4 weeks vs previous period',
    anchor: RETAIL,
    range: ['2011-11-07', '2011-12-05'],
    comparison: 'previous_period',
  },
  { question: 'revenue period over period', anchor: SAT, range: null, comparison: 'previous_period' },
  { question: 'WoW growth last week', anchor: SAT, range: ['2026-10-19', '2026-10-26'], comparison: 'previous_period' },
  { question: 'MoM revenue', anchor: SAT, range: null, comparison: 'previous_period', spans: ['MoM'] },
];

const grains: Case[] = [
  { question: 'weekly revenue', anchor: SAT, range: null, grain: 'week', spans: ['weekly'] },
  { question: 'Revenue By Month In 2011', anchor: RETAIL, range: ['2011-01-01', '2011-12-10'], grain: 'month' },
  { question: 'orders per day last week', anchor: RETAIL, range: ['2011-11-28', '2011-12-05'], grain: 'day' },
  { question: 'monthly trend', anchor: SAT, range: null, grain: 'month' },
  { question: 'revenue for each quarter', anchor: SAT, range: null, grain: 'quarter', spans: ['for each quarter'] },
  { question: 'annual sales', anchor: SAT, range: null, grain: 'year' },
  { question: 'daily orders', anchor: SAT, range: null, grain: 'day' },
  { question: 'week by week sales', anchor: SAT, range: null, grain: 'week' },
  { question: 'revenue over time', anchor: SAT, range: null, grain: null, spans: ['over time'] },
];

const unreadable: Case[] = [
  { question: 'what may be the top 10 products', anchor: SAT, range: null, spans: [] },
  { question: 'top 10 products', anchor: SAT, range: null, spans: [] },
  { question: 'May I see the best sellers', anchor: SAT, range: null },
  { question: 'sales of Jumbo Bag 2', anchor: RETAIL, range: null, spans: [] },
  { question: 'JUMBO BAG RED RETROSPOT sales', anchor: RETAIL, range: null },
  { question: 'REGENCY CAKESTAND 3 TIER revenue last month', anchor: RETAIL, range: ['2011-11-01', '2011-12-01'] },
  { question: 'revenue of Jumbo Bag 2011', anchor: RETAIL, range: null },
  { question: 'customers with over 2000 orders', anchor: SAT, range: null },
  { question: 'second best product', anchor: SAT, range: null },
  { question: 'size 10/12 dresses', anchor: SAT, range: null },
  { question: 'by day of week', anchor: SAT, range: null, grain: null },
  { question: 'did sales fall?', anchor: SAT, range: null },
  { question: 'christmas lights revenue', anchor: RETAIL, range: null },
  { question: 'gifts for mom', anchor: SAT, range: null, comparison: null },
  { question: 'they march on', anchor: SAT, range: null, unclear: ['march'] },
  { question: 'revenue 2025', anchor: SAT, range: null, unclear: ['2025'] },
  { question: 'sales 3/4/2025', anchor: SAT, range: null, unclear: ['3/4/2025'] },
  { question: 'the last few weeks', anchor: SAT, range: null, unclear: ['the last few weeks'] },
  { question: 'sales in early March', anchor: SAT, range: null, unclear: ['early March'] },
  { question: 'FY2025 revenue', anchor: SAT, range: null, unclear: ['FY2025'] },
  { question: 'sales last friday', anchor: SAT, range: null, unclear: ['last friday'] },
  { question: 'before 2011', anchor: RETAIL, range: null, unclear: ['before 2011'] },
  { question: 'revenue in 2024 and 2025', anchor: SAT, range: null, unclear: ['in 2024', '2025'] },
  {
    question: 'last 7 days vs last month',
    anchor: SAT,
    range: ['2026-10-25', '2026-11-01'],
    unclear: ['vs last month'],
  },
  { question: 'Q3 2011 vs Q1 2011', anchor: RETAIL, range: ['2011-07-01', '2011-10-01'], unclear: ['vs Q1 2011'] },
  { question: 'daily sales by month', anchor: SAT, range: null, unclear: ['daily', 'by month'] },
  // After the anchor: no data, so nothing to read.
  { question: 'revenue in 2027', anchor: SAT, range: null, spans: ['in 2027'], unclear: ['in 2027'] },
  { question: 'Black Friday 2026', anchor: SAT, range: null, unclear: ['Black Friday 2026'] },
  { question: 'forecast revenue for the next 3 months', anchor: SAT, range: null, unclear: ['the next 3 months'] },
  // A year back from 28 Nov 2025 is a Thursday, not Black Friday 2024: the plan cannot say this.
  {
    question: 'Black Friday 2025 vs Black Friday 2024',
    anchor: SAT,
    range: ['2025-11-28', '2025-11-29'],
    unclear: ['vs Black Friday 2024'],
  },
];

const all: Array<[string, Case[]]> = [
  ['relative', relative],
  ['calendar', calendar],
  ['days', days],
  ['retail', retail],
  ['comparisons', comparisons],
  ['grains', grains],
  ['unreadable', unreadable],
];

describe.each(all)('parseTime: %s', (_group, cases) => {
  test.each(cases)('$question ($anchor)', (expected) => {
    const parsed = parseTime(expected.question, expected.anchor);
    expect(parsed.range).toEqual(expected.range ? { start: expected.range[0], end: expected.range[1] } : null);
    expect(parsed.comparison).toBe(expected.comparison ?? null);
    expect(parsed.grain).toBe(expected.grain ?? null);
    expect(parsed.unclear).toEqual(expected.unclear ?? []);
    if (expected.label !== undefined) expect(parsed.label).toBe(expected.label);
    if (expected.anchored !== undefined) expect(parsed.anchored).toBe(expected.anchored);
    if (expected.spans !== undefined) expect(parsed.spans.map((span) => span.text)).toEqual(expected.spans);
    // Every span is the question's own text, in order, without overlaps.
    parsed.spans.forEach((span, index) => {
      expect(span.text).toBe(expected.question.slice(span.start, span.end));
      expect(span.start).toBeGreaterThanOrEqual(parsed.spans[index - 1]?.end ?? 0);
    });
    if (parsed.range) expect(parsed.range.start < parsed.range.end).toBe(true);
  });
});

describe('parseTime', () => {
  test('gives exact character spans mid-sentence', () => {
    const question = 'Revenue by category in Q3 2011 vs last year, weekly';
    expect(parseTime(question, RETAIL).spans).toEqual([
      { start: 20, end: 30, text: 'in Q3 2011' },
      { start: 31, end: 43, text: 'vs last year' },
      { start: 45, end: 51, text: 'weekly' },
    ]);
  });

  test('never returns a range past the day after the anchor', () => {
    for (const question of ['this year', 'in December', 'holiday season', 'Q4', 'since 2010', 'winter']) {
      expect(parseTime(question, RETAIL).range?.end).toBe('2011-12-10');
    }
  });

  test('reports nothing for a question without time', () => {
    expect(parseTime('which categories sell best?', SAT)).toEqual({
      range: null,
      comparison: null,
      grain: null,
      spans: [],
      label: null,
      anchored: false,
      unclear: [],
    });
  });

  test('accepts the Monday week start and rejects a bad anchor', () => {
    expect(parseTime('last week', SAT, { weekStartsOn: 1 }).range).toEqual({ start: '2026-10-19', end: '2026-10-26' });
    expect(() => parseTime('last week', '2026-02-30')).toThrow(/YYYY-MM-DD/);
  });
});
