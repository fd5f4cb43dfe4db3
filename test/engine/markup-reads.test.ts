// A component followed into (its <script> imports the service returning the legacy initiate response) reads the
// value in its markup too: `{{ r.redirectUrl }}`, `:src="r.redirectUrl"`, `{r.transactionReference}`. Those reads
// are rewritten with the service's migration when every markup use of the name is a read or a test of it
// (analysis/markup-reads.ts); a value passed whole, a name the markup may rebind, a Pug template keep the item
// where the value enters the component. Real runs over project trees on disk (in process).
import { afterAll, describe, expect, it } from 'vitest';
import { INITIATE, WHOLE, cleanup, project, run } from './imported-callers-setup.js';

afterAll(cleanup);

const VUE = (template: string, script = "const session = await startJumio(props.reference);") => `<template>
${template}
</template>

<script setup lang="ts">
import { startJumio } from '../services/jumio';

const props = defineProps<{ reference: string }>();
${script}
</script>
`;

describe('initiate: markup reads of a component followed into', () => {
  it('Vue <script setup>: interpolations and bound attributes are rewritten, tests of the value kept; the service is not flagged', async () => {
    const vue = VUE(`  <section>
    <iframe v-if="session" :src="session.redirectUrl" allow="camera;fullscreen"></iframe>
    <p v-show="!session">Loading the session…</p>
    <small>{{ session?.transactionReference }} {{ session && session['transactionReference'] }}</small>
    <span :title="session ? session.timestamp : ''">session</span>
  </section>`);
    const { out } = await run(project({ 'services/jumio.ts': INITIATE, 'web/Verify.vue': vue }));
    expect(out('web/Verify.vue')).toBe(vue
      .replace(':src="session.redirectUrl"', ':src="session.web.href"')
      .replace('{{ session?.transactionReference }}', '{{ session?.workflowExecution?.id }}')
      .replace("session['transactionReference']", "session['workflowExecution']['id']"));
    expect(out('services/jumio.ts')).toContain('axios.put(');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
  });

  it('Svelte: a value written in onMount and read in {…} expressions of the markup', async () => {
    const svelte = `<script>
  import { onMount } from 'svelte';
  import { startJumio } from '../services/jumio';
  export let reference;
  let jumio;
  onMount(async () => {
    jumio = await startJumio(reference);
  });
</script>

{#if jumio}
  <iframe src={jumio.redirectUrl} allow="camera;fullscreen" title="Verify"></iframe>
  <p>Reference {jumio?.transactionReference}</p>
{/if}
`;
    const { out } = await run(project({ 'services/jumio.ts': INITIATE, 'web/Start.svelte': svelte }));
    expect(out('web/Start.svelte')).toBe(svelte.replace('{jumio.redirectUrl}', '{jumio.web.href}').replace('{jumio?.transactionReference}', '{jumio?.workflowExecution?.id}'));
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
  });

  it('the value passed whole, a markup binding that may hide the name, a Pug template: the item stays where the value enters, the markup is unchanged', async () => {
    const cases: Record<string, string> = {
      'web/Prop.vue': VUE('  <jumio-frame :session="session" />\n  <p>{{ session.redirectUrl }}</p>'),
      'web/Loop.vue': VUE('  <ul><li v-for="session in history" :key="session.id">{{ session.redirectUrl }}</li></ul>'),
      'web/Stringified.vue': VUE('  <pre>{{ JSON.stringify(session) }}</pre>'),
      'web/Pug.vue': VUE('iframe(:src="session.redirectUrl")').replace('<template>', '<template lang="pug">'),
      'web/Each.svelte': "<script>\n  import { startJumio } from '../services/jumio';\n  export let reference;\n  let jumio;\n  startJumio(reference).then((r) => { jumio = r; });\n</script>\n\n{#each [jumio] as jumio}<a href={jumio.redirectUrl}>go</a>{/each}\n",
    };
    for (const [file, text] of Object.entries(cases)) {
      const { out } = await run(project({ 'services/jumio.ts': INITIATE, [file]: text }));
      const o = out(file);
      expect(o, file).toContain(WHOLE);
      expect(o.replace(/^.*TODO\(netverify-migrate\).*\n/m, ''), file).toBe(text);
      expect(out('services/jumio.ts'), file).toContain('axios.put(');
    }
  });

  it("a page reading another vendor's redirectUrl from its own checkout service is left alone", async () => {
    const checkout = "import axios from 'axios';\n\nexport async function createCheckout(cart: string) {\n  const res = await axios.post('https://api.paymentsprovider.example/v2/checkout', { cart, redirectUrl: 'https://shop.example/paid' });\n  return res.data;\n}\n";
    const vue = VUE('  <a v-if="session" :href="session.redirectUrl">Pay {{ session.transactionReference }}</a>', 'const session = await createCheckout(props.reference);')
      .replace("import { startJumio } from '../services/jumio';", "import { createCheckout } from '../services/checkout';");
    const { of } = await run(project({ 'services/checkout.ts': checkout, 'web/Pay.vue': vue }));
    expect(of('web/Pay.vue')?.status).not.toBe('changed');
    expect(of('services/checkout.ts')?.status).not.toBe('changed');
  });
});
