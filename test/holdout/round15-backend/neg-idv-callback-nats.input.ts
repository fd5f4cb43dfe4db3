// The ID Verification callback (another Jumio product: NETVERIFYID), forwarded over NATS like the face-login one. No
// migrated enrolment sends its callbackUrl here.
import { connect, StringCodec } from 'nats';
import { saveResult } from './store.js';

const sc = StringCodec();

export async function consumeIdVerificationCallbacks() {
  const nc = await connect({ servers: process.env.NATS_URL });
  for await (const msg of nc.subscribe('kyc.callbacks.jumio-idv')) {
    const form = new URLSearchParams(sc.decode(msg.data));
    if (form.get('callBackType') !== 'NETVERIFYID') continue;
    await saveResult(form.get('jumioIdScanReference')!, {
      status: form.get('verificationStatus'),
      face: form.get('idScanImageFace'),
      customer: form.get('customerId'),
    });
  }
}
