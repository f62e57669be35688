import { expect, test } from './fixtures';

test('the BigQuery cost guard is set in Settings, checked, and remembered', async ({ page, aisle, consoleErrors }) => {
  await page.goto(aisle.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Query cost (BigQuery)' });
  await expect(section.getByLabel('Ask before queries over (GB)')).toHaveValue('10');
  await expect(section.getByLabel('Never bill more than (GB per query)')).toHaveValue('100');

  await section.getByLabel('Ask before queries over (GB)').fill('500');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('must not exceed the hard limit');

  await section.getByLabel('Ask before queries over (GB)').fill('25');
  await section.getByLabel('Never bill more than (GB per query)').fill('250');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(section.getByLabel('Ask before queries over (GB)')).toHaveValue('25');
  await expect(section.getByLabel('Never bill more than (GB per query)')).toHaveValue('250');
  // The refused save above was an HTTP 400 the browser logs itself; nothing else may be logged.
  const expected = (message: string) => message.includes('the server responded with a status of 400');
  expect(consoleErrors.filter((message) => !expected(message))).toEqual([]);
  consoleErrors.splice(0, consoleErrors.length);
});
