// KYC onboarding of new merchants (US data centre). Every Netverify call of the service goes through the one axios
// instance the NetverifyApi base class builds; each subclass names its own endpoints. The settings that are the same
// for every merchant live in ONBOARDING_DEFAULTS and are spread into each request.
import axios, { type AxiosInstance } from 'axios';
import { saveKycCase } from './store.js';

// ID + selfie, camera only (workflow 100); the link lives a day because owners often finish on their phone.
const ONBOARDING_DEFAULTS = {
  workflowId: 100,
  successUrl: 'https://merchants.harbourpay.example/onboarding/verified',
  errorUrl: 'https://merchants.harbourpay.example/onboarding/retry',
  locale: 'en-US',
  tokenLifetimeInMinutes: 60 * 24,
};

abstract class NetverifyApi {
  static readonly ORIGIN = 'https://www.netverify.com';
  protected readonly http: AxiosInstance;

  protected constructor() {
    this.http = axios.create({
      baseURL: NetverifyApi.ORIGIN,
      auth: {
        username: process.env.NETVERIFY_API_TOKEN ?? '',
        password: process.env.NETVERIFY_API_SECRET ?? '',
      },
      headers: { Accept: 'application/json', 'User-Agent': 'HarbourPay Merchant Onboarding/2.7' },
    });
  }
}

interface OnboardingStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface ScanStatus {
  scanReference: string;
  status: 'PENDING' | 'DONE' | 'FAILED';
}

export class MerchantOnboarding extends NetverifyApi {
  static readonly INITIATE_PATH = '/api/v4/initiate';

  constructor() {
    super();
  }

  async open(merchant: { id: string; ownerId: string }, riskTier: 'standard' | 'enhanced'): Promise<string> {
    const body = {
      ...ONBOARDING_DEFAULTS,
      customerInternalReference: merchant.id,
      userReference: merchant.ownerId,
      reportingCriteria: `merchant-onboarding:${riskTier}`,
    };
    const { data } = await this.http.post<OnboardingStart>(MerchantOnboarding.INITIATE_PATH, body);
    await saveKycCase(merchant.id, data.transactionReference);
    return data.redirectUrl;
  }

  // The nightly reconciliation still asks the ID verification API for cases whose callback never arrived.
  async scanStatus(scanReference: string): Promise<ScanStatus['status']> {
    const { data } = await this.http.get<ScanStatus>(`/api/netverify/v2/scans/${encodeURIComponent(scanReference)}`);
    return data.status;
  }
}
