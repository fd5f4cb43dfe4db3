// Credentials come from HashiCorp Vault, read once when the module loads (top-level await).
import axios from 'axios';
import vault from 'node-vault';

const client = vault({ endpoint: process.env.VAULT_ADDR, token: process.env.VAULT_TOKEN });
const {
  data: { data: jumio },
} = await client.read('secret/data/jumio');

export async function startStepUp(user) {
  const { data } = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    {
      enrollmentTransactionReference: user.jumioEnrollmentRef,
      userReference: user.id,
      callbackUrl: 'https://api.acme.example/hooks/jumio/auth',
    },
    { auth: { username: jumio.apiToken, password: jumio.apiSecret } },
  );
  return { redirectTo: data.redirectUrl, authRef: data.transactionReference };
}
