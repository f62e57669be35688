import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ask = async (page: Page, question: string): Promise<void> => {
  const box = page.getByRole('textbox', { name: 'Question' });
  await expect(box).toBeEnabled();
  await box.fill(question);
  await box.press('Enter');
};

const cards = (page: Page): Locator => page.getByTestId('answer-card');

test.describe('Ask', () => {
  test('answers with a chart, follows up, edits a chip, clarifies, refuses, pins, and reopens from history', async ({
    page,
    aisle,
    consoleErrors,
  }) => {
    await page.goto(aisle.url);
    await expect(page.getByRole('heading', { name: 'Ask your sales a question' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Suggested questions' }).getByRole('button').first()).toBeVisible();

    // "/" goes to the question box from anywhere on the page.
    await page.locator('body').press('/');
    await expect(page.getByRole('textbox', { name: 'Question' })).toBeFocused();

    await ask(page, 'revenue by category last 12 months');
    const first = cards(page).nth(0);
    await expect(first).toHaveAttribute('data-kind', 'answer', { timeout: 20_000 });
    await expect(first.getByTestId('answer-chart').locator('svg')).toBeVisible();
    await expect(first.getByRole('table').getByRole('columnheader', { name: 'Revenue' })).toBeVisible();
    await expect(first.getByTestId('narrative')).not.toBeEmpty();
    await expect(first.getByRole('button', { name: /^Revenue: change the measure/ })).toBeVisible();

    // A follow-up keeps the chat's context and adds a filter.
    await ask(page, 'only dresses');
    const second = cards(page).nth(1);
    await expect(second).toHaveAttribute('data-kind', 'answer');
    await expect(second.getByRole('button', { name: /Dresses: change the filter/ })).toBeVisible();

    // Changing the measure chip re-asks with the edited plan, as a new card marked "edited".
    await second.getByRole('button', { name: /^Revenue: change the measure/ }).click();
    await page.getByRole('dialog', { name: 'Change the measure' }).getByLabel('Measure').selectOption('units');
    const edited = cards(page).nth(2);
    await expect(edited).toHaveAttribute('data-kind', 'answer');
    await expect(edited.getByText('edited', { exact: true })).toBeVisible();
    await expect(edited.getByRole('button', { name: /^Units: change the measure/ })).toBeVisible();
    await expect(edited.getByRole('table').getByRole('columnheader', { name: 'Units' })).toBeVisible();

    await first.getByRole('button', { name: 'Pin as report' }).click();
    await expect(first.getByRole('button', { name: 'Pinned' })).toBeDisabled();
    await expect(
      page.getByRole('status').filter({ hasText: 'Pinned “revenue by category last 12 months”' }),
    ).toBeVisible();

    await first.getByRole('button', { name: 'Show SQL' }).click();
    await expect(first.getByLabel('SQL of the answer')).toContainText('SELECT');

    // A new chat: an unclear question gets a short choice, and picking one answers it.
    const history = page.getByRole('complementary', { name: 'Chat history' });
    await history.getByRole('button', { name: 'New chat' }).click();
    await expect(page.getByRole('heading', { name: 'Ask your sales a question' })).toBeVisible();
    await ask(page, 'how much did we sell?');
    const clarify = cards(page).nth(0);
    await expect(clarify).toHaveAttribute('data-kind', 'clarify');
    const choices = clarify.getByRole('group', { name: 'What did you mean?' }).getByRole('button');
    await expect(choices.first()).toBeVisible();
    await choices.first().click();
    await expect(cards(page).nth(1)).toHaveAttribute('data-kind', 'answer');

    await ask(page, 'delete all orders');
    await expect(cards(page).nth(2)).toHaveAttribute('data-kind', 'refuse');
    await expect(cards(page).nth(2)).toContainText('only reads');

    // Up in the empty box brings the last question back.
    const box = page.getByRole('textbox', { name: 'Question' });
    await box.press('ArrowUp');
    await expect(box).toHaveValue('delete all orders');
    await box.fill('');

    // After a reload the open chat is still there; the first one reopens from the history list.
    await page.reload();
    await expect(cards(page)).toHaveCount(3);
    await history.getByRole('button', { name: /^revenue by category/ }).click();
    await expect(cards(page)).toHaveCount(3);
    await expect(cards(page).nth(0)).toContainText('revenue by category last 12 months');
    await expect(cards(page).nth(0).getByTestId('answer-chart').locator('svg')).toBeVisible();

    // Deleting a chat asks first.
    await history.getByRole('button', { name: 'Delete chat “how much did we sell?”' }).click();
    await history
      .getByRole('group', { name: 'Delete “how much did we sell?”?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(history.getByRole('button', { name: /^how much did we sell/ })).toHaveCount(0);

    // The SQL opens in a new editor tab, and the chat is still open on coming back.
    await cards(page).nth(0).getByRole('button', { name: 'Show SQL' }).click();
    await cards(page).nth(0).getByRole('button', { name: 'Open in SQL editor' }).click();
    await expect(page.locator('main.content')).toHaveAttribute('data-page', 'sql');
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('current_sales');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Ask' }).click();
    await expect(cards(page)).toHaveCount(3);
    expect(consoleErrors).toEqual([]);
  });
});
