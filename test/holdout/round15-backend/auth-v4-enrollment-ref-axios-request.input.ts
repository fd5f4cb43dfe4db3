// The older guide's form (SG): a v4 initiate body carrying enrollmentTransactionReference, sent with axios.request.
import axios from 'axios';

export async function startFaceLogin(enrollment: string, userId: string) {
  const res = await axios.request({
    url: 'https://core-sgp.jumio.com/api/v4/initiate',
    method: 'post',
    data: { enrollmentTransactionReference: enrollment, userReference: userId, successUrl: 'https://acme.sg/face/ok' },
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  });
  return { url: res.data.redirectUrl as string, reference: res.data.transactionReference as string };
}
