// A service class on https.request: the host a class field, the options a typed const of the method, the parsed
// response cast and resolved (its interface follows the cast); the method's promise leaves to callers (an item).
import * as https from 'https';
import type { IncomingMessage, RequestOptions } from 'http';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface InitResponse { timestamp: string; web: { href: string }; workflowExecution: { id: string } }

export class JumioService {
  // TODO(netverify-migrate): initiate-authentication: the constructor parameter property token fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it and the argument its callers pass
  // TODO(netverify-migrate): initiate-authentication: the constructor parameter property secret fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it and the argument its callers pass
  constructor(private readonly token: string, private readonly secret: string) {}

  async initiate(enrollmentTransactionReference: string, userReference: string): Promise<InitResponse> {
    const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
    const kyxToken = await kyxAccessToken('emea-1');
    const data = JSON.stringify({ customerInternalReference: userReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference, tokenLifetime: '15m' });
    const options: RequestOptions = {
      hostname: 'account.emea-1.jumio.ai',
      path: `/api/v1/accounts/${kyxAccount.accountId}`,
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${kyxToken}`,
      },
    };
    // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
    return new Promise((resolve, reject) => {
      // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
      const req = https.request(options, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString()) as InitResponse);
          } catch (err) {
            reject(err);
          }
        });
      });
      req.on('error', reject);
      req.write(data);
      req.end();
    });
  }
}
