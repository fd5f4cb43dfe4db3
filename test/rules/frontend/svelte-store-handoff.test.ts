// iframe-event-handler: a proven handler writing the parsed Jumio event whole into a Svelte store (kyc.set(message))
// hands it to the components reading the store: $kyc.transactionReference in their scripts and markup is renamed
// with the handler, and the store type's property too (store-handoff.ts); before, the handler got a "passed on" item
// and the readers stayed legacy. A store written by other code, passed on whole or read through subscribe keeps the
// item; a 3-D Secure handler's store stays untouched. Real runs of the codemod over trees on disk.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../../support/temp-repo-run.js';

const run = tempRepoRunner('nvm-store-');

const PKG = '{ "name": "kit", "private": true, "type": "module", "devDependencies": { "@sveltejs/kit": "^2.5.0", "svelte": "^4.2.0" } }\n';
const STORE = `import { writable } from 'svelte/store';

export interface JumioEvent {
  transactionReference: string;
  eventType: number;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export const kyc = writable<JumioEvent | null>(null);
`;
const PAGE = (extra = '') => `<script lang="ts">
  import { onMount } from 'svelte';
  import { kyc } from '$lib/stores/kyc';
  import Status from '$lib/components/Status.svelte';
  export let data: { frameUrl: string };

  function onMessage(event: MessageEvent) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const message = JSON.parse(event.data);
    kyc.set(message);
  }

  onMount(() => {
    window.addEventListener('message', onMessage);
    return () => { window.removeEventListener('message', onMessage); kyc.set(null); };
  });
</script>

<iframe src={data.frameUrl} allow="camera;fullscreen" allowfullscreen title="Identity check"></iframe>
<Status />
{#if $kyc?.payload.value === 'success'}
  <p>Done: {$kyc.transactionReference}</p>
{/if}${extra}
`;
const STATUS = `<script lang="ts">
  import { kyc } from '$lib/stores/kyc';
  $: reference = $kyc?.transactionReference;
</script>

{#if $kyc && $kyc.payload.value === 'error'}
  <p class="error">Error {$kyc.payload.metainfo?.code} for {reference} ({$kyc['transactionReference']})</p>
{/if}
`;
const tree = (page: string, status = STATUS, more: Record<string, string> = {}) => ({
  'package.json': PKG, 'src/lib/stores/kyc.ts': STORE, 'src/routes/verify/+page.svelte': page, 'src/lib/components/Status.svelte': status, ...more,
});
const renamed = (s: string) => s.replaceAll('transactionReference', 'workflowExecutionId');

describe('a Jumio event written into a Svelte store', () => {
  it('renames the reads of every component reading the store, and the store type', async () => {
    const out = await run(tree(PAGE()));
    expect(out('src/lib/components/Status.svelte')).toBe(renamed(STATUS));
    expect(out('src/lib/stores/kyc.ts')).toBe(renamed(STORE));
    expect(out('src/routes/verify/+page.svelte')).toBe(renamed(PAGE()).replace('.netverify.com', '.jumio.ai').replace('allow="camera;fullscreen"', 'allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"'));
  });

  it('keeps the item, and every reader as it is, when the store is not provably the event alone', async () => {
    const cases: [string, Record<string, string>][] = [
      ['written by other code too', tree(PAGE(), STATUS, { 'src/lib/demo.ts': "import { kyc } from '$lib/stores/kyc';\nexport const fake = () => kyc.set({ transactionReference: 'demo', eventType: 510, payload: { value: 'success' } });\n" })],
      ['passed on whole', tree(PAGE('\n<Summary event={$kyc} />'))],
      ['read through subscribe', tree(PAGE(), `${STATUS}<script context="module" lang="ts">\n  import { kyc as store } from '$lib/stores/kyc';\n  store.subscribe((e) => console.log(e?.transactionReference));\n</script>\n`)],
    ];
    for (const [why, files] of cases) {
      const out = await run(files);
      expect(out('src/routes/verify/+page.svelte'), why).toContain('TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to kyc.set');
      expect(out('src/lib/stores/kyc.ts'), why).toBe(STORE);
      expect(out('src/lib/components/Status.svelte'), why).toBe(files['src/lib/components/Status.svelte']);
    }
  });

  it("leaves a card issuer's 3-D Secure store and its readers byte-identical", async () => {
    const page = PAGE().replace(".endsWith('.netverify.com')", " !== 'https://acs.cardissuer.example'").replace('title="Identity check"', 'title="Card check"')
      .replace(' allow="camera;fullscreen" allowfullscreen', '');
    const files = tree(page);
    const out = await run(files);
    for (const [p, text] of Object.entries(files)) expect(out(p), p).toBe(text);
  });

  it('follows a handler the page imports and attaches in markup, into the store its module exports (round 44)', async () => {
    // The module's comment names the store: a comment is no use of it.
    const MODULE = `import { writable } from 'svelte/store';

export interface JumioEvent {
  transactionReference: string;
  eventType: number;
  payload: { value: 'loaded' | 'success' | 'error' };
}

// The page attaches handleMessage; whatever needs the last event reads the \`kyc\` store.
export const kyc = writable<JumioEvent | null>(null);

export function handleMessage(event: MessageEvent): void {
  if (!event.origin.endsWith('.netverify.com')) return;
  kyc.set(JSON.parse(event.data));
}
`;
    const VIEW = `<script lang="ts">
  import { handleMessage, kyc } from '$lib/kyc';
  export let data: { frameUrl: string };
</script>

<svelte:window on:message={handleMessage} />
<iframe src={data.frameUrl} allow="camera;fullscreen" allowfullscreen title="Identity check"></iframe>
{#if $kyc?.payload.value === 'success'}<p>Done: {$kyc.transactionReference}</p>{/if}
`;
    const out = await run({ 'package.json': PKG, 'src/lib/kyc.ts': MODULE, 'src/routes/verify/+page.svelte': VIEW });
    expect(out('src/lib/kyc.ts')).toBe(renamed(MODULE).replace('.netverify.com', '.jumio.ai'));
    expect(out('src/routes/verify/+page.svelte')).toBe(renamed(VIEW).replace('allow="camera;fullscreen"', 'allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"'));
  });
});
