// Worker-thread entry (piscina): loads the rules once per thread, then processes chunks of files.
import type { Rule } from './types.js';
import { loadAllRules, selectRules } from './load-rules.js';
import { processCandidates, type Candidate } from './process-candidates.js';
import type { FileOutcome } from './outcome.js';

export interface WorkerTask {
  files: Candidate[];
  ruleIds: string[];
  root: string;
}

let loaded: Promise<Rule[]> | undefined;

export default async function run(task: WorkerTask): Promise<FileOutcome[]> {
  loaded ??= loadAllRules();
  const rules = selectRules(await loaded, task.ruleIds);
  return processCandidates(task.files, rules, task.root);
}
