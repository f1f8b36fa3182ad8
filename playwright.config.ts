import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const port = Number(process.env.E2E_PORT ?? 4319);
const systemChromium = '/usr/bin/chromium';

// Debian's Chromium where it exists (this machine, CI); Playwright's own browser elsewhere.
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

export default defineConfig({
  // The project whose "paths" give the tests the @shared/… alias.
  tsconfig: './tsconfig.node.json',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  // CI runs on two loaded cores: a spec that fails once is run again and reported as flaky
  // (a real failure fails twice).
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { locale: 'nb-NO', timezoneId: 'Europe/Oslo' },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: { baseURL: `http://127.0.0.1:${port}`, launchOptions },
    },
    {
      name: 'electron',
      testDir: 'tests/electron-e2e',
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port}`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
