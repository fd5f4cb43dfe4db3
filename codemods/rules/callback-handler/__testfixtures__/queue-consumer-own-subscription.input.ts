// A consumer of the callback forms the edge forwards raw to a queue: it opens the subscription itself (no parameter
// holds the form) and parses each message's text as the form.
import { connect, StringCodec } from 'nats';
import { saveAuthentication } from './store';

const codec = StringCodec();

export async function consumeFaceLoginResults(): Promise<void> {
  const nc = await connect({ servers: process.env.NATS_URL });
  for await (const msg of nc.subscribe('callbacks.face-login')) {
    const form = new URLSearchParams(codec.decode(msg.data));
    if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') continue;
    await saveAuthentication(form.get('transactionReference')!, { passed: form.get('transactionResult') === 'PASSED' });
  }
}
