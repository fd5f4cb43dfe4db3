// Proof in a real browser (Debian Chromium): fixtures/legacy-app's page with the LEGACY emulator's web client in
// its iFrame, then the same page migrated by the engine with the KYX emulator's web client. The page must do the
// same thing — show the same steps, store the reference its back end handed out, show the landing page's
// verdict — and the migrated iFrame must carry the KYX allow list. A control run (unmigrated page + KYX client)
// shows what breaks without the migration, so the assertions can fail.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { KYX_IFRAME_ALLOW_VALUE, LEGACY_IFRAME_ALLOW } from '../../api/index.js';
import { startEmulator, type Emulator, type EmulatorMode } from '../../emulator/index.js';
import { startAppServer, type AppServer, type Enrollment } from './support/app-server.js';
import { launchChromium } from './support/chromium.js';
import { copyDir, migrateDir, type MigratedFile } from './support/migrate.js';

const PUBLIC_DIR = resolve(import.meta.dirname, '../../fixtures/legacy-app/public');

interface Journey {
  /** Every text the page's step element showed, in order. */
  steps: string[];
  reference: string;
  stored: string | null;
  errorText: string;
  allow: string | null;
  allowFullscreen: boolean;
  landing: { url: string; status: string; reference: string; errorText: string };
  /** What the back end handed to the page. */
  started: string[];
}

async function waitForFrame(page: Page, re: RegExp, timeoutMs = 10_000): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const f = page.frames().find((fr) => re.test(fr.url()));
    if (f) return f;
    if (Date.now() > until) throw new Error(`no frame navigated to ${re}; frames: ${page.frames().map((fr) => fr.url().split('?')[0]).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function journey(browser: Browser, dir: string, mode: EmulatorMode, outcome: 'success' | 'error'): Promise<Journey> {
  const emu: Emulator = await startEmulator({ port: 0, mode });
  let app: AppServer | undefined;
  const context = await browser.newContext();
  // No single browser step may eat the test's budget: a slow step fails with its own message.
  context.setDefaultTimeout(20_000);
  const steps: string[] = [];
  try {
    const seed = await emu.seedAccount();
    const enrollment: Enrollment = { enrollmentReference: seed.enrollmentReference, accountId: seed.accountId, idCredentialId: seed.idCredentialId };
    if (outcome === 'error') emu.setWebOutcome({ outcome: 'error', errorCode: 9820 });
    app = await startAppServer(dir, emu, enrollment);
    {
      const page = await context.newPage();
      await page.exposeFunction('__recordStep', (s: string) => void steps.push(s));
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const el = document.getElementById('step');
          if (!el) return;
          new MutationObserver(() => (window as unknown as { __recordStep(s: string): void }).__recordStep(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
        });
      });
      await page.goto(`${app.url}/`);
      const allow = await page.getAttribute('#jumio-frame', 'allow');
      const allowFullscreen = await page.evaluate(() => document.getElementById('jumio-frame')!.hasAttribute('allowfullscreen'));
      await page.click('#start');
      await page.waitForFunction(() => ['success', 'error'].includes(document.getElementById('step')!.textContent ?? ''), undefined, { timeout: 15_000 });
      const landingFrame = await waitForFrame(page, /\/success\.html\?/);
      await landingFrame.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '', undefined, { timeout: 10_000 });
      const text = (f: Page | Frame, sel: string) => f.evaluate((s) => document.querySelector(s)?.textContent ?? '', sel);
      return {
        steps,
        reference: await text(page, '#reference'),
        stored: await page.evaluate(() => localStorage.getItem('jumioReference')),
        errorText: await text(page, '#error-code'),
        allow,
        allowFullscreen,
        landing: {
          url: new URL(landingFrame.url()).pathname,
          status: await text(landingFrame, '#status'),
          reference: await text(landingFrame, '#reference'),
          errorText: await text(landingFrame, '#error-code'),
        },
        started: [...app.started],
      };
    }
  } catch (err) {
    throw new Error(`${mode} journey (${outcome}) failed after steps [${steps.join(', ')}]: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    // The browser first, so that no connection keeps the servers open.
    await context.close();
    await app?.close();
    await emu.close();
  }
}

describe('legacy-app page in Chromium: legacy web client before, KYX web client after migration', () => {
  // Set up lazily inside the tests (not in beforeAll): a missing Chromium must make every browser test FAIL with
  // the install command — vitest reports tests of a suite whose beforeAll threw as skipped.
  let browserPromise: Promise<Browser> | undefined;
  const getBrowser = (): Promise<Browser> => (browserPromise ??= launchChromium());
  let migrated: { dir: string; files: MigratedFile[] } | undefined;
  const getMigrated = (): { dir: string; files: MigratedFile[] } => {
    if (!migrated) {
      const dir = copyDir(PUBLIC_DIR, 'migrated');
      migrated = { dir, files: migrateDir(dir) };
    }
    return migrated;
  };

  afterAll(async () => {
    if (browserPromise) await (await browserPromise.catch(() => undefined))?.close();
    if (migrated) rmSync(migrated.dir, { recursive: true, force: true });
  });

  it('the engine migrates the page, the landing page and nothing else, without errors or manual items', () => {
    const migration = getMigrated().files;
    const byPath = Object.fromEntries(migration.map((m) => [m.path, m]));
    expect(migration.filter((m) => m.error)).toEqual([]);
    expect(byPath['index.html']?.changed).toBe(true);
    expect(byPath['success.html']?.changed).toBe(true);
    // app.js only talks to the app's own back end: nothing Jumio-specific to change.
    expect(byPath['app.js']?.changed).toBe(false);
    expect(byPath['index.html']!.edits.map((e) => e.rule)).toEqual(expect.arrayContaining(['iframe-allow', 'iframe-event-handler']));
    expect(byPath['success.html']!.edits.map((e) => e.rule)).toContain('landing-page-params');
  });

  for (const outcome of ['success', 'error'] as const) {
    it(`${outcome}: the migrated page with the KYX client does what the legacy page did with the legacy client`, async () => {
      const browser = await getBrowser();
      const before = await journey(browser, PUBLIC_DIR, 'legacy', outcome);
      const after = await journey(browser, getMigrated().dir, 'kyx', outcome);

      // The legacy run, recorded.
      expect(before.started).toHaveLength(1);
      expect(before.steps).toEqual(['starting', 'started', 'loaded', outcome]);
      expect(before.reference).toBe(before.started[0]);
      expect(before.stored).toBe(before.started[0]);
      expect(before.allow).toBe(LEGACY_IFRAME_ALLOW.join(';'));
      expect(before.landing.url).toBe('/success.html');
      expect(before.landing.reference).toBe(before.started[0]);

      // The migrated run does the same with the KYX events and redirect parameters.
      expect(after.started).toHaveLength(1);
      expect(after.started[0]).not.toBe(before.started[0]);
      expect(after.steps).toEqual(before.steps);
      expect(after.reference).toBe(after.started[0]);
      expect(after.stored).toBe(after.started[0]);
      expect(after.errorText).toBe(before.errorText);
      expect(after.landing.url).toBe(before.landing.url);
      expect(after.landing.status).toBe(before.landing.status);
      expect(after.landing.reference).toBe(after.started[0]);
      expect(after.landing.errorText).toBe(before.landing.errorText);
      if (outcome === 'success') expect(after.landing.status).toBe('verified');
      else {
        expect(after.landing.status).toBe('not verified');
        expect(after.errorText).toBe('Error code: 9820');
      }

      // The iFrame in the DOM carries the KYX permissions.
      expect(after.allow).toBe(KYX_IFRAME_ALLOW_VALUE);
      expect(after.allowFullscreen).toBe(true);
    }, 90_000);
  }

  it('control: the unmigrated page with the KYX client loses the reference and the landing verdict', async () => {
    const broken = await journey(await getBrowser(), PUBLIC_DIR, 'kyx', 'success');
    expect(broken.steps).toEqual(['starting', 'started', 'loaded', 'success']);
    expect(broken.reference).toBe('');
    expect(broken.stored).toBeNull();
    expect(broken.landing.status).toBe('not verified');
    expect(broken.landing.reference).toBe('');
    expect(broken.allow).toBe(LEGACY_IFRAME_ALLOW.join(';'));
  }, 60_000);
});
