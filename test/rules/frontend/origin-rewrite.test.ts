// Origin checks: legacy web-client origin → KYX web-client origin with the same strictness, flagged where the
// vendor's docs do not let us be exact. Exercised on real handlers so the literal found is the one rewritten.
import { describe, expect, it } from 'vitest';
import { Project, ts } from 'ts-morph';
import { analyzeMessageHandlers } from '../../../codemods/analysis-frontend/index.js';
import { translateOrigin } from '../../../codemods/rules/iframe-event-handler/origin-rewrite.js';

const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve } });
let n = 0;

function translate(check: string) {
  const sf = project.createSourceFile(`/o${++n}.ts`, `window.addEventListener('message', (event) => {
  ${check}
  const data = JSON.parse(event.data);
  save(data.transactionReference);
});`);
  const [h] = analyzeMessageHandlers(sf);
  expect(h?.origins).toHaveLength(1);
  const o = h!.origins[0]!;
  return { vendor: o.vendor, match: o.match, ...translateOrigin(o, o.literal.getText()) };
}

describe('origin translation', () => {
  it.each([
    [`if (!event.origin.endsWith('.netverify.com')) return;`, `'.jumio.ai'`],
    [`if (!event.origin.endsWith("netverify.com")) return;`, `"jumio.ai"`],
    [`if (event.origin.indexOf('.netverify.com') === -1) return;`, `'.jumio.ai'`],
    [`if (!event.origin.includes('netverify.com')) return;`, `'jumio.ai'`],
    [`const { origin } = event; if (!origin.endsWith('.netverify.com')) return;`, `'.jumio.ai'`],
    [`if (!new URL(event.origin).hostname.endsWith('.netverify.com')) return;`, `'.jumio.ai'`],
    [`if (!/^https:\\/\\/[a-z0-9-]+\\.netverify\\.com$/.test(event.origin)) return;`, `/^https:\\/\\/[a-z0-9-]+\\.web\\.(?:amer-1|emea-1|apac-1)\\.jumio\\.ai$/`],
    [`if (!event.origin.match(/^https:\\/\\/snapswap\\.netverify\\.com$/i)) return;`, `/^https:\\/\\/snapswap\\.web\\.(?:amer-1|emea-1|apac-1)\\.jumio\\.ai$/i`],
    [`const re = new RegExp('^https://[a-z0-9-]+\\\\.netverify\\\\.com$'); if (!re.test(event.origin)) return;`, `'^https://[a-z0-9-]+\\\\.web\\\\.(?:amer-1|emea-1|apac-1)\\\\.jumio\\\\.ai$'`],
  ])('exact translation: %s', (check, expected) => {
    const t = translate(check);
    expect(t.text).toBe(expected);
    expect(t.manual).toBeUndefined();
  });

  it.each([
    [`if (event.origin !== 'https://acme.netverify.com') return;`, `'https://acme.web.amer-1.jumio.ai'`],
    [`if (!['https://acme.netverify.com'].includes(event.origin)) return;`, `'https://acme.web.amer-1.jumio.ai'`],
    [`if (new URL(event.origin).host !== 'acme.netverify.com') return;`, `'acme.web.amer-1.jumio.ai'`],
    [`if (!event.origin.endsWith('acme.netverify.com')) return;`, `'acme.web.amer-1.jumio.ai'`],
  ])('tenant host → the amer-1 host, flagged for the region: %s', (check, expected) => {
    const t = translate(check);
    expect(t.text).toBe(expected);
    expect(t.manual).toMatch(/emea-1.*apac-1.*not stated by the vendor/);
  });

  it.each([
    `if (event.origin !== 'https://netverify.com') return;`,
    `if (event.origin !== 'https://lon.netverify.com') return;`,
    `if (!/lon\\.netverify\\.com$/.test(event.origin)) return;`,
    `if (event.origin !== 'https://core-sgp.jumio.com') return;`,
  ])('no exact translation: left unchanged and flagged: %s', (check) => {
    const t = translate(check);
    expect(t.vendor).toBe('legacy-jumio');
    expect(t.text).toBeUndefined();
    expect(t.manual).toMatch(/cannot be translated exactly/);
  });

  it('leaves KYX origin checks alone', () => {
    const t = translate(`if (!event.origin.endsWith('.jumio.ai')) return;`);
    expect(t.vendor).toBe('kyx-jumio');
    expect(t.text).toBeUndefined();
    expect(t.manual).toBeUndefined();
  });
});
