// Sources shared by the alias-resolution tests (config-aliases.test.ts, config-aliases-regex.test.ts): a 3-D Secure
// handler shaped like a Jumio one (must stay untouched when imported through an alias) and a Vue page importing a
// message handler by a given specifier; the Vite project's package.json; a temporary tree writer removed after the file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

export const VITE_PKG = '{ "name": "web", "private": true, "type": "module", "devDependencies": { "vite": "^5.2.0", "@vitejs/plugin-vue": "^5.0.0" } }\n';

/** A writer of temporary trees (path → text) for the calling test file, all removed after it. */
export function aliasTree(prefix: string): (files: Record<string, string>) => string {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  return (files) => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    roots.push(root);
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
    return root;
  };
}
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
