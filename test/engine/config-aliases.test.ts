// Import aliases a project configures itself (codemods/engine/config-aliases.ts through framework-aliases.ts and
// ProjectView.resolveModule): Vite's resolve.alias (object or find/replacement array; path.resolve(__dirname, …),
// fileURLToPath(new URL(…, import.meta.url)), a root-relative '/src'), Nuxt's alias, and the paths of a tsconfig
// of a monorepo package (through a relative extends) that the root tsconfig does not hold. A message handler a page
// imported through one was neither migrated nor flagged; a 3-D Secure handler imported the same way stays untouched.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { tempRepoRunner } from '../support/temp-repo-run.js';
import { aliasTree, PAGE, THREE_DS, VITE_PKG } from '../support/alias-pages.js';

const tree = aliasTree('nvm-alias-');

const VITE_CONFIG = `import { fileURLToPath, URL } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@kyc': path.resolve(__dirname, 'src', 'features/kyc'),
      '~shared/': '/shared/',
      legacy: someHelper('x'),
    },
  },
});
`;

describe('resolveModule: aliases a project configures', () => {
  it("Vite's resolve.alias (object and array forms), Nuxt's alias, a package tsconfig's paths through extends", () => {
    const root = tree({
      'package.json': '{ "private": true, "workspaces": ["apps/*"] }\n',
      'apps/vue/package.json': VITE_PKG, 'apps/vue/vite.config.ts': VITE_CONFIG,
      'apps/vue/src/composables/jumio.ts': '', 'apps/vue/src/features/kyc/listen.ts': '', 'apps/vue/shared/frame.ts': '', 'apps/vue/src/views/Kyc.vue': '',
      'apps/react/package.json': VITE_PKG, 'apps/react/src/kyc/jumio.ts': '', 'apps/react/src/App.tsx': '',
      'apps/react/vite.config.js': "import { resolve } from 'path';\nexport default { resolve: { alias: [{ find: '@app', replacement: resolve(__dirname, './src') }, { find: /^~/, replacement: '' }] } };\n",
      'apps/nuxt/package.json': '{ "devDependencies": { "nuxt": "^3.10.0" } }\n', 'apps/nuxt/pages/kyc.vue': '', 'apps/nuxt/lib/kyc/jumio.ts': '', 'apps/nuxt/composables/x.ts': '',
      'apps/nuxt/nuxt.config.ts': "export default defineNuxtConfig({\n  alias: { '@kyc': fileURLToPath(new URL('./lib/kyc', import.meta.url)) },\n});\n",
      'tsconfig.base.json': '{\n  // shared\n  "compilerOptions": { "baseUrl": ".", "paths": { "@acme/kyc/*": ["libs/kyc/src/*"], "@acme/*-utils": ["libs/*"] } }\n}\n',
      'apps/nx/package.json': '{ "name": "nx-web", "private": true }\n', 'apps/nx/tsconfig.json': '{ "extends": "../../tsconfig.base.json" }\n',
      'apps/nx/src/main.tsx': '', 'libs/kyc/src/jumio.ts': '',
    });
    const v = createProjectView(root);
    const at = (spec: string, from: string) => v.resolveModule(spec, join(root, from))?.slice(root.length + 1);
    expect(at('@/composables/jumio', 'apps/vue/src/views/Kyc.vue')).toBe('apps/vue/src/composables/jumio.ts');
    expect(at('@kyc/listen', 'apps/vue/src/views/Kyc.vue')).toBe('apps/vue/src/features/kyc/listen.ts');
    expect(at('~shared/frame', 'apps/vue/src/views/Kyc.vue')).toBe('apps/vue/shared/frame.ts');
    expect(at('@app/kyc/jumio', 'apps/react/src/App.tsx')).toBe('apps/react/src/kyc/jumio.ts');
    expect(at('@kyc/jumio', 'apps/nuxt/pages/kyc.vue')).toBe('apps/nuxt/lib/kyc/jumio.ts');
    expect(at('~/composables/x', 'apps/nuxt/pages/kyc.vue')).toBe('apps/nuxt/composables/x.ts'); // Nuxt's own stay
    expect(at('@acme/kyc/jumio', 'apps/nx/src/main.tsx')).toBe('libs/kyc/src/jumio.ts');
    // Not aliases: another project's, a package, a value the config computes.
    expect(at('@/composables/jumio', 'apps/react/src/App.tsx')).toBeUndefined();
    expect(at('@vitejs/plugin-vue', 'apps/vue/src/views/Kyc.vue')).toBeUndefined();
    expect(at('legacy/x', 'apps/vue/src/views/Kyc.vue')).toBeUndefined();
  });
});

const HANDLER = `export function handleJumio(event: MessageEvent) {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    window.location.assign(\`/verify/done?ref=\${data.transactionReference}\`);
  } else if (data.payload.value === 'error') {
    console.error('Jumio error', data.payload.metainfo?.code, data.transactionReference);
  }
}
`;
const migrated = (s: string): string => s.replace('.netverify.com', '.jumio.ai').replaceAll('data.transactionReference', 'data.workflowExecutionId');
const run = tempRepoRunner('nvm-alias-run-');

describe('a message handler a page imports through a configured alias', () => {
  it("Vite's '@' of a Vue app: migrated with the page; a 3-D Secure handler imported alike stays", async () => {
    const page = PAGE('handleJumio', '@/composables/jumio', '<iframe :src="props.url" allow="camera;fullscreen" allowfullscreen />');
    const out = await run({ 'package.json': VITE_PKG, 'vite.config.ts': VITE_CONFIG, 'src/composables/jumio.ts': HANDLER, 'src/views/Kyc.vue': page });
    expect(out('src/composables/jumio.ts')).toBe(migrated(HANDLER));
    expect(out('src/views/Kyc.vue')).toContain('allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"');
    const pay = PAGE('handleChallenge', '@/pay/three-ds', '<iframe :src="props.url" title="Card check" />');
    const other = await run({ 'package.json': VITE_PKG, 'vite.config.ts': VITE_CONFIG, 'src/pay/three-ds.ts': THREE_DS, 'src/views/Pay.vue': pay });
    expect(other('src/pay/three-ds.ts')).toBe(THREE_DS);
    expect(other('src/views/Pay.vue')).toBe(pay);
  });

  it("a Nuxt config's alias and a monorepo package's tsconfig paths (extends a base at the root)", async () => {
    const page = PAGE('handleJumio', '@kyc/jumio', '<iframe :src="props.url" allow="camera;fullscreen" allowfullscreen />');
    const nuxt = await run({ 'package.json': '{ "devDependencies": { "nuxt": "^3.10.0" } }\n', 'lib/kyc/jumio.ts': HANDLER, 'pages/kyc.vue': page,
      'nuxt.config.ts': "import { fileURLToPath } from 'node:url';\nexport default defineNuxtConfig({ alias: { '@kyc': fileURLToPath(new URL('./lib/kyc', import.meta.url)) } });\n" });
    expect(nuxt('lib/kyc/jumio.ts')).toBe(migrated(HANDLER));
    const mono = await run({ 'package.json': '{ "private": true }\n', 'tsconfig.base.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@acme/kyc/*": ["libs/kyc/src/*"] } } }\n',
      'apps/web/package.json': VITE_PKG, 'apps/web/tsconfig.json': '{ "extends": "../../tsconfig.base.json" }\n', 'libs/kyc/src/jumio.ts': HANDLER,
      'apps/web/src/Kyc.vue': PAGE('handleJumio', '@acme/kyc/jumio', '<iframe :src="props.url" allow="camera;fullscreen" allowfullscreen />') });
    expect(mono('libs/kyc/src/jumio.ts')).toBe(migrated(HANDLER));
  });
});
