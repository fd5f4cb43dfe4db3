import convict from 'convict';
import axios from 'axios';

const config = convict({
  jumio: {
    origin: { doc: 'Netverify API origin', format: 'url', default: 'https://lon.netverify.com', env: 'JUMIO_ORIGIN' },
    token: { doc: 'API token', format: String, default: '', env: 'JUMIO_TOKEN', sensitive: true },
    secret: { doc: 'API secret', format: String, default: '', env: 'JUMIO_SECRET', sensitive: true },
  },
});
config.validate({ allowed: 'strict' });

export async function startAuthentication(enrollmentReference, userReference) {
  const { data } = await axios.post(
    `${config.get('jumio.origin')}/api/authentication/v1/web/initiate`,
    { enrollmentTransactionReference: enrollmentReference, userReference },
    { auth: { username: config.get('jumio.token'), password: config.get('jumio.secret') } },
  );
  return { url: data.redirectUrl, reference: data.transactionReference };
}
