// Keeping peak memory flat on big repositories. V8 grows the heap lazily (a run that needs ~150 MB live can reach
// 450 MB RSS), and a heap limit cannot be set once the process runs. So when the engine drops a whole parse Project
// it asks for a full collection — exposed at run time through the documented V8 flag, no process flags needed.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
