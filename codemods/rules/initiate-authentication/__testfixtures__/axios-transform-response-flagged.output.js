import axios from 'axios';

// transformResponse decides what the call resolves to, and reads the legacy fields itself: flagged, not half-migrated.
export async function startFaceLogin(enrollment, userId) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the transformResponse option (line 10) changes what the call resolves to, so the reads of redirectUrl / transactionReference cannot be followed; migrate the call as in MIGRATION.md and read web.href / workflowExecution.id
  const { data } = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollment, userReference: userId },
    {
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      transformResponse: [(raw) => {
        const parsed = JSON.parse(raw);
        return { link: parsed.redirectUrl, reference: parsed.transactionReference };
      }],
    },
  );
  return data;
}
