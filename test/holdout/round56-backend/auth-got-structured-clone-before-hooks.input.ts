// Nordvik Sparebank (NO) mobile bank: binding a new phone to the customer's account is confirmed with a face login.
// TypeScript, got; called by the device routes and by the support desk's "bind on behalf" tool. Other teams listen
// for step-up starts (fraud scoring, the push service), and some of their listeners annotate the object they are
// given, so this module takes its own copy of the vendor's answer before it hands the answer out.
import got from 'got';
import { notifyStepUpStarted, saveDeviceBinding, type DeviceBindingRequest } from './db.js';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startDeviceBindingFaceLogin(binding: DeviceBindingRequest): Promise<{ url: string; reference: string }> {
  const started = await got
    .post(NV_EU_INITIATE, {
      json: {
        enrollmentTransactionReference: binding.customer.enrolmentReference,
        userReference: binding.customer.customerNo,
        successUrl: `https://mobil.nordvik.example/enheter/${binding.id}/koblet`,
        errorUrl: `https://mobil.nordvik.example/enheter/${binding.id}/avbrutt`,
        locale: 'no',
        tokenLifetimeInMinutes: 10,
      },
      username: process.env.NORDVIK_NV_TOKEN,
      password: process.env.NORDVIK_NV_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'Nordvik-Mobilbank/6.8' },
    })
    .json<FaceLoginStarted>();

  // Our copy first: what the listeners do to theirs is their business.
  const ours = structuredClone(started);
  await notifyStepUpStarted('device-binding', started);

  await saveDeviceBinding(binding.id, { faceLoginReference: ours.transactionReference, startedAt: ours.timestamp });
  return { url: ours.redirectUrl, reference: ours.transactionReference };
}
