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

describe('initiate: a Nuxt server route returning the response, and the components fetching it', () => {
  const ROUTE_FILE = `export default defineEventHandler(async (event) => {
  const { userId } = await readBody(event);
  const res = await $fetch<{ redirectUrl: string; transactionReference: string }>('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(\`\${process.env.JUMIO_TOKEN}:\${process.env.JUMIO_SECRET}\`).toString('base64') },
    body: { enrollmentTransactionReference: userId, userReference: userId },
  });
  return res;
});
`;
  const page = (script: string, template: string) => `<template>\n${template}\n</template>\n\n<script setup lang="ts">\n${script}\n</script>\n`;

  it('useFetch (a Ref: .value in script, unwrapped in the template) and $fetch of the route path with its method: reads rewritten; the route keeps its item', async () => {
    const useFetchPage = page("const { data: session } = await useFetch('/api/jumio/start', { method: 'POST', body: { userId: 'u1' } });\nwatchEffect(() => console.log(session.value?.transactionReference));",
      '  <iframe v-if="session" :src="session.redirectUrl" allow="camera;fullscreen"></iframe>');
    const fetchPage = page("const r = await $fetch('/api/jumio/start', { method: 'post' });\nnavigateTo(r.redirectUrl, { external: true });", '  <p>{{ r.transactionReference }}</p>');
    // Lookalikes: the route fetched with GET (the file answers POST), another route of the app, a computed path.
    const others = {
      'pages/get.vue': page("const { data } = await useFetch('/api/jumio/start');", '  <a :href="data.redirectUrl">go</a>'),
      'pages/checkout.vue': page("const { data } = await useFetch('/api/checkout', { method: 'POST' });", '  <a :href="data.redirectUrl">Pay</a>'),
      'pages/computed.vue': page("const path = '/api/jumio/' + 'start';\nconst r = await $fetch(path, { method: 'POST' });", '  <a :href="r.redirectUrl">go</a>'),
    };
    const { out, of } = await run(project({
      'package.json': '{ "dependencies": { "nuxt": "^3.12.0" } }',
      'server/api/jumio/start.post.ts': ROUTE_FILE, 'server/api/checkout.post.ts': 'export default defineEventHandler(() => ({ redirectUrl: "https://pay.example/x" }));\n',
      'pages/verify.vue': useFetchPage, 'pages/again.vue': fetchPage, ...others,
    }));
    expect(out('pages/verify.vue')).toBe(useFetchPage.replace('session.redirectUrl', 'session.web.href').replace('session.value?.transactionReference', 'session.value?.workflowExecution?.id'));
    expect(out('pages/again.vue')).toBe(fetchPage.replace('r.redirectUrl', 'r.web.href').replace('r.transactionReference', 'r.workflowExecution.id'));
    expect(out('server/api/jumio/start.post.ts')).toContain(WHOLE);
    for (const f of Object.keys(others)) expect(of(f)?.status, f).not.toBe('changed');
  });
});

describe("initiate: a SvelteKit page server load returning the response, read by the page's data prop", () => {
  const LOAD = "import { startJumio } from '../../../services/jumio';\n\nexport const load = async ({ locals }) => {\n  const session = await startJumio(locals.user.jumioRef);\n  return { session, user: locals.user.name };\n};\n";
  const PAGE4 = "<script>\n  export let data;\n  console.log(data.session.transactionReference, data.user);\n</script>\n\n<h1>Hello {data.user}</h1>\n{#if data.session}\n  <iframe src={data.session.redirectUrl} allow=\"camera;fullscreen\" title=\"Verify\"></iframe>\n{/if}\n";
  const PAGE5 = "<script>\n  let { data } = $props();\n</script>\n\n<a href={data.session?.redirectUrl}>Verify {data.session?.['transactionReference']}</a>\n";

  it('Svelte 4 export let data and Svelte 5 $props(): script and markup reads rewritten, no item at the load', async () => {
    for (const page of [PAGE4, PAGE5]) {
      const { out } = await run(project({ 'services/jumio.ts': INITIATE, 'src/routes/verify/+page.server.ts': LOAD, 'src/routes/verify/+page.svelte': page }));
      expect(out('src/routes/verify/+page.svelte')).toBe(page.replace('data.session.transactionReference', 'data.session.workflowExecution.id')
        .replace('data.session.redirectUrl', 'data.session.web.href').replace('data.session?.redirectUrl', 'data.session?.web?.href')
        .replace("data.session?.['transactionReference']", "data.session?.['workflowExecution']?.['id']"));
      expect(out('src/routes/verify/+page.server.ts')).not.toContain(WHOLE);
      expect(out('services/jumio.ts')).not.toContain(WHOLE);
    }
  });

  it('$page.data read elsewhere keeps the item at the load; data passed whole keeps one in the page', async () => {
    const layout = "<script>\n  import { page } from '$app/stores';\n</script>\n\n<slot />\n<footer>{$page.data.session?.transactionReference ?? ''}</footer>\n";
    const a = await run(project({ 'services/jumio.ts': INITIATE, 'src/routes/verify/+page.server.ts': LOAD, 'src/routes/verify/+page.svelte': PAGE4, 'src/routes/+layout.svelte': layout }));
    expect(a.out('src/routes/verify/+page.server.ts')).toContain(WHOLE);
    expect(a.out('src/routes/verify/+page.svelte')).toContain('data.session.web.href');
    const whole = "<script>\n  import Frame from './Frame.svelte';\n  export let data;\n</script>\n\n<Frame {data} />\n<a href={data.session.redirectUrl}>go</a>\n";
    const b = await run(project({ 'services/jumio.ts': INITIATE, 'src/routes/verify/+page.server.ts': LOAD, 'src/routes/verify/+page.svelte': whole }));
    expect(b.out('src/routes/verify/+page.svelte')).toContain(WHOLE);
    expect(b.out('src/routes/verify/+page.svelte')).toContain('data.session.redirectUrl');
  });
});
