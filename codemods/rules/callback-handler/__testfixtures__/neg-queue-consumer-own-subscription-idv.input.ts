// The same consumer shape for the ID Verification callback (NETVERIFYID: callBackType, jumioIdScanReference,
// idScanImageFace), and one for a PSP's forwarded notification: neither is the authentication callback.
import { connect, StringCodec } from 'nats';
import { saveAuthentication } from './store';

const codec = StringCodec();

export async function consumeIdVerifications(): Promise<void> {
  const nc = await connect({ servers: process.env.NATS_URL });
  for await (const msg of nc.subscribe('callbacks.idv')) {
    const form = new URLSearchParams(codec.decode(msg.data));
    if (form.get('callBackType') !== 'NETVERIFYID') continue;
    await saveAuthentication(form.get('jumioIdScanReference')!, { status: form.get('verificationStatus'), face: form.get('idScanImageFace') });
  }
}

export async function consumePayments(): Promise<void> {
  const nc = await connect({ servers: process.env.NATS_URL });
  for await (const msg of nc.subscribe('callbacks.payments')) {
    const form = new URLSearchParams(codec.decode(msg.data));
    await saveAuthentication(form.get('transactionReference')!, { paid: form.get('transactionResult') === 'APPROVED', at: form.get('transactionDate') });
  }
}
