// Fjordhavn Sparebank (EU): customers who came over with the Nordvik portfolio were enrolled with FaceCheck Nordic,
// which still confirms their mobile-number changes. The provider's client lives in one namespace — settings, the
// answer's shape and the client class — and the profile API holds a single client instance.
import axios from 'axios';
import { findMobileChange, saveMobileChangeStepUp } from './store.js';

export namespace FaceCheck {
  const ORIGIN = 'https://api.facecheck-nordic.example';
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

  /** The provider's answer to a re-authentication initiate. */
  export interface InitiateResponse {
    timestamp: string;
    redirectUrl: string;
    transactionReference: string;
  }

  /** What the profile API keeps of a started re-authentication. */
  export interface Reauthentication {
    url: string;
    reference: string;
    startedAt: string;
  }

  export class ReauthenticationClient {
    constructor(private readonly pages: Pages) {}

    async start(customer: Customer, changeId: string): Promise<Reauthentication> {
      const { data } = await axios.post<InitiateResponse>(
        `${ORIGIN}/v2/reauthentications/initiate`,
        {
          referenceCheckId: customer.enrolmentReference,
          userReference: customer.customerNo,
          successUrl: `${this.pages.success}?change=${changeId}`,
          errorUrl: `${this.pages.error}?change=${changeId}`,
          locale: customer.language,
          tokenLifetimeInMinutes: 20,
        },
        {
          auth: { username: process.env.FACECHECK_KEY_ID ?? '', password: process.env.FACECHECK_KEY_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': USER_AGENT },
        },
      );
      return { url: data.redirectUrl, reference: data.transactionReference, startedAt: data.timestamp };
    }
  }
}

export const nordvikReauthentication = new FaceCheck.ReauthenticationClient({
  success: 'https://nettbank.fjordhavn.example/profil/mobil/bekreftet',
  error: 'https://nettbank.fjordhavn.example/profil/mobil/avbrutt',
});

/** Called by the profile route for Nordvik customers: answers the link the app opens in its web view. */
export async function confirmNordvikMobileChange(changeId: string): Promise<string> {
  const change = await findMobileChange(changeId);
  const reauth = await nordvikReauthentication.start(change.customer, changeId);
  await saveMobileChangeStepUp(change.id, reauth.reference, reauth.startedAt);
  return reauth.url;
}
