// Worker-thread entry (piscina): loads the rules once per thread, then processes chunks of files.
import type { Rule } from './types.js';
import { loadAllRules, selectRules } from './load-rules.js';
import { workerData } from 'node:worker_threads';
import { forgetProjectViews, processCandidates, type Candidate } from './process-candidates.js';
import type { RunFiles } from './importers.js';
import type { FileOutcome } from './outcome.js';

export interface WorkerTask {
  files: Candidate[];
  ruleIds: string[];
  root: string;
}

let loaded: Promise<Rule[]> | undefined;
// The run's file list, sent once per thread (runner.ts inPool): the project views answer importersOf from it.
forgetProjectViews((workerData as { runFiles?: RunFiles } | undefined)?.runFiles);

export default async function run(task: WorkerTask): Promise<FileOutcome[]> {
  loaded ??= loadAllRules();
  const rules = selectRules(await loaded, task.ruleIds);
  return processCandidates(task.files, rules, task.root);
}
