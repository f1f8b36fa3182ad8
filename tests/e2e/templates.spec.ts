import { expect, test } from './fixtures';

test.describe('start screen → template → hierarchy', () => {
  test('Osloregionen: visjon, the six «ved å …» strategies and four innsatsområder', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Handlingsrom' })).toBeVisible();
    await page.getByRole('button', { name: /Start fra «Strategiske føringer 2025–2028»/ }).click();
    await expect(page).toHaveURL(/#\/strategy\/[^/]+\/foringer$/);
    const view = page.getByRole('main');
    await expect(view.getByRole('heading', { level: 1 })).toHaveText('Strategiske føringer 2025–2028');
    await expect(view.getByText('Osloregionen skal være en bærekraftig og internasjonal konkurransedyktig region', { exact: true })).toBeVisible();
    const guiding = view.getByRole('region', { name: 'Overordnede strategier' }).getByRole('listitem');
    await expect(guiding).toHaveCount(6);
    await expect(guiding).toHaveText([
      'ved å være i front med bærekraftige løsninger (FNs bærekraftsmål) for verdiskaping og utvikling',
      'ved å bygge strategiske allianser og nettverk',
      'ved å få gjennomslag for Osloregionens politikk og interesser',
      'ved å posisjonere Osloregionen nasjonalt og internasjonalt',
      'ved å utvikle Osloregionen gjennom kunnskap, kompetanse og ressurser',
      'ved å styrke felles identitet',
    ]);
    const areas = view.getByRole('region', { name: 'Innsatsområder' }).getByRole('heading', { level: 3 });
    await expect(areas).toHaveText(['Næringsutvikling', 'By- og regionalutvikling', 'Klima, miljø og natur', 'Samferdsel']);
    await expect(page.getByRole('banner')).toContainText('Strategiske føringer 2025–2028');
  });

  test('Østfold: visjon, roller, three innsatsområder, three støtteområder, partner regions', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Start fra «Strategisk plattform 2024–27»/ }).click();
    const view = page.getByRole('main');
    await expect(view.getByRole('heading', { level: 1 })).toHaveText('Strategisk plattform 2024–27');
    await expect(view.getByText('Sammen får vi ting til å skje!', { exact: true })).toBeVisible();
    const roles = view.getByRole('region', { name: 'Roller' }).locator('strong');
    await expect(roles).toHaveText([/Kobler/i, /Katalysator/i, /Initiativtaker/i]);
    await expect(view.getByRole('region', { name: 'Innsatsområder' }).getByRole('heading', { level: 3 })).toHaveText([
      /Grønt industriløft/i,
      /Bioøkonomi/i,
      /Digital omstilling/i,
    ]);
    await expect(view.getByRole('region', { name: 'Støtteområder' }).getByRole('heading', { level: 3 })).toHaveText([
      /Attraksjonskraft/i,
      /Kapital/i,
      /Kompetanse og inkludering/i,
    ]);
    await expect(view.getByRole('region', { name: 'Samarbeidsregioner' }).getByRole('listitem')).toHaveText(['Follo', 'Värmland', 'Västra Götaland']);
    // Parts the strategy does not use are left out and named once.
    await expect(view.getByText('Ingen tverrgående prosjekter ennå.')).toHaveCount(0);
    await expect(view.getByText(/^Ikke i bruk i disse føringene: .*Tverrgående prosjekter/)).toBeVisible();
  });
});
