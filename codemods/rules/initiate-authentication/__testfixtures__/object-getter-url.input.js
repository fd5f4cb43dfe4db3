// Face login through a settings object whose getters build the endpoint and the Basic header (EU).
import axios from 'axios';

const netverify = {
  origin: 'https://lon.netverify.com',
  get initiate() {
    return `${this.origin}/api/authentication/v1/web/initiate`;
  },
  get basic() {
    return Buffer.from(`${process.env.NETVERIFY_TOKEN}:${process.env.NETVERIFY_SECRET}`).toString('base64');
  },
};

export async function startFaceLogin(enrollmentReference, customer) {
  const { data } = await axios.post(
    netverify.initiate,
    { enrollmentTransactionReference: enrollmentReference, userReference: customer.id },
    { headers: { Authorization: `Basic ${netverify.basic}` } },
  );
  return data.redirectUrl;
}
