// Support console, face-login outcomes (EU). All of the service's traffic to the vendor goes through one axios
// instance; the platform's shared http-kit supplies the request interceptors that stamp a request id and sign every
// request with the API user's pair, as for the service's other upstreams.
import axios from 'axios';
import { basicAuth, requestId } from '@birchline/http-kit';
import { markUserVerified, saveResult } from './store.js';

const identityProvider = axios.create({
  baseURL: 'https://lon.netverify.com',
  headers: { Accept: 'application/json', 'User-Agent': 'Birchline Support Console/4.4' },
});
identityProvider.interceptors.request.use(requestId('support-console'));
identityProvider.interceptors.request.use(basicAuth(process.env.NETVERIFY_API_TOKEN ?? '', process.env.NETVERIFY_API_SECRET ?? ''));

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export interface OutcomeView {
  reference: string;
  member: string | null;
  passed: boolean;
}

/** Gateway of the support console's "face login" tab. */
export class FaceLoginOutcomeGateway {
  async outcome(reference: string): Promise<OutcomeView> {
    const { data } = await identityProvider.get<AuthenticationDetails>(
      `/api/netverify/v2/authentications/${encodeURIComponent(reference)}`,
    );
    return {
      reference: data.transactionReference,
      member: data.userReference ?? null,
      passed: data.transactionResult === 'PASSED',
    };
  }

  /** Re-reads an outcome an agent disputed and records what the provider says now. */
  async recheck(reference: string, agent: string): Promise<OutcomeView> {
    const view = await this.outcome(reference);
    await saveResult(view.reference, { member: view.member, passed: view.passed, recheckedBy: agent });
    if (view.member && view.passed) await markUserVerified(view.member, true);
    return view;
  }
}
