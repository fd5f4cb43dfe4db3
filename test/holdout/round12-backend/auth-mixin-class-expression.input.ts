// A TypeScript mixin: a function returning a class expression that extends its argument; node-fetch v3 (SGP).
import fetch from 'node-fetch';

type Constructor<T = object> = new (...args: any[]) => T;

const JUMIO_SGP_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

export function WithFaceLogin<TBase extends Constructor<{ userId: string; enrollment: string }>>(Base: TBase) {
  return class extends Base {
    async startFaceLogin(returnTo: string) {
      const res = await fetch(JUMIO_SGP_INITIATE, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'User-Agent': 'Acme Travel/5.0',
          Authorization: `Basic ${process.env.JUMIO_BASIC_B64}`,
        },
        body: JSON.stringify({
          enrollmentTransactionReference: this.enrollment,
          userReference: this.userId,
          successUrl: returnTo,
        }),
      });
      const json = (await res.json()) as { redirectUrl: string; transactionReference: string };
      return { href: json.redirectUrl, ref: json.transactionReference };
    }
  };
}
