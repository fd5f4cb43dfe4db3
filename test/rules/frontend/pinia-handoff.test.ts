// iframe-event-handler: a proven handler writing the parsed Jumio event whole into a Pinia options store's state —
// through an action that only assigns it (kyc.setEvent(message)) or directly (kyc.event = message) — hands it to the
// readers of that state key: kyc.event?.transactionReference in the components' scripts and templates, the store's
// getters (state.event?.transactionReference) and the state type's property are renamed with the handler
// (pinia-handoff.ts); before, they stayed legacy behind a "passed on" item. A store read through storeToRefs, a key
// another action also writes, or a setup store keeps the item; a 3-D Secure store stays untouched. Real runs.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../../support/temp-repo-run.js';

const run = tempRepoRunner('nvm-pinia-');

const PKG = '{ "name": "web", "private": true, "type": "module", "dependencies": { "vue": "^3.4.0", "pinia": "^2.1.0" }, "devDependencies": { "vite": "^5.2.0" } }\n';
const STORE = (actions = '    setEvent(event: JumioEvent) {\n      this.event = event;\n    },\n') => `import { defineStore } from 'pinia';

export interface JumioEvent {
  transactionReference: string;
  eventType: number;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export const useKycStore = defineStore('kyc', {
  state: () => ({ event: null as JumioEvent | null, step: 1 }),
  getters: {
    reference: (state) => state.event?.transactionReference,
    failed: (state) => state.event?.payload.value === 'error',
  },
  actions: {
${actions}    reset() {
      this.event = null;
    },
  },
});
`;
const VERIFY = (write = 'kyc.setEvent(message);', origin = ".endsWith('.netverify.com')") => `<script setup lang="ts">
import { onMounted, onBeforeUnmount } from 'vue';
import { useKycStore } from '../stores/kyc';
import KycStatus from '../components/KycStatus.vue';
const props = defineProps<{ url: string }>();
const kyc = useKycStore();

function onMessage(event: MessageEvent) {
  if (!event.origin${origin}) return;
  const message = JSON.parse(event.data);
  ${write}
}

onMounted(() => window.addEventListener('message', onMessage));
onBeforeUnmount(() => { window.removeEventListener('message', onMessage); kyc.reset(); });
</script>

<template>
  <iframe :src="props.url" allow="camera;fullscreen" allowfullscreen title="Identity check" />
  <KycStatus />
</template>
`;
const STATUS = `<script setup lang="ts">
import { computed } from 'vue';
import { useKycStore } from '../stores/kyc';
const kyc = useKycStore();
const code = computed(() => kyc.event?.payload.metainfo?.code);
</script>

<template>
  <p v-if="kyc.failed">Error {{ code }} for {{ kyc.reference }} ({{ kyc.event?.transactionReference }})</p>
</template>
`;
const tree = (store: string, verify: string, status = STATUS) => ({ 'package.json': PKG, 'src/stores/kyc.ts': store, 'src/views/Verify.vue': verify, 'src/components/KycStatus.vue': status });
const renamed = (s: string): string => s.replaceAll('transactionReference', 'workflowExecutionId');
const ITEM = 'TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to';

describe('a Jumio event written into a Pinia store', () => {
  it('through its setter action, or assigned to the state key: the store, its getters and every reader renamed', async () => {
    for (const [store, write] of [[STORE(), 'kyc.setEvent(message);'], [STORE(''), 'kyc.event = message;']] as const) {
      const out = await run(tree(store, VERIFY(write)));
      expect(out('src/stores/kyc.ts'), write).toBe(renamed(store));
      expect(out('src/components/KycStatus.vue'), write).toBe(renamed(STATUS));
      expect(out('src/views/Verify.vue'), write).not.toContain(ITEM);
      expect(out('src/views/Verify.vue'), write).toContain(".endsWith('.jumio.ai')");
    }
  });

  it('keeps the item, and every reader as it is, when the state key is not provably the event alone', async () => {
    const cases: [string, Record<string, string>][] = [
      ['read through storeToRefs', tree(STORE(), VERIFY(), STATUS.replace('const code = computed(() => kyc.event?.payload.metainfo?.code);', "const { event } = storeToRefs(kyc);\nconst code = computed(() => event.value?.payload.metainfo?.code);"))],
      ['another action writes the key', tree(STORE("    setEvent(event: JumioEvent) {\n      this.event = event;\n    },\n    loadDemo(demo: JumioEvent) {\n      this.event = demo;\n    },\n"), VERIFY())],
      ['a setup store', tree("import { defineStore } from 'pinia';\nimport { ref } from 'vue';\n\nexport const useKycStore = defineStore('kyc', () => {\n  const event = ref<{ transactionReference: string } | null>(null);\n  function setEvent(e: { transactionReference: string }) { event.value = e; }\n  const reference = () => event.value?.transactionReference;\n  return { event, setEvent, reference, failed: false, reset: () => { event.value = null; } };\n});\n", VERIFY())],
    ];
    for (const [why, files] of cases) {
      const out = await run(files);
      expect(out('src/views/Verify.vue'), why).toContain(ITEM);
      expect(out('src/stores/kyc.ts'), why).toBe(files['src/stores/kyc.ts']);
      expect(out('src/components/KycStatus.vue'), why).toBe(files['src/components/KycStatus.vue']);
    }
  });

  it("leaves a card issuer's 3-D Secure store and its readers byte-identical", async () => {
    const verify = VERIFY('kyc.setEvent(message);', " !== 'https://acs.cardissuer.example'").replace(' allow="camera;fullscreen" allowfullscreen title="Identity check"', ' title="Card check"');
    const files = tree(STORE(), verify);
    const out = await run(files);
    for (const [p, text] of Object.entries(files)) expect(out(p), p).toBe(text);
  });
});
