// Debian's Chromium driven by playwright-core. Never a downloaded browser: when /usr/bin/chromium is missing
// the test fails with the command that installs it (CI's .ci/run installs it).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is missing at ${executablePath}: install Debian's package with ` +
      '`apt-get update && apt-get install -y chromium` (.ci/run does this on CI). This test never downloads a browser.');
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
