/**
 * Typed amounts in the language the user chose (issue 8): with the UI in English, a bad
 * amount is refused in English only, English separators are read, and the amounts on the
 * Budget screen and in its findings have one English form («NOK 1,234,567»).
 */
import { expect, test } from '@playwright/test';

test('English UI: a bad amount is refused in English, and amounts read and show the English way', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Budget', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget 2025' })).toBeVisible();

  const own = page.getByLabel('Own funds (NOK)');
  for (const [text, refusal] of [
    ['-1,500', 'The amount cannot be negative (“-1,500”).'],
    ['1,500.50', '“1,500.50” has øre. Amounts are whole kroner.'],
    ['lots', '“lots” is not an amount. Write whole kroner, for example 1,500,000.'],
  ] as const) {
    await own.fill(text);
    await own.press('Enter');
    await expect(own).toHaveAttribute('aria-invalid', 'true');
    const alert = page.getByRole('alert').filter({ hasText: refusal });
    await expect(alert).toHaveText(refusal);
  }
  // No Norwegian anywhere in what the refusal says.
  await expect(page.getByRole('alert').filter({ hasText: /beløp|kroner\.|ikke/ })).toHaveCount(0);

  // English separators are read, and the stored amount is shown the English way everywhere.
  await own.fill('2,000,000');
  await own.press('Enter');
  await expect(own).not.toHaveAttribute('aria-invalid', 'true');
  await expect(own).toHaveValue('2,000,000');
  await expect(page.getByText('NOK 2,000,000').first()).toBeVisible();
  await expect(page.getByText(/\d kr\b/)).toHaveCount(0);

  // The other screens with amounts have no Norwegian amount either.
  for (const [link, heading] of [
    ['Action plan', /Action plan 2025/],
    ['Scenarios', /Scenarios/],
  ] as const) {
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText(/NOK \d/).first()).toBeVisible();
    await expect(page.getByText(/\d kr\b/)).toHaveCount(0);
  }
});
