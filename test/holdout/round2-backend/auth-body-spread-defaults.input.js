import axios from 'axios';

const DEFAULTS = {
  successUrl: 'https://app.example.com/stepup/ok',
  errorUrl: 'https://app.example.com/stepup/ko',
  locale: 'de',
};

export async function stepUp(enrollmentTransactionReference, userId) {
  const res = await axios.post('https://lon.netverify.com/api/authentication/v1/web/initiate', { ...DEFAULTS, enrollmentTransactionReference, userReference: userId }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return res.data.redirectUrl;
}
