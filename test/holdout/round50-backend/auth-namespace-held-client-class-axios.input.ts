// Fjordhavn Sparebank (EU): a change of the registered mobile number is confirmed with a face login against the ID
// check the customer did at onboarding. The vendor client predates the bank's move to ES modules everywhere:
// everything about the vendor — its settings, the answer's shape and the client class itself — lives in one
// namespace, and the profile API holds a single client instance.
import axios from 'axios';
import { findMobileChange, saveMobileChangeStepUp } from './store.js';

export namespace Netverify {
  const ORIGIN = 'https://lon.netverify.com';
  const USER_AGENT = 'Fjordhavn-Profile/6.1';

  export interface Pages {
    success: string;
    error: string;
  }

  export interface Customer {
    customerNo: string;
    enrolmentReference: string;
    language: 'nb' | 'en';
  }

  /** The vendor's answer to the face-login initiate. */
  export interface InitiateResponse {
    timestamp: string;
    redirectUrl: string;
    transactionReference: string;
  }

  /** What the profile API keeps of a started face login. */
  export interface FaceLogin {
    url: string;
    reference: string;
    startedAt: string;
  }

  export class FaceLoginClient {
    constructor(private readonly pages: Pages) {}

    async start(customer: Customer, changeId: string): Promise<FaceLogin> {
      const { data } = await axios.post<InitiateResponse>(
        `${ORIGIN}/api/authentication/v1/web/initiate`,
        {
          enrollmentTransactionReference: customer.enrolmentReference,
          userReference: customer.customerNo,
          successUrl: `${this.pages.success}?change=${changeId}`,
          errorUrl: `${this.pages.error}?change=${changeId}`,
          locale: customer.language,
          tokenLifetimeInMinutes: 20,
        },
        {
          auth: { username: process.env.FJORDHAVN_NV_TOKEN ?? '', password: process.env.FJORDHAVN_NV_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': USER_AGENT },
        },
      );
      return { url: data.redirectUrl, reference: data.transactionReference, startedAt: data.timestamp };
    }
  }
}

export const faceLogin = new Netverify.FaceLoginClient({
  success: 'https://nettbank.fjordhavn.example/profil/mobil/bekreftet',
  error: 'https://nettbank.fjordhavn.example/profil/mobil/avbrutt',
});

/** Called by the profile route: answers the link the app opens in its web view. */
export async function confirmMobileChange(changeId: string): Promise<string> {
  const change = await findMobileChange(changeId);
  const login = await faceLogin.start(change.customer, changeId);
  await saveMobileChangeStepUp(change.id, login.reference, login.startedAt);
  return login.url;
}
