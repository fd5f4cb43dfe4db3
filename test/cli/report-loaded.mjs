// Preloaded by a CLI test (`node --import`): at exit, prints on stderr whether the TypeScript compiler (ts-morph or
// typescript) was loaded, so the test can prove `--help` stays light.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
  const heavy = Object.keys(require.cache).filter((k) => /node_modules[\\/](ts-morph|typescript)[\\/]/.test(k));
  process.stderr.write(`[loaded-compiler:${heavy.length > 0}]\n`);
});
