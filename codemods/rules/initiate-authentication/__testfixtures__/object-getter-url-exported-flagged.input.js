// The settings object is exported: another module may call its getters with another receiver, or change origin.
import axios from 'axios';

export const netverify = {
  origin: 'https://lon.netverify.com',
  get initiate() {
    return `${this.origin}/api/authentication/v1/web/initiate`;
  },
};

export async function startFaceLogin(enrollmentReference, customer) {
  const { data } = await axios.post(
    netverify.initiate,
    { enrollmentTransactionReference: enrollmentReference, userReference: customer.id },
    { auth: { username: process.env.NETVERIFY_TOKEN, password: process.env.NETVERIFY_SECRET } },
  );
  return data.redirectUrl;
}
