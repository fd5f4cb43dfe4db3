// A Nuxt page that calls an auto-imported composable (no import statement: Nuxt generates it from composables/ and
// utils/) whose exported declaration attaches a proven Jumio message handler frames the web client: its iframe gets
// the KYX allow list (iframe-allow/nuxt-auto-imports.ts). Found on a hand-written Nuxt 3 app, where the frame kept
// the legacy `camera;fullscreen` while the composable's handler was migrated. Real runs over trees on disk.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const COMPOSABLE = `export function useJumioFrame(onDone: (reference: string) => void) {
  function listener(event: MessageEvent) {
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data?.payload?.value === 'success') onDone(data.transactionReference);
  }
  onMounted(() => window.addEventListener('message', listener));
  onBeforeUnmount(() => window.removeEventListener('message', listener));
}
`;
const PAYMENT_COMPOSABLE = `export function useCheckoutFrame(onPaid: (reference: string) => void) {
  function listener(event: MessageEvent) {
    if (event.origin !== 'https://widget.paylink.example') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onPaid(data.transactionReference);
  }
  onMounted(() => window.addEventListener('message', listener));
}
`;
const PAGE = (call: string) => `<template>
  <iframe v-if="frameUrl" :src="frameUrl" allow="camera;fullscreen" allowfullscreen />
</template>

<script setup lang="ts">
const frameUrl = ref<string | null>(null);
${call}((reference) => navigateTo({ path: '/verify/complete', query: { ref: reference } }));
</script>
`;
const NUXT_CONFIG = 'export default defineNuxtConfig({});\n';
const KYX_ALLOW = 'allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"';

const run = tempRepoRunner('nvm-nuxt-auto-');

describe('Nuxt auto-imported composables', () => {
  it("a page calling an auto-imported composable that attaches a proven handler gets the KYX allow list", async () => {
    const out = await run({ 'nuxt.config.ts': NUXT_CONFIG, 'composables/useJumioFrame.ts': COMPOSABLE, 'pages/verify.vue': PAGE('useJumioFrame') });
    expect(out('pages/verify.vue')).toContain(KYX_ALLOW);
    expect(out('composables/useJumioFrame.ts')).toContain('onDone(data.workflowExecutionId)');
  });

  it('also from a kebab-case file of utils/ in a Nuxt 4 app/ srcDir, and a config in a workspace folder', async () => {
    const out = await run({ 'apps/web/nuxt.config.ts': NUXT_CONFIG, 'apps/web/app/utils/use-jumio-frame.ts': COMPOSABLE,
      'apps/web/app/pages/verify.vue': PAGE('useJumioFrame') });
    expect(out('apps/web/app/pages/verify.vue')).toContain(KYX_ALLOW);
  });

  it('outside a Nuxt app, or for a composable whose handler is another vendor\'s, the frame stays as it is', async () => {
    let out = await run({ 'composables/useJumioFrame.ts': COMPOSABLE, 'pages/verify.vue': PAGE('useJumioFrame') });
    expect(out('pages/verify.vue')).toBe(PAGE('useJumioFrame'));
    out = await run({ 'nuxt.config.ts': NUXT_CONFIG, 'composables/useCheckoutFrame.ts': PAYMENT_COMPOSABLE, 'pages/pay.vue': PAGE('useCheckoutFrame') });
    expect(out('pages/pay.vue')).toBe(PAGE('useCheckoutFrame'));
    expect(out('composables/useCheckoutFrame.ts')).toBe(PAYMENT_COMPOSABLE);
  });

  it('a page that declares the name itself uses its own function, not the composable', async () => {
    const page = PAGE('useJumioFrame').replace('<script setup lang="ts">\n', '<script setup lang="ts">\nfunction useJumioFrame(cb: (r: string) => void) { cb(\'x\'); }\n');
    const out = await run({ 'nuxt.config.ts': NUXT_CONFIG, 'composables/useJumioFrame.ts': COMPOSABLE, 'pages/verify.vue': page });
    expect(out('pages/verify.vue')).toBe(page);
  });
});
