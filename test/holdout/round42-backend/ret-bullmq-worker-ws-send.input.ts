// Branch desks of Kestrel Savings (EU data centre). When a customer at the counter finishes a face login on the
// tablet, the desk app queues a job; this worker reads the result from the vendor and pushes it to the teller's
// dashboard over its WebSocket. An unfinished face login throws, and BullMQ retries the job with backoff.
import { Worker } from 'bullmq';
import { WebSocket, WebSocketServer } from 'ws';
import { request } from 'undici';

const NETVERIFY_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const basicAuth = 'Basic ' + Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64');

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

interface DeskResultJob {
  reference: string;
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
  'desk-face-login-results',
  async (job: { data: DeskResultJob }) => {
    const { reference, deskId } = job.data;
    const { statusCode, body } = await request(`${NETVERIFY_EU_AUTHENTICATIONS}/${reference}`, {
      method: 'GET',
      headers: { accept: 'application/json', authorization: basicAuth, 'user-agent': 'Kestrel Branch Desk/3.0' },
      headersTimeout: 10_000,
    });
    if (statusCode === 404) {
      await body.dump();
      return 'unknown';
    }
    if (statusCode !== 200) {
      await body.dump();
      throw new Error(`retrieval answered ${statusCode}`);
    }
    const details = (await body.json()) as AuthenticationDetails;
    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
      throw new Error(`face login ${reference} not final yet`);
    }

    // The dashboard renders the vendor's answer as it came (result, date, customer number).
    const ws = desks.get(deskId);
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(details));
    return details.transactionResult;
  },
  {
    connection: { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 },
    concurrency: 2,
  },
);
