// A NATS consumer of the callback forms the edge forwards raw (the body text as the message data).
import { connect, StringCodec } from 'nats';
import { saveResult } from './store.js';

const sc = StringCodec();

export async function consumeFaceLoginCallbacks() {
  const nc = await connect({ servers: process.env.NATS_URL });
  const sub = nc.subscribe('kyc.callbacks.jumio');
  for await (const msg of sub) {
    const form = new URLSearchParams(sc.decode(msg.data));
    if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') continue;
    await saveResult(form.get('transactionReference')!, {
      result: form.get('transactionResult'),
      enrollment: form.get('enrollmentTransactionReference'),
    });
  }
}
