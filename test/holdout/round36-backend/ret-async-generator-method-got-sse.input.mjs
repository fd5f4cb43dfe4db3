// Support console (US data centre): an agent watches a member's face login live. FaceLoginMonitor's async generator
// method polls the retrieval at the offsets of the vendor's polling guide and yields one update whenever the result
// changes, until it is final; the Express route streams the updates as server-sent events and aborts the polling
// (the pause and the request in flight) when the agent closes the panel.
import express from 'express';
import got from 'got';
import { setTimeout } from 'node:timers/promises';

const PENDING = new Set(['CREATED', 'STARTED']);

export class FaceLoginMonitor {
  static #HOST = 'https://netverify.com';
  static #OFFSETS_S = [40, 60, 100, 160, 240, 340, 460, 600, 760, 940];

  async *updates(reference, { signal } = {}) {
    let previous = null;
    for (const offset of FaceLoginMonitor.#OFFSETS_S) {
      await setTimeout(offset * 1000, undefined, { signal });
      const details = await got(`${FaceLoginMonitor.#HOST}/api/netverify/v2/authentications/${reference}`, {
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'Wayfarer Support Console/1.8' },
        timeout: { request: 10_000 },
        signal,
      }).json();
      if (details.transactionResult !== previous) {
        previous = details.transactionResult;
        yield {
          state: details.transactionResult,
          member: details.userReference ?? null,
          at: details.transactionDate,
        };
      }
      if (!PENDING.has(details.transactionResult)) return;
    }
    yield { state: 'GAVE_UP', member: null, at: new Date().toISOString() };
  }
}

const monitor = new FaceLoginMonitor();
export const faceLoginProgressRouter = express.Router();

faceLoginProgressRouter.get('/support/face-logins/:reference/progress', async (req, res) => {
  res.set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
  res.flushHeaders();
  const controller = new AbortController();
  req.on('close', () => controller.abort());

  try {
    for await (const update of monitor.updates(req.params.reference, { signal: controller.signal })) {
      res.write(`event: progress\ndata: ${JSON.stringify(update)}\n\n`);
    }
    res.write('event: done\ndata: {}\n\n');
  } catch (err) {
    if (!controller.signal.aborted) {
      res.write(`event: failed\ndata: ${JSON.stringify({ message: err.message })}\n\n`);
    }
  } finally {
    res.end();
  }
});
