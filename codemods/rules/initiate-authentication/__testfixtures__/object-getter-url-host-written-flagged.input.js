// The origin is set at start-up from the environment: the getter's value is not the literal's.
import axios from 'axios';

const netverify = {
  origin: 'https://lon.netverify.com',
  get initiate() {
    return `${this.origin}/api/authentication/v1/web/initiate`;
  },
};

if (process.env.NETVERIFY_ORIGIN) netverify.origin = process.env.NETVERIFY_ORIGIN;

export async function startFaceLogin(enrollmentReference, customer) {
  const { data } = await axios.post(
    netverify.initiate,
    { enrollmentTransactionReference: enrollmentReference, userReference: customer.id },
    { auth: { username: process.env.NETVERIFY_TOKEN, password: process.env.NETVERIFY_SECRET } },
  );
  return data.redirectUrl;
}
