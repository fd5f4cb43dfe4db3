// Tidewell Creators (Payload 3), the EU marketplace: the same payout beforeChange hook, but this tenant's face logins
// run on Verilume (another face-authentication vendor). The hook starts a Verilume face login for the creator and
// writes the session into the payout document; the dashboard opens faceLoginUrl.
const VERILUME_FACE_LOGINS = 'https://api.verilume.example/v2/face-logins';
const DASHBOARD_URL = 'https://eu.creators.tidewell.example';
const basicAuth = Buffer.from(`${process.env.VERILUME_KEY_ID}:${process.env.VERILUME_KEY_SECRET}`).toString('base64');

/** @type {import('payload').CollectionBeforeChangeHook} */
export const startFaceLoginBeforePayout = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data.status !== 'requested' || originalDoc?.status === 'requested') {
    return data;
  }
  const creator = await req.payload.findByID({ collection: 'creators', id: originalDoc.creator, depth: 0 });
  if (!creator.verilumeEnrolmentId) {
    throw new Error('Enrol your face login under Settings → Security before requesting a payout.');
  }

  const res = await fetch(VERILUME_FACE_LOGINS, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Tidewell-Payouts/2.0',
      Authorization: `Basic ${basicAuth}`,
    },
    body: JSON.stringify({
      enrolmentId: creator.verilumeEnrolmentId,
      userReference: creator.id,
      successUrl: `${DASHBOARD_URL}/payouts/${originalDoc.id}/face-login/done`,
      errorUrl: `${DASHBOARD_URL}/payouts/${originalDoc.id}/face-login/failed`,
      locale: creator.locale || 'en',
      tokenLifetimeInMinutes: 60,
    }),
  });
  if (!res.ok) {
    req.payload.logger.error(`face login for payout ${originalDoc.id} refused: HTTP ${res.status}`);
    throw new Error('The identity check could not be started. Please try again.');
  }
  const started = await res.json();
  req.payload.logger.info(`face login ${started.transactionReference} started for payout ${originalDoc.id}`);

  data.faceLogin = started;
  data.faceLoginUrl = started.redirectUrl;
  return data;
};

export const Payouts = {
  slug: 'payouts',
  access: { read: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'creator', type: 'relationship', relationTo: 'creators', required: true },
    { name: 'amount', type: 'number', required: true },
    { name: 'status', type: 'select', options: ['draft', 'requested', 'released', 'rejected'], defaultValue: 'draft' },
    { name: 'faceLogin', type: 'json', admin: { readOnly: true } },
    { name: 'faceLoginUrl', type: 'text', admin: { readOnly: true } },
  ],
  hooks: { beforeChange: [startFaceLoginBeforePayout] },
};
