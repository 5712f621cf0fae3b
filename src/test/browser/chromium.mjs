// Debian's Chromium as every browser test launches it, and where their screenshots go.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const base = process.env.STANCEGRAPH_URL ?? 'http://localhost:8080';
// The same service in persisted-only mode (GRAPHQL_PERSISTED_ONLY=true), as run.sh starts it beside the first.
export const persistedOnlyBase = process.env.STANCEGRAPH_PERSISTED_ONLY_URL;
export const shots = process.env.SCREENSHOT_DIR ?? '../../../target/browser';

export async function launchChromium() {
  mkdirSync(shots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
