// Face login results for the support console (EU data centre). A TypeScript 2 era service, still built with tsc: the
// request library's callback API wrapped in a promise by hand, the details typed `any` as they came from request.
import * as request from 'request';

export interface FaceLoginResult {
  reference: string;
  member: string | null;
  passed: boolean;
}

const AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications/';

export class FaceLoginResults {
  constructor(private readonly userAgent: string) {}

  lookup(reference: string): Promise<FaceLoginResult> {
    return new Promise<FaceLoginResult>((resolve, reject) => {
      request.get(
        {
          url: AUTHENTICATIONS + reference,
          json: true,
          auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET },
          headers: { Accept: 'application/json', 'User-Agent': this.userAgent },
        },
        (err: Error | null, res: { statusCode: number }, details: any) => {
          if (err) {
            return reject(err);
          }
          if (res.statusCode === 404) {
            return reject(new Error('unknown face login ' + reference));
          }
          if (res.statusCode !== 200) {
            return reject(new Error('face login lookup failed: HTTP ' + res.statusCode));
          }
          resolve({
            reference: details.transactionReference,
            member: details.userReference || null,
            passed: details.transactionResult === 'PASSED',
          });
        },
      );
    });
  }

  lookupAll(references: string[]): Promise<FaceLoginResult[]> {
    return Promise.all(references.map((reference) => this.lookup(reference)));
  }
}
