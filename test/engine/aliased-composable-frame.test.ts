// A Vue page that imports its Jumio message composable through a project alias (Vite's resolve.alias '~kyc', a
// tsconfig `paths` '@/*') frames the web client as one importing it by a relative path does: its iframe gets the KYX
// allow list. Only relative specifiers were followed, so the frame kept allow="camera" while the composable's handler
// was migrated (found by running the CLI on a hand-written Koa + Vue 3 (Vite) app). iframe-allow/imported-handlers.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCodemod } from '../../codemods/engine/runner.js';
import { aliasTree, VITE_PKG } from '../support/alias-pages.js';

const COMPOSABLE = (origin: string, field: string) => `import { onBeforeUnmount, onMounted } from 'vue';

export function useKyc(onDone: (ok: boolean, ref?: string) => void) {
  function handle(event: MessageEvent) {
    if (!${origin}.test(new URL(event.origin).hostname)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(true, data.${field});
    else if (data.payload.value === 'error') onDone(false);
  }
  onMounted(() => window.addEventListener('message', handle));
  onBeforeUnmount(() => window.removeEventListener('message', handle));
}
`;
const PAGE = (from: string) => `<template>
  <iframe v-if="url" :src="url" allow="camera" class="frame"></iframe>
</template>

<script setup lang="ts">
import { ref } from 'vue';
import { useKyc } from '${from}';

const url = ref<string>();
useKyc((ok) => console.log(ok));
</script>
`;
const VITE = "import { defineConfig } from 'vite';\nimport { fileURLToPath, URL } from 'node:url';\n\nexport default defineConfig({\n  resolve: { alias: { '~kyc': fileURLToPath(new URL('./src/composables', import.meta.url)) } },\n});\n";
const TSCONFIG = '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }';
const KYX_ALLOW = 'allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen';
const tree = aliasTree('nvm-aliased-composable-');

async function pageAfter(from: string, composable: string): Promise<string> {
  const root = tree({ 'package.json': VITE_PKG, 'vite.config.ts': VITE, 'tsconfig.json': TSCONFIG, 'src/composables/useKyc.ts': composable, 'src/views/Kyc.vue': PAGE(from) });
  const r = await runCodemod({ cwd: root, paths: ['.'], workers: 1 });
  return r.outcomes.find((o) => o.path === 'src/views/Kyc.vue')?.output ?? readFileSync(join(root, 'src/views/Kyc.vue'), 'utf8');
}

describe('a frame whose Jumio composable is imported through an alias', () => {
  it("Vite's '~kyc/useKyc' and tsconfig's '@/composables/useKyc': the frame gets the KYX allow list", async () => {
    for (const from of ['~kyc/useKyc', '@/composables/useKyc']) {
      expect(await pageAfter(from, COMPOSABLE('/\\.netverify\\.com$/', 'transactionReference')), from).toContain(KYX_ALLOW);
    }
  });

  it("a 3-D Secure composable imported the same way: the page's frame stays", async () => {
    const page = await pageAfter('~kyc/useKyc', COMPOSABLE('/\\.cardissuer\\.example$/', 'transactionReference'));
    expect(page).toContain('allow="camera" class="frame"');
  });
});
