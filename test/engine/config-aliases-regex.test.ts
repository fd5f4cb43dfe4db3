// Vite's resolve.alias entries whose `find` is a RegExp (codemods/engine/config-aliases.ts regexFind, applied in
// framework-aliases.ts as Vite does: the match is replaced, `$1` included, the rest of the specifier kept). They were
// skipped, so a message handler a page imported through `~/…` or `@kyc/…` of such an alias was neither migrated nor
// flagged; a 3-D Secure handler imported the same way stays untouched.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { tempRepoRunner } from '../support/temp-repo-run.js';
import { aliasTree, PAGE, THREE_DS, VITE_PKG } from '../support/alias-pages.js';

const tree = aliasTree('nvm-alias-re-');

const VITE_CONFIG = `import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: [
      { find: /^@kyc\\/(.*)$/, replacement: path.resolve(__dirname, 'src/features/kyc/$1') },
      { find: /^~\\//, replacement: '/src/' },
      { find: /^#shared/, replacement: fileURLToPath(new URL('./shared', import.meta.url)) },
      { find: /^~/, replacement: '' },
      { find: /^virtual:(.*)$/, replacement: someHelper('$1') },
    ],
  },
});
`;

describe('resolveModule: a Vite alias with a RegExp find', () => {
  it('replaces the match as Vite does ($1, a root-relative replacement with its slash, a prefix)', () => {
    const root = tree({
      'package.json': VITE_PKG, 'vite.config.ts': VITE_CONFIG, 'src/views/Kyc.vue': '',
      'src/features/kyc/listen.ts': '', 'src/composables/jumio.ts': '', 'shared/frame.ts': '',
    });
    const v = createProjectView(root);
    const at = (spec: string) => v.resolveModule(spec, join(root, 'src/views/Kyc.vue'))?.slice(root.length + 1);
    expect(at('@kyc/listen')).toBe('src/features/kyc/listen.ts');
    expect(at('~/composables/jumio')).toBe('src/composables/jumio.ts');
    expect(at('#shared/frame')).toBe('shared/frame.ts');
    // Not aliases here: a package behind `~` (replaced by nothing), a computed replacement, an unmatched specifier.
    expect(at('~bootstrap/scss')).toBeUndefined();
    expect(at('virtual:kyc')).toBeUndefined();
    expect(at('@kycx/listen')).toBeUndefined();
  });
});

const HANDLER = `export function handleJumio(event: MessageEvent) {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') window.location.assign(\`/verify/done?ref=\${data.transactionReference}\`);
}
`;
const run = tempRepoRunner('nvm-alias-re-run-');

describe('a message handler a page imports through a RegExp alias', () => {
  it("migrated with the page through `~/` and `@kyc/(.*)`; a 3-D Secure handler imported alike stays", async () => {
    const migrated = HANDLER.replace('.netverify.com', '.jumio.ai').replace('data.transactionReference', 'data.workflowExecutionId');
    for (const from of ['~/composables/jumio', '@kyc/jumio']) {
      const file = from.startsWith('~') ? 'src/composables/jumio.ts' : 'src/features/kyc/jumio.ts';
      const page = PAGE('handleJumio', from, '<iframe :src="props.url" allow="camera;fullscreen" allowfullscreen />');
      const out = await run({ 'package.json': VITE_PKG, 'vite.config.ts': VITE_CONFIG, [file]: HANDLER, 'src/views/Kyc.vue': page });
      expect(out(file)).toBe(migrated);
      expect(out('src/views/Kyc.vue')).toContain('allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"');
    }
    const pay = PAGE('handleChallenge', '~/pay/three-ds', '<iframe :src="props.url" title="Card check" />');
    const other = await run({ 'package.json': VITE_PKG, 'vite.config.ts': VITE_CONFIG, 'src/pay/three-ds.ts': THREE_DS, 'src/views/Pay.vue': pay });
    expect(other('src/pay/three-ds.ts')).toBe(THREE_DS);
    expect(other('src/views/Pay.vue')).toBe(pay);
  });
});
