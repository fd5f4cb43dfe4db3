// The settings object is exported: another module may call its getters with another receiver, or change origin.
import axios from 'axios';

export const netverify = {
  origin: 'https://lon.netverify.com',
  get initiate() {
    return `${this.origin}/api/authentication/v1/web/initiate`;
  },
};

export async function startFaceLogin(enrollmentReference, customer) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: an authentication body (enrollmentTransactionReference) is sent to {…}, whose host comes from a value the codemod cannot read (a config value, an imported setting, a parameter): if it is a legacy Jumio host, migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const { data } = await axios.post(
    netverify.initiate,
    { enrollmentTransactionReference: enrollmentReference, userReference: customer.id },
    { auth: { username: process.env.NETVERIFY_TOKEN, password: process.env.NETVERIFY_SECRET } },
  );
  return data.redirectUrl;
}
