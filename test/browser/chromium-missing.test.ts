// A missing Chromium must fail the browser test loudly (with the install command), never skip it.
import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.js';

describe('launchChromium', () => {
  it('fails with the apt-get command when the browser is missing', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(/apt-get update && apt-get install -y chromium/);
  });
});
