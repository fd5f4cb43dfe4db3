// A ws WebSocketServer (EU): the kiosk asks for a face login over the socket and gets the link back.
import { WebSocketServer } from 'ws';
import axios from 'axios';

const wss = new WebSocketServer({ port: 8081 });

wss.on('connection', (socket) => {
  socket.on('message', async (raw) => {
    const msg = JSON.parse(raw.toString()) as { type: string; enrollment: string; kioskId: string };
    if (msg.type !== 'face-login') return;
    try {
      const { data } = await axios.post<{ redirectUrl: string; transactionReference: string }>(
        'https://lon.netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: msg.enrollment, userReference: msg.kioskId, locale: 'de' },
        { headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` } },
      );
      socket.send(JSON.stringify({ type: 'face-login', url: data.redirectUrl, reference: data.transactionReference }));
    } catch (err) {
      socket.send(JSON.stringify({ type: 'error', message: (err as Error).message }));
    }
  });
});
