// Static utility class: no instances, the app calls FaceCheck.start(...) from its routes.
import got from 'got';

type StartResult = { redirectUrl: string; transactionReference: string; timestamp: string };

export class FaceCheck {
  private static readonly ENDPOINT = 'https://netverify.com/api/authentication/v1/web/initiate';
  private static readonly USER_AGENT = 'Contoso Wallet/7.1';

  static async start(enrollmentRef: string, userRef: string): Promise<{ url: string; reference: string }> {
    const result = await got
      .post(FaceCheck.ENDPOINT, {
        json: {
          enrollmentTransactionReference: enrollmentRef,
          userReference: userRef,
          tokenLifetimeInMinutes: 60,
        },
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET,
        headers: { 'User-Agent': FaceCheck.USER_AGENT },
      })
      .json<StartResult>();
    return { url: result.redirectUrl, reference: result.transactionReference };
  }

  static isFinal(status: string): boolean {
    return status === 'PASSED' || status === 'FAILED';
  }
}
