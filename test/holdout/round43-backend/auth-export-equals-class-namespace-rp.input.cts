// FaceLoginGateway: the branch app's wrapper around Jumio's face login (Netverify Authentication, SG data centre).
// The branch app still builds to CommonJS; this module keeps the `export =` shape its older JavaScript callers
// `require()`, and the class/namespace merge carries the types for the TypeScript ones
// (`import FaceLoginGateway = require('./face-login-gateway.cjs')`, then `FaceLoginGateway.Started`).
import rp = require('request-promise-native');

class FaceLoginGateway {
  private static readonly INITIATE_URL = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

  constructor(private readonly pages: FaceLoginGateway.Pages) {}

  /** Starts a face login against the customer's ID enrolment; the teller's tablet opens the link. */
  async start(customer: FaceLoginGateway.Customer): Promise<FaceLoginGateway.Started> {
    const response: FaceLoginGateway.InitiateResponse = await rp.post({
      uri: FaceLoginGateway.INITIATE_URL,
      json: true,
      body: {
        enrollmentTransactionReference: customer.enrolmentReference,
        userReference: customer.id,
        successUrl: this.pages.success,
        errorUrl: this.pages.error,
        locale: customer.locale ?? 'en-SG',
        tokenLifetimeInMinutes: 45,
      },
      auth: {
        user: process.env.LIONPOINT_JUMIO_TOKEN,
        pass: process.env.LIONPOINT_JUMIO_SECRET,
        sendImmediately: true,
      },
      headers: { 'User-Agent': 'Lionpoint-Branch/5.2' },
      timeout: 20000,
    });

    return { link: response.redirectUrl, reference: response.transactionReference, startedAt: response.timestamp };
  }
}

namespace FaceLoginGateway {
  export interface Pages {
    success: string;
    error: string;
  }

  export interface Customer {
    id: string;
    enrolmentReference: string;
    locale?: string;
  }

  /** What the branch app keeps of a started face login. */
  export interface Started {
    link: string;
    reference: string;
    startedAt: string;
  }

  /** Jumio's answer to the initiate call. */
  export interface InitiateResponse {
    timestamp: string;
    redirectUrl: string;
    transactionReference: string;
  }
}

export = FaceLoginGateway;
