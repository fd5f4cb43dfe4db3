// Preloaded by a CLI test (`node --import`): at exit, prints on stderr whether the TypeScript compiler (ts-morph or
// typescript) and the shim's runtime (undici, better-sqlite3, pg) were loaded, so the test can prove `--help` stays
// light and the codemod commands never load the shim's drivers.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
  const loaded = (re) => Object.keys(require.cache).some((k) => re.test(k));
  const compiler = loaded(/node_modules[\\/](ts-morph|typescript)[\\/]/);
  const runtime = loaded(/node_modules[\\/](undici|better-sqlite3|pg)[\\/]/);
  process.stderr.write(`[loaded-compiler:${compiler}][loaded-runtime:${runtime}]\n`);
});
