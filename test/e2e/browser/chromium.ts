// A real browser for end-to-end tests: Debian's chromium driven by playwright-core (no downloaded
// browser). Absent, the browser tests are skipped with a message, or fail when CI=true.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox', // needed when the tests run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `describe`, or `describe.skip` with a message when chromium is missing outside CI. */
export function describeWithChromium(): jest.Describe {
  if (fs.existsSync(CHROMIUM)) return describe;
  if (process.env.CI === 'true') return describe; // launchChromium fails with the reason
  console.warn(`Skipping the browser tests: ${CHROMIUM} is missing (install Debian's "chromium" package; with CI=true they fail instead).`);
  return describe.skip;
}

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts chromium with a fresh profile, removed again by close(). */
export async function launchChromium(): Promise<Chromium> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`CI=true and ${CHROMIUM} is missing: install it (apt-get install -y --no-install-recommends chromium)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lowemission-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
