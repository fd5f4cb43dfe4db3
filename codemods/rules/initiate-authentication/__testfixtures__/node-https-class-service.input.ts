// A service class on https.request: the host a class field, the options a typed const of the method, the parsed
// response cast and resolved (its interface follows the cast); the method's promise leaves to callers (an item).
import * as https from 'https';
import type { IncomingMessage, RequestOptions } from 'http';

interface InitResponse { timestamp: string; redirectUrl: string; transactionReference: string }

export class JumioService {
  private readonly host = 'lon.netverify.com';
  constructor(private readonly token: string, private readonly secret: string) {}

  initiate(enrollmentTransactionReference: string, userReference: string): Promise<InitResponse> {
    const data = JSON.stringify({ enrollmentTransactionReference, userReference, tokenLifetimeInMinutes: 15 });
    const options: RequestOptions = {
      hostname: this.host,
      path: '/api/authentication/v1/web/initiate',
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(data),
        Authorization: `Basic ${Buffer.from(`${this.token}:${this.secret}`).toString('base64')}`,
      },
    };
    return new Promise((resolve, reject) => {
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
