// The control API under /__control: the library's test controls over HTTP, for non-Node clients and the CLI
// emulator. Unauthenticated (the emulator binds loopback by default), never journaled, never faulted.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ControlError } from './backend.js';
import { faultError } from './faults.js';
import { errorReply, isPlainObject, type ParsedBody, type Reply } from './http-util.js';
import { writeReply, CONTROL_PREFIX } from './server.js';
import type { Emulator, Fault, FinishOutcome, SeedOptions, WebOutcome } from './types.js';

const OUTCOMES = new Set(['PASSED', 'REJECTED', 'EXPIRED']);

export async function control(emu: Emulator, req: IncomingMessage, res: ServerResponse, body: ParsedBody, path: string): Promise<void> {
  let reply: Reply;
  try {
    reply = await route(emu, req.method ?? 'GET', path.slice(CONTROL_PREFIX.length).replace(/\/$/, ''), body.value);
  } catch (err) {
    if (err instanceof ControlError) reply = errorReply(err.status, err.message);
    else if (err instanceof TypeError) reply = errorReply(400, err.message);
    else reply = errorReply(500, err instanceof Error ? err.message : String(err));
  }
  writeReply(res, reply);
}

async function route(emu: Emulator, method: string, sub: string, b: unknown): Promise<Reply> {
  const key = `${method} ${sub}`;
  const m = /^GET \/executions\/([^/]+)$/.exec(key);
  if (m) return { status: 200, body: emu.workflowExecutions(decodeURIComponent(m[1])) };
  switch (key) {
    case 'GET ':
      return { status: 200, body: { mode: emu.mode, url: emu.url, routes: ROUTES } };
    case 'GET /journal':
      return { status: 200, body: emu.journal() };
    case 'DELETE /journal':
      emu.clearJournal();
      return { status: 204 };
    case 'POST /seed': {
      const opts = isPlainObject(b) ? b : {};
      for (const k of ['customerInternalReference', 'userReference', 'enrollmentReference']) {
        if (opts[k] !== undefined && (typeof opts[k] !== 'string' || opts[k] === '')) throw new TypeError(`${k} must be a non-empty string`);
      }
      return { status: 200, body: await emu.seedAccount(opts as SeedOptions) };
    }
    case 'POST /finish': {
      if (!isPlainObject(b) || typeof b.workflowExecutionId !== 'string') throw new TypeError('workflowExecutionId is required');
      if (typeof b.outcome !== 'string' || !OUTCOMES.has(b.outcome)) throw new TypeError('outcome must be PASSED, REJECTED or EXPIRED');
      const ref = { workflowExecutionId: b.workflowExecutionId, ...(typeof b.accountId === 'string' ? { accountId: b.accountId } : {}) };
      return { status: 200, body: await emu.finishWorkflow(ref, b.outcome as FinishOutcome) };
    }
    case 'GET /faults':
      return { status: 200, body: listFaults(emu) };
    case 'POST /faults': {
      const err = faultError(b);
      if (err) throw new TypeError(err);
      emu.injectFault(b as Fault);
      return { status: 201, body: listFaults(emu) };
    }
    case 'DELETE /faults':
      emu.clearFaults();
      return { status: 204 };
    case 'POST /web-outcome':
      if (!isPlainObject(b)) throw new TypeError('body must be a JSON object');
      emu.setWebOutcome(b as unknown as WebOutcome);
      return { status: 204 };
    case 'POST /clock':
      if (!isPlainObject(b) || typeof b.advanceMs !== 'number') throw new TypeError('advanceMs (number) is required');
      emu.advanceClock(b.advanceMs);
      return { status: 204 };
    case 'DELETE /web-outcome':
      emu.clearWebOutcomes();
      return { status: 204 };
    case 'POST /reset':
      emu.clearJournal();
      emu.clearFaults();
      emu.clearWebOutcomes();
      return { status: 204 };
    default:
      return errorReply(404, `no control route ${key}`);
  }
}

function listFaults(emu: Emulator): Fault[] {
  return emu.faults();
}

const ROUTES = [
  'GET /__control',
  'GET /__control/journal',
  'DELETE /__control/journal',
  'POST /__control/seed',
  'POST /__control/finish',
  'GET /__control/faults',
  'POST /__control/faults',
  'DELETE /__control/faults',
  'POST /__control/web-outcome',
  'DELETE /__control/web-outcome',
  'POST /__control/reset',
  'POST /__control/clock',
  'GET /__control/executions/{accountId | enrollmentReference}',
];
