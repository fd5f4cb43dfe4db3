// Sources shared by the alias-resolution tests (config-aliases.test.ts, config-aliases-regex.test.ts): a 3-D Secure
// handler shaped like a Jumio one (must stay untouched when imported through an alias) and a Vue page importing a
// message handler by a given specifier.
export const THREE_DS = `export function handleChallenge(event: MessageEvent) {
  if (event.origin !== 'https://acs.cardissuer.example') return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') fetch('/api/pay/confirm', { method: 'POST', body: data.transactionReference });
}
`;

export const PAGE = (name: string, from: string, frame: string) => `<script setup lang="ts">
import { onMounted, onBeforeUnmount } from 'vue';
import { ${name} } from '${from}';
const props = defineProps<{ url: string }>();
onMounted(() => window.addEventListener('message', ${name}));
onBeforeUnmount(() => window.removeEventListener('message', ${name}));
</script>

<template>
  ${frame}
</template>
`;
