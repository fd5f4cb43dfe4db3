// The returned legacy response followed into importers by way of the shapes a caller gives it: the element of a
// Promise.all (analysis/combined-values.ts) and the <script> blocks of Vue and Svelte components (importer-parse.ts),
// whose markup no parse here follows. Real runs of the codemod over project trees on disk (in process).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INITIATE, WHOLE, cleanup, project, run } from './imported-callers-setup.js';

afterAll(cleanup);

describe('initiate: the response followed into importers through Promise.all and component scripts', () => {
  it('Promise.all at the importer: the element holding the value is followed (destructured, indexed); elsewhere the item stays', async () => {
    const route = `import { startJumio } from '../services/jumio';

export async function verify(req: any, res: any) {
  const [r, audit] = await Promise.all([startJumio(req.params.ref), fetch('https://audit.example.com/e')]);
  const all = await Promise.all([audit.json(), startJumio(req.params.ref)] as const);
  res.json({ url: r.redirectUrl, ref: all[1].transactionReference, other: all[0].redirectUrl });
}
`;
    const root = project({ 'services/jumio.ts': INITIATE, 'routes/verify.ts': route });
    const { out } = await run(root);
    expect(out('routes/verify.ts')).toContain('res.json({ url: r.web.href, ref: all[1].workflowExecution.id, other: all[0].redirectUrl });');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
    // A spread before the value (its index unknown), allSettled's wrapped results, the array returned: followed no
    // further, so the item is where the value leaves, in the importer (an edit made together with the service's).
    for (const call of ['Promise.all([...pending, startJumio(ref)])', 'Promise.allSettled([startJumio(ref)])', 'Promise.all([startJumio(ref)]).then((rs) => rs)']) {
      writeFileSync(join(root, 'routes/more.ts'), `import { startJumio } from '../services/jumio';\nexport const go = (ref: string, pending: Promise<unknown>[]) => ${call};\n`);
      const again = await run(root);
      expect(again.out('routes/more.ts'), call).toContain(WHOLE);
      expect(again.of('services/jumio.ts')!.coupled, call).toContain(join(root, 'routes/more.ts'));
    }
  });

  it('a Vue <script setup> and a Svelte <script>: their reads move with the service, in the component file', async () => {
    const vue = `<script setup lang="ts">
import { startJumio } from '../services/jumio';

async function go(ref: string) {
  const r = await startJumio(ref);
  window.location.href = r.redirectUrl;
}
</script>

<template>
  <button @click="go('x')">Verify</button>
</template>
`;
    const svelte = `<script>
  import { onMount } from 'svelte';
  import { startJumio } from '../services/jumio';
  export let ref;
  let url = '';
  onMount(async () => {
    url = (await startJumio(ref)).redirectUrl;
  });
</script>

<iframe src={url} title="Verify" allow="camera" />
`;
    const root = project({ 'services/jumio.ts': INITIATE, 'web/Start.vue': vue, 'web/Start.svelte': svelte });
    const { out, of } = await run(root);
    expect(out('web/Start.vue')).toContain('window.location.href = r.web.href;');
    expect(out('web/Start.vue')).toContain(`<button @click="go('x')">Verify</button>`);
    expect(out('web/Start.svelte')).toContain('url = (await startJumio(ref)).web.href;');
    expect(out('services/jumio.ts')).toContain('axios.put(');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
    expect(of('services/jumio.ts')!.coupled).toEqual(expect.arrayContaining([join(root, 'web/Start.vue'), join(root, 'web/Start.svelte')]));
  });

  it("a component's markup reads a top-level name holding the response (rewritten), or calls the function (not followed there)", async () => {
    // `r` is read by the template. Until session 9 the markup was not followed and the item stayed where the response
    // entered the component's script; its reads of a moved field are now rewritten (analysis/markup-reads.ts,
    // test/engine/markup-reads.test.ts), so this judgement changed: no item, `r.web.href` in the markup.
    const vue = `<script setup>\nimport { startJumio } from '../services/jumio';\nconst r = await startJumio('x');\n</script>\n\n<template><iframe :src="r.redirectUrl" /></template>\n`;
    const svelte = `<script>\n  import { startJumio } from '../services/jumio';\n  let r;\n  export const go = async (ref) => { r = await startJumio(ref); };\n</script>\n\n{#if r}<a href={r.redirectUrl}>Verify</a>{/if}\n`;
    for (const [file, text] of [['web/Start.vue', vue], ['web/Start.svelte', svelte]] as const) {
      const root = project({ 'services/jumio.ts': INITIATE, [file]: text });
      const { out } = await run(root);
      expect(out(file), file).not.toContain(WHOLE);
      expect(out(file), file).toBe(text.replace('r.redirectUrl', 'r.web.href'));
      expect(out('services/jumio.ts'), file).toContain('axios.put(');
      expect(out('services/jumio.ts'), file).not.toContain(WHOLE);
    }
    // A function of the component returning the response is called by the markup as well as by the script.
    const called = `<script setup>\nimport { startJumio } from '../services/jumio';\nconst load = (ref) => startJumio(ref);\nasync function go() {\n  location.href = (await load('x')).redirectUrl;\n}\n</script>\n\n<template><button @click="load('y')">Verify</button></template>\n`;
    const root = project({ 'services/jumio.ts': INITIATE, 'web/Load.vue': called });
    expect((await run(root)).out('web/Load.vue')).toMatch(new RegExp(`${WHOLE}[^\\n]*\\nconst load =[\\s\\S]*\\(await load\\('x'\\)\\)\\.web\\.href`));
    // A handler of the component given the response by its script, and called by the markup with something else.
    const handler = `<script setup>\nimport { startJumio } from '../services/jumio';\nfunction show(r) {\n  console.log(r.redirectUrl);\n}\nasync function go() {\n  show(await startJumio('x'));\n}\n</script>\n\n<template><button @click="show(other)">Verify</button></template>\n`;
    const shown = (await run(project({ 'services/jumio.ts': INITIATE, 'web/Show.vue': handler }))).out('web/Show.vue');
    expect(shown).toContain('console.log(r.redirectUrl);');
    expect(shown).toMatch(new RegExp(`${WHOLE}[^\\n]*\\n  show\\(await startJumio`));
    // The markup calls the function itself: the value goes where no parse here follows; the item stays at the return.
    const awaited = `<script>\n  import { startJumio } from '../services/jumio';\n  export let ref;\n</script>\n\n{#await startJumio(ref) then r}<a href={r.redirectUrl}>Verify</a>{/await}\n`;
    const { out, of } = await run(project({ 'services/jumio.ts': INITIATE, 'web/Await.svelte': awaited }));
    expect(out('services/jumio.ts')).toContain(WHOLE);
    expect(of('web/Await.svelte')!.status).not.toBe('changed');
  });
});
