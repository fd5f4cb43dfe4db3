// Child-process entry: import a module, call one exported function with string arguments, print the result as
// one JSON line ({ ok } or { error }).
import { pathToFileURL } from 'node:url';

const [modulePath, fnName, ...args] = process.argv.slice(2);
try {
  const mod = await import(pathToFileURL(modulePath).href);
  const ok = await mod[fnName](...args);
  console.log(JSON.stringify({ ok }));
} catch (err) {
  console.log(JSON.stringify({ error: err instanceof Error ? err.message : String(err) }));
}
