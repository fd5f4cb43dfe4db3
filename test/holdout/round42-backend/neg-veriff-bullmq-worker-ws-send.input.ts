// Branch desks of Kestrel Savings (identity checks through Veriff). When a customer at the counter finishes the
// Veriff flow on the tablet, the desk app queues a job; this worker reads the decision from Veriff and pushes it to
// the teller's dashboard over its WebSocket. An undecided session throws, and BullMQ retries the job with backoff.
import { createHmac } from 'node:crypto';
import { Worker } from 'bullmq';
import { WebSocket, WebSocketServer } from 'ws';
import { request } from 'undici';

const VERIFF_SESSIONS = 'https://stationapi.veriff.com/v1/sessions';

interface VeriffDecision {
  status: 'success' | 'fail';
  verification: {
    id: string;
    code: number;
    status: 'approved' | 'declined' | 'resubmission_requested' | 'expired' | 'abandoned' | 'review';
    reason: string | null;
    decisionTime: string | null;
    vendorData?: string | null;
  } | null;
}

interface DeskDecisionJob {
  sessionId: string;
  deskId: string;
}

/** desk id → the teller dashboard connected for that desk */
const desks = new Map<string, WebSocket>();

export const wss = new WebSocketServer({ port: Number(process.env.DESK_WS_PORT ?? 8090) });

wss.on('connection', (ws: WebSocket, upgrade: { url?: string }) => {
  const deskId = new URL(upgrade.url ?? '/', 'http://desk.local').searchParams.get('desk');
  if (!deskId) {
    ws.close(4400, 'desk missing');
    return;
  }
  desks.set(deskId, ws);
  ws.on('close', () => {
    if (desks.get(deskId) === ws) desks.delete(deskId);
  });
});

export const worker = new Worker(
  'desk-veriff-decisions',
  async (job: { data: DeskDecisionJob }) => {
    const { sessionId, deskId } = job.data;
    const signature = createHmac('sha256', process.env.VERIFF_SHARED_SECRET ?? '').update(sessionId).digest('hex');
    const { statusCode, body } = await request(`${VERIFF_SESSIONS}/${sessionId}/decision`, {
      method: 'GET',
      headers: {
        accept: 'application/json',
        'x-auth-client': process.env.VERIFF_API_KEY ?? '',
        'x-hmac-signature': signature,
        'user-agent': 'Kestrel Branch Desk/3.0',
      },
      headersTimeout: 10_000,
    });
    if (statusCode === 404) {
      await body.dump();
      return 'unknown';
    }
    if (statusCode !== 200) {
      await body.dump();
      throw new Error(`decision answered ${statusCode}`);
    }
    const decision = (await body.json()) as VeriffDecision;
    if (!decision.verification || decision.verification.status === 'review') {
      throw new Error(`session ${sessionId} not decided yet`);
    }

    // The dashboard renders Veriff's answer as it came (status, reason, decision time).
    const ws = desks.get(deskId);
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(decision));
    return decision.verification.status;
  },
  {
    connection: { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 },
    concurrency: 2,
  },
);
