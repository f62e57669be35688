import type { AskAnswer, PageId } from '../../../../shared/contract';
import type { AisleClient } from '../../api/aisle-client';

type PinnedChart = { type: 'bar' | 'line' | 'pie'; x: number; y: number[] };

/** The answer's chart in a report's terms (column positions), or null for a number or a table. */
export const pinnedChart = (answer: AskAnswer): PinnedChart | null => {
  const chart = answer.chart;
  if (!chart || chart.type === 'number' || chart.type === 'table') return null;
  const position = (name: string): number => answer.columns.findIndex((column) => column.name === name);
  const x = position(chart.x);
  const y = chart.series
    .map(position)
    .filter((index) => index >= 0)
    .slice(0, 8);
  return x < 0 || y.length === 0 ? null : { type: chart.type, x, y };
};

/** A report title from the question: one line, at most 120 characters. */
export const reportTitle = (question: string): string => {
  const line = question.replace(/\s+/g, ' ').trim();
  return line.length <= 120 ? line : `${line.slice(0, 119)}…`;
};

/**
 * Switches page as the sidebar does. Pages cannot navigate through the contract (`ui.navigate`
 * comes from main only), so this presses the sidebar's own button.
 */
const goToPage = (page: PageId): void => {
  document.querySelector<HTMLButtonElement>(`nav[aria-label="Main"] button[data-page="${page}"]`)?.click();
};

/**
 * Opens an answer's SQL in a new SQL editor tab, with the answer's cached result shown under
 * it: the editor restores its tabs from main when it opens, so the tab is added there first.
 */
export const openInSqlEditor = async (
  client: AisleClient,
  tab: { sql: string; title: string; sourceId: string; resultId: string | null },
): Promise<void> => {
  const saved = await client.call('editor.tabs.load', {});
  const id = `tab-${crypto.randomUUID()}`;
  await client.call('editor.tabs.save', {
    tabs: [
      ...saved.tabs,
      { id, title: reportTitle(tab.title), sql: tab.sql, sourceId: tab.sourceId, resultId: tab.resultId },
    ].slice(-50),
    activeId: id,
  });
  goToPage('sql');
};
