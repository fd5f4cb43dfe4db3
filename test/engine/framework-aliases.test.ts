// Framework import aliases in module resolution (codemods/engine/framework-aliases.ts through ProjectView.resolveModule):
// SvelteKit's `$lib` (src/lib, or kit.files.lib) and kit.alias from svelte.config.*, Nuxt's `~` / `@` (srcDir, Nuxt 4's
// app/) and `~~` / `@@`, Vue CLI's `@`, which the root tsconfig never lists (SvelteKit and Nuxt generate them into
// .svelte-kit/ or .nuxt/tsconfig.json, not committed). A message handler a page imports through one was neither
// migrated nor flagged; a 3-D Secure handler imported the same way stays untouched.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nvm-kit-'));
  roots.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

const KIT_PKG = '{ "name": "shop", "type": "module", "devDependencies": { "@sveltejs/kit": "^2.0.0" } }\n';
const TSCONFIG = '{\n  "extends": "./.svelte-kit/tsconfig.json",\n  "compilerOptions": { "strict": true }\n}\n';

describe('resolveModule: SvelteKit aliases', () => {
  it('$lib is src/lib of the nearest SvelteKit project; kit.files.lib and kit.alias are honoured', () => {
    const root = tree({
      'package.json': '{ "private": true, "workspaces": ["apps/*"] }\n',
      'apps/web/package.json': KIT_PKG,
      'apps/web/tsconfig.json': TSCONFIG,
      'apps/web/src/lib/kyc/jumio.ts': 'export {};\n',
      'apps/web/src/routes/+page.svelte': '',
      'apps/admin/svelte.config.js': `import adapter from '@sveltejs/adapter-node';
export default {
  kit: {
    adapter: adapter(),
    files: { lib: 'app/lib' },
    alias: { $components: 'app/components', "@kyc/*": \`app/kyc/*\` },
  },
};
`,
      'apps/admin/app/lib/index.ts': 'export {};\n',
      'apps/admin/app/components/frame.ts': 'export {};\n',
      'apps/admin/app/kyc/listen.ts': 'export {};\n',
      'apps/admin/app/routes/+page.ts': '',
      'tools/script.ts': '',
    });
    const v = createProjectView(root);
    const at = (spec: string, from: string) => v.resolveModule(spec, join(root, from))?.slice(root.length + 1);
    expect(at('$lib/kyc/jumio', 'apps/web/src/routes/+page.svelte')).toBe('apps/web/src/lib/kyc/jumio.ts');
    expect(at('$lib/kyc/jumio.js', 'apps/web/src/lib/kyc/other.ts')).toBe('apps/web/src/lib/kyc/jumio.ts');
    expect(at('$lib', 'apps/admin/app/routes/+page.ts')).toBe('apps/admin/app/lib/index.ts');
    expect(at('$components/frame', 'apps/admin/app/routes/+page.ts')).toBe('apps/admin/app/components/frame.ts');
    expect(at('@kyc/listen', 'apps/admin/app/routes/+page.ts')).toBe('apps/admin/app/kyc/listen.ts');
    // Outside a SvelteKit project (a package without @sveltejs/kit, or none): not an alias.
    expect(at('$lib/kyc/jumio', 'tools/script.ts')).toBeUndefined();
    expect(at('$components/frame', 'apps/web/src/routes/+page.svelte')).toBeUndefined();
  });

  it("Nuxt's ~ and @ are the source directory (srcDir, app/ on Nuxt 4), ~~ and @@ the project; Vue CLI's @ is src/", () => {
    const root = tree({
      'nuxt3/package.json': '{ "devDependencies": { "nuxt": "^3.10.0" } }\n', 'nuxt3/composables/jumio.ts': '', 'nuxt3/pages/kyc.vue': '',
      'nuxt3/server/utils/x.ts': '',
      'src-dir/nuxt.config.ts': "export default defineNuxtConfig({ srcDir: 'client/' });\n", 'src-dir/client/composables/jumio.ts': '',
      'src-dir/client/pages/kyc.vue': '',
      'nuxt4/package.json': '{ "devDependencies": { "nuxt": "^4.0.0" } }\n', 'nuxt4/app/composables/jumio.ts': '', 'nuxt4/app/pages/kyc.vue': '',
      'vue-cli/package.json': '{ "devDependencies": { "@vue/cli-service": "~5.0.0" } }\n', 'vue-cli/src/kyc/jumio.js': '', 'vue-cli/src/views/Kyc.vue': '',
    });
    const v = createProjectView(root);
    const at = (spec: string, from: string) => v.resolveModule(spec, join(root, from))?.slice(root.length + 1);
    expect(at('~/composables/jumio', 'nuxt3/pages/kyc.vue')).toBe('nuxt3/composables/jumio.ts');
    expect(at('@/composables/jumio', 'nuxt3/pages/kyc.vue')).toBe('nuxt3/composables/jumio.ts');
    expect(at('~~/server/utils/x', 'nuxt3/pages/kyc.vue')).toBe('nuxt3/server/utils/x.ts');
    expect(at('~/composables/jumio', 'src-dir/client/pages/kyc.vue')).toBe('src-dir/client/composables/jumio.ts');
    expect(at('~/composables/jumio', 'nuxt4/app/pages/kyc.vue')).toBe('nuxt4/app/composables/jumio.ts');
    expect(at('@/kyc/jumio', 'vue-cli/src/views/Kyc.vue')).toBe('vue-cli/src/kyc/jumio.js');
    expect(at('@nuxt/kit', 'nuxt3/pages/kyc.vue')).toBeUndefined();
  });

  it('makes the importers of a $lib module known', () => {
    const root = tree({ 'package.json': KIT_PKG, 'src/lib/server/jumio.ts': 'export {};\n', 'src/routes/+page.server.ts': "import { s } from '$lib/server/jumio';\n" });
    const files = ['src/lib/server/jumio.ts', 'src/routes/+page.server.ts'].map((p) => join(root, p));
    const v = createProjectView(root, { files, wholeRepository: true });
    expect(v.importersOf!(files[0]!)).toEqual({ files: [files[1]], complete: true });
  });
});

const HANDLER = `import { goto } from '$app/navigation';

export function handleJumio(event: MessageEvent) {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    goto(\`/verify/done?ref=\${data.transactionReference}\`);
  } else if (data.payload.value === 'error') {
    console.error('Jumio error', data.payload.metainfo?.code, data.transactionReference);
  }
}
`;
const PAGE = (name: string, from: string, frame: string) => `<script lang="ts">
  import { onMount } from 'svelte';
  import { ${name} } from '${from}';
  export let data: { frameUrl: string };

  onMount(() => {
    window.addEventListener('message', ${name});
    return () => window.removeEventListener('message', ${name});
  });
</script>

${frame}
`;
const JUMIO_FRAME = '<iframe src={data.frameUrl} allow="camera;fullscreen" allowfullscreen title="Identity check"></iframe>';
// A card issuer's 3-D Secure challenge: its own transactionReference and 'success' value, no Jumio sign.
const THREE_DS = `export function handleChallenge(event: MessageEvent) {
  if (event.origin !== 'https://acs.cardissuer.example') return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') fetch('/api/pay/confirm', { method: 'POST', body: data.transactionReference });
}
`;

const run = tempRepoRunner('nvm-kit-run-');

describe('a message handler a SvelteKit page imports through $lib', () => {
  it('is migrated with the page (and through a kit.alias)', async () => {
    for (const [config, from, lib] of [[undefined, '$lib/jumio', 'src/lib'], ["export default { kit: { alias: { $kyc: 'src/kyc' } } };\n", '$kyc/jumio', 'src/kyc']] as const) {
      const files: Record<string, string> = { 'package.json': KIT_PKG, 'tsconfig.json': TSCONFIG, [`${lib}/jumio.ts`]: HANDLER,
        'src/routes/verify/+page.svelte': PAGE('handleJumio', from, JUMIO_FRAME) };
      if (config) files['svelte.config.js'] = config;
      const out = await run(files);
      expect(out(`${lib}/jumio.ts`), from).toBe(HANDLER.replace('.netverify.com', '.jumio.ai').replaceAll('data.transactionReference', 'data.workflowExecutionId'));
      expect(out('src/routes/verify/+page.svelte'), from).toContain('allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"');
    }
  });

  it('a Nuxt page attaching a handler imported from ~/composables is migrated with it', async () => {
    const handler = HANDLER.replace("import { goto } from '$app/navigation';\n\n", '').replace('goto(', 'navigateTo(');
    const page = `<script setup lang="ts">\nimport { handleJumio } from '~/composables/jumio';\nconst props = defineProps<{ url: string }>();\nonMounted(() => window.addEventListener('message', handleJumio));\n</script>\n\n<template>\n  <iframe :src="props.url" allow="camera;fullscreen" allowfullscreen />\n</template>\n`;
    const out = await run({ 'package.json': '{ "devDependencies": { "nuxt": "^3.10.0" } }\n', 'tsconfig.json': '{ "extends": "./.nuxt/tsconfig.json" }\n', 'composables/jumio.ts': handler, 'pages/kyc.vue': page });
    expect(out('composables/jumio.ts')).toBe(handler.replace('.netverify.com', '.jumio.ai').replaceAll('data.transactionReference', 'data.workflowExecutionId'));
    expect(out('pages/kyc.vue')).toContain('allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"');
  });

  it("leaves another vendor's handler imported the same way byte-identical", async () => {
    const page = PAGE('handleChallenge', '$lib/pay/three-ds', '<iframe src={data.frameUrl} title="Card check"></iframe>');
    const files = { 'package.json': KIT_PKG, 'tsconfig.json': TSCONFIG, 'src/lib/pay/three-ds.ts': THREE_DS, 'src/routes/pay/+page.svelte': page };
    const out = await run(files);
    expect(out('src/lib/pay/three-ds.ts')).toBe(THREE_DS);
    expect(out('src/routes/pay/+page.svelte')).toBe(page);
  });
});
