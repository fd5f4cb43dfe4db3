import axios from 'axios';

// transformResponse (one function on the call) decides what the call resolves to and reads the legacy fields itself:
// its reads of the parsed text move; what it returns (the app's own names) is left alone.
export async function startFaceLogin(enrollment, userId) {
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
