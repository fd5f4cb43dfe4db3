// Worker thread: scanFiles() (discover, read, prefilter) while the main thread loads the rules and the compiler.
// Loads neither itself (scan-files.ts and what it imports never load ts-morph at run time).
import { parentPort, workerData } from 'node:worker_threads';
import { UsageError } from './discover.js';
import { scanFiles, type ScanInput } from './scan-files.js';

try {
  parentPort!.postMessage({ ok: true, result: scanFiles(workerData as ScanInput) });
} catch (err) {
  parentPort!.postMessage({ ok: false, usage: err instanceof UsageError, message: (err as Error).message });
}
