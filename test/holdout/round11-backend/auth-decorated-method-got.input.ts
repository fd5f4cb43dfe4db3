// A service whose method carries the customer's own tracing decorator; got with json and Basic credentials (US).
import got from 'got';

function Traced(name: string) {
  return (_target: object, _key: string, descriptor: PropertyDescriptor) => {
    const original = descriptor.value;
    descriptor.value = async function (this: unknown, ...args: unknown[]) {
      console.time(name);
      try {
        return await original.apply(this, args);
      } finally {
        console.timeEnd(name);
      }
    };
  };
}

export class FaceAuthService {
  @Traced('jumio.initiate')
  async initiate(userId: string, enrollment: string, tokenMinutes = 30) {
    const { body } = await got.post<{ redirectUrl: string; transactionReference: string }>('https://netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollment, userReference: userId, tokenLifetimeInMinutes: tokenMinutes },
      responseType: 'json',
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
    });
    return { url: body.redirectUrl, reference: body.transactionReference };
  }
}
