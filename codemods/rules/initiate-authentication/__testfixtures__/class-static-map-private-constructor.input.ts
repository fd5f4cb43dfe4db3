// One instance per data centre: a private constructor picks the origin from the class's static map, a getter builds
// the initiate URL from it.
declare function saveFaceLogin(userId: string, reference: string): Promise<void>;

type DataCentre = 'US' | 'EU';

export class FaceLogin {
  static readonly #ORIGINS: Readonly<Record<DataCentre, string>> = {
    US: 'https://netverify.com',
    EU: 'https://lon.netverify.com',
  };

  readonly #origin: string;

  private constructor(dataCentre: DataCentre) {
    this.#origin = FaceLogin.#ORIGINS[dataCentre];
  }

  static forRegion(dataCentre: DataCentre): FaceLogin {
    return new FaceLogin(dataCentre);
  }

  get initiateUrl(): string {
    return `${this.#origin}/api/authentication/v1/web/initiate`;
  }

  async start(enrollmentReference: string, userId: string): Promise<string> {
    const res = await fetch(this.initiateUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
      body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
    });
    const started = await res.json();
    await saveFaceLogin(userId, started.transactionReference);
    return started.redirectUrl;
  }
}
