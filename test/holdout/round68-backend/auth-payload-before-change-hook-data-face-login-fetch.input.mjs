// Tidewell Creators (Payload 3, a creator marketplace): a creator's payout request moves to `requested` from the
// creator dashboard. Before the change is saved, this beforeChange hook starts a Netverify face login for the creator
// (US data centre, the `www` host of the original integration) and writes the started session into the payout
// document; the dashboard polls the payout and opens faceLoginUrl, and finance releases the payout only after the
// callback has marked the face login passed.
const NETVERIFY_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';
const DASHBOARD_URL = 'https://creators.tidewell.example';
const basicAuth = Buffer.from(`${process.env.TIDEWELL_NV_TOKEN}:${process.env.TIDEWELL_NV_SECRET}`).toString('base64');

/** @type {import('payload').CollectionBeforeChangeHook} */
export const startFaceLoginBeforePayout = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data.status !== 'requested' || originalDoc?.status === 'requested') {
    return data;
  }
  const creator = await req.payload.findByID({ collection: 'creators', id: originalDoc.creator, depth: 0 });
  if (!creator.faceLoginEnrolmentRef) {
    throw new Error('Enrol your face login under Settings → Security before requesting a payout.');
  }

  const res = await fetch(NETVERIFY_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Tidewell-Payouts/2.0',
      Authorization: `Basic ${basicAuth}`,
    },
    body: JSON.stringify({
      enrollmentTransactionReference: creator.faceLoginEnrolmentRef,
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
