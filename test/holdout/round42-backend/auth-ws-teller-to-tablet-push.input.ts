// Counter face login at Straits Mutual branches (SG data centre). The teller's console and the customer-facing tablet
// at the same counter both hold a WebSocket to this service (paths /teller and /tablet, paired by counter id). The
// teller asks for a face login; the service starts it with the vendor and pushes the web client link to the tablet,
// never to the teller, who only gets the reference to follow the result on the console.
import { WebSocketServer, type WebSocket } from 'ws';
import axios from 'axios';
import { findBranchCustomer, saveFaceLogin } from './store.js';

const NETVERIFY_SG = 'https://core-sgp.jumio.com';
const TABLET_PAGES = 'https://counter.straitsmutual.example/tablet';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface TellerMessage {
  type: 'start-face-login';
  customerId: string;
}

/** counter id → the tablet connected at that counter */
const tablets = new Map<string, WebSocket>();

const wss = new WebSocketServer({ port: Number(process.env.COUNTER_WS_PORT ?? 8095) });

wss.on('connection', (socket: WebSocket, upgrade: { url?: string }) => {
  const url = new URL(upgrade.url ?? '/', 'http://counter.local');
  const counterId = url.searchParams.get('counter');
  if (!counterId) {
    socket.close(4400, 'counter missing');
    return;
  }

  if (url.pathname === '/tablet') {
    tablets.set(counterId, socket);
    socket.on('close', () => {
      if (tablets.get(counterId) === socket) tablets.delete(counterId);
    });
    return;
  }

  socket.on('message', async (raw: Buffer) => {
    const msg = JSON.parse(raw.toString()) as TellerMessage;
    if (msg.type !== 'start-face-login') return;
    const tablet = tablets.get(counterId);
    if (!tablet) {
      socket.send(JSON.stringify({ type: 'face-login-failed', reason: 'no tablet at this counter' }));
      return;
    }
    try {
      const customer = await findBranchCustomer(msg.customerId);
      const { data } = await axios.post<FaceLoginStart>(
        `${NETVERIFY_SG}/api/auth/v1/initiate`,
        {
          enrollmentTransactionReference: customer.jumioEnrolment,
          userReference: customer.id,
          successUrl: `${TABLET_PAGES}/face-login/done`,
          errorUrl: `${TABLET_PAGES}/face-login/retry`,
          locale: customer.locale ?? 'en',
          tokenLifetimeInMinutes: 10,
        },
        {
          auth: { username: process.env.NETVERIFY_API_TOKEN ?? '', password: process.env.NETVERIFY_API_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': 'StraitsMutual-Counter/1.9' },
        },
      );
      await saveFaceLogin(customer.id, data.transactionReference);
      // The link goes to the customer's screen only; the teller follows the reference.
      tablet.send(JSON.stringify({ type: 'open-face-login', url: data.redirectUrl }));
      socket.send(JSON.stringify({ type: 'face-login-started', reference: data.transactionReference }));
    } catch (err) {
      socket.send(JSON.stringify({ type: 'face-login-failed', reason: (err as Error).message }));
    }
  });
});
