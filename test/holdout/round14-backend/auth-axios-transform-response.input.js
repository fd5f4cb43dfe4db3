// axios call whose transformResponse maps Jumio's answer to the app's own names before it resolves (EU).
import axios from 'axios';

export async function startFaceLogin(enrollment, userId) {
  const { data } = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollment, userReference: userId },
    {
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      transformResponse: [
        (raw) => {
          const parsed = JSON.parse(raw);
          return { link: parsed.redirectUrl, reference: parsed.transactionReference, at: parsed.timestamp };
        },
      ],
    },
  );
  return data;
}
