// iframe-event-handler: the parsed Jumio event written whole into a store is followed to the components reading it
// for more than a Svelte writable set from outside (store-kinds.ts): a Svelte readable whose start function attaches
// the handler and writes the event with its `set`, a nanostores atom (Svelte components read it as `$kyc`), and a
// derived store reading a field of the event. Their reads were left legacy behind a "passed on to set" item. A store
// also written with other data, or a derived store handing the event on whole, keeps the item; a 3-D Secure
// readable stays untouched. Real runs of the codemod over trees on disk.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../../support/temp-repo-run.js';

const run = tempRepoRunner('nvm-store-kinds-');

const PKG = '{ "name": "kit", "private": true, "type": "module", "devDependencies": { "@sveltejs/kit": "^2.5.0", "svelte": "^4.2.0", "nanostores": "^0.10.0" } }\n';
const TYPE = `export interface JumioEvent {
  transactionReference: string;
  eventType: number;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}
`;
const READABLE = (write = 'set(message);', derived = '$kyc?.transactionReference') => `import { readable, derived } from 'svelte/store';

${TYPE}
export const kyc = readable<JumioEvent | null>(null, (set) => {
  function onMessage(event: MessageEvent) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const message = JSON.parse(event.data);
    ${write}
  }
  window.addEventListener('message', onMessage);
  return () => { window.removeEventListener('message', onMessage); set(null); };
});

export const reference = derived(kyc, ($kyc) => ${derived});
`;
const STATUS = `<script lang="ts">
  import { kyc, reference } from '$lib/stores/kyc';
</script>

{#if $kyc && $kyc.payload.value === 'error'}
  <p class="error">Error {$kyc.payload.metainfo?.code} for {$reference} ({$kyc['transactionReference']})</p>
{/if}
`;
const FRAME_PAGE = `<script lang="ts">
  import Status from '$lib/components/Status.svelte';
  export let data: { frameUrl: string };
</script>

<iframe src={data.frameUrl} allow="camera;fullscreen" allowfullscreen title="Identity check"></iframe>
<Status />
`;
const ATOM = `import { atom } from 'nanostores';

${TYPE}
export const kyc = atom<JumioEvent | null>(null);
`;
const LISTENER_PAGE = `<script lang="ts">
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
    return () => window.removeEventListener('message', onMessage);
  });
</script>

<iframe src={data.frameUrl} allow="camera;fullscreen" allowfullscreen title="Identity check"></iframe>
<Status />
`;
const STATUS_ATOM = STATUS.replace('import { kyc, reference }', 'import { kyc }').replace('{$reference}', '{$kyc.transactionReference}');
const renamed = (s: string): string => s.replaceAll('transactionReference', 'workflowExecutionId');
const ITEM = 'TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to';

describe('a Jumio event written into a readable, derived or nanostores store', () => {
  it("a readable's start function writing the event, and a derived store's field read: every reader renamed", async () => {
    const out = await run({ 'package.json': PKG, 'src/lib/stores/kyc.ts': READABLE(), 'src/lib/components/Status.svelte': STATUS, 'src/routes/verify/+page.svelte': FRAME_PAGE });
    expect(out('src/lib/stores/kyc.ts')).toBe(renamed(READABLE()).replace('.netverify.com', '.jumio.ai'));
    expect(out('src/lib/components/Status.svelte')).toBe(renamed(STATUS));
  });

  it('a nanostores atom set by the page handler: the store type and the readers renamed', async () => {
    const out = await run({ 'package.json': PKG, 'src/lib/stores/kyc.ts': ATOM, 'src/lib/components/Status.svelte': STATUS_ATOM, 'src/routes/verify/+page.svelte': LISTENER_PAGE });
    expect(out('src/lib/stores/kyc.ts')).toBe(renamed(ATOM));
    expect(out('src/lib/components/Status.svelte')).toBe(renamed(STATUS_ATOM));
    expect(out('src/routes/verify/+page.svelte')).not.toContain(ITEM);
  });

  it('keeps the item, and the readers as they are, when the store is not provably the event alone', async () => {
    const cases: [string, string][] = [
      ['the start function writes other data too', READABLE("set(message);\n    if (!message) set({ transactionReference: 'demo', eventType: 510, payload: { value: 'success' } });")],
      ['the derived store hands the event on whole', READABLE('set(message);', '$kyc')],
    ];
    for (const [why, store] of cases) {
      const out = await run({ 'package.json': PKG, 'src/lib/stores/kyc.ts': store, 'src/lib/components/Status.svelte': STATUS, 'src/routes/verify/+page.svelte': FRAME_PAGE });
      expect(out('src/lib/stores/kyc.ts'), why).toContain(ITEM);
      expect(out('src/lib/components/Status.svelte'), why).toBe(STATUS);
    }
    // A nanostores atom another module writes too.
    const demo = "import { kyc } from '$lib/stores/kyc';\nexport const fake = () => kyc.set({ transactionReference: 'demo', eventType: 510, payload: { value: 'success' } });\n";
    const out = await run({ 'package.json': PKG, 'src/lib/stores/kyc.ts': ATOM, 'src/lib/components/Status.svelte': STATUS_ATOM, 'src/routes/verify/+page.svelte': LISTENER_PAGE, 'src/lib/demo.ts': demo });
    expect(out('src/lib/stores/kyc.ts')).toBe(ATOM);
    expect(out('src/lib/components/Status.svelte')).toBe(STATUS_ATOM);
  });

  it("leaves a card issuer's 3-D Secure readable and its readers byte-identical", async () => {
    const store = READABLE().replace(".endsWith('.netverify.com')", " !== 'https://acs.cardissuer.example'");
    const page = FRAME_PAGE.replace('title="Identity check"', 'title="Card check"').replace(' allow="camera;fullscreen" allowfullscreen', '');
    const files = { 'package.json': PKG, 'src/lib/stores/kyc.ts': store, 'src/lib/components/Status.svelte': STATUS, 'src/routes/verify/+page.svelte': page };
    const out = await run(files);
    for (const [p, text] of Object.entries(files)) expect(out(p), p).toBe(text);
  });
});
