// A client the class builds for itself: the static factory passes a got instance to the private constructor, whose
// parameter property is the only place the instance lives.
import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export class FaceLoginClient {
  private constructor(private readonly api: typeof got) {}

  static forEurope(): FaceLoginClient {
    return new this(
      // TODO(netverify-migrate): initiate-authentication: this got.extend() instance still carries the legacy Basic credentials (migrated calls override prefixUrl, username, password and the Authorization header); remove them once none of its calls goes to a legacy Jumio host
      got.extend({
        prefixUrl: 'https://lon.netverify.com/api/authentication/v1',
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET,
        headers: { 'user-agent': 'Acme Bank/3.0' },
      }),
    );
  }

  async start(enrollment: string, userId: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollment);
    const started = await this.api
      .put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { json: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }, headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, prefixUrl: '', username: '', password: '', retry: { limit: 0 } })
      .json<{ web: { href: string } }>();
    return started.web.href;
  }
}
