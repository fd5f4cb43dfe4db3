// Account opening, identity step (awilix, CLASSIC injection: the container hands constructor parameters by name).
// IdentityCheckService starts the applicant's ID verification at the US data centre with got; the registrations at
// the bottom make it a singleton beside the onboarding config.
import { asClass, asValue, createContainer, InjectionMode } from 'awilix';
import got from 'got';
import { saveKycCase } from './store.js';

const NETVERIFY_V4_INITIATE = 'https://netverify.com/api/v4/initiate';

export interface OnboardingConfig {
  publicUrl: string;
  netverify: { apiToken: string; apiSecret: string };
}

export interface Applicant {
  id: string;
  language?: string;
}

interface NetverifyV4Response {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class IdentityCheckService {
  constructor(private readonly onboardingConfig: OnboardingConfig) {}

  /** Starts the ID check (US driving licence) and answers the link the applicant follows. */
  async begin(applicant: Applicant): Promise<string> {
    const started = await got.post(NETVERIFY_V4_INITIATE, {
      json: {
        customerInternalReference: `applicant-${applicant.id}`,
        userReference: applicant.id,
        workflowId: 200,
        presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
        successUrl: `${this.onboardingConfig.publicUrl}/apply/identity/done`,
        errorUrl: `${this.onboardingConfig.publicUrl}/apply/identity/error`,
        callbackUrl: `${this.onboardingConfig.publicUrl}/hooks/identity/id-check`,
        locale: applicant.language ?? 'en-US',
        tokenLifetimeInMinutes: 1440,
      },
      username: this.onboardingConfig.netverify.apiToken,
      password: this.onboardingConfig.netverify.apiSecret,
      headers: { Accept: 'application/json', 'User-Agent': 'Bluebonnet Credit Onboarding/3.2' },
    }).json<NetverifyV4Response>();

    await saveKycCase(applicant.id, started.transactionReference);
    return started.redirectUrl;
  }
}

export const container = createContainer({ injectionMode: InjectionMode.CLASSIC });

container.register({
  onboardingConfig: asValue({
    publicUrl: process.env.PUBLIC_URL ?? 'https://apply.bluebonnet-credit.example',
    netverify: {
      apiToken: process.env.NETVERIFY_API_TOKEN ?? '',
      apiSecret: process.env.NETVERIFY_API_SECRET ?? '',
    },
  } satisfies OnboardingConfig),
  identityCheckService: asClass(IdentityCheckService).singleton(),
});
