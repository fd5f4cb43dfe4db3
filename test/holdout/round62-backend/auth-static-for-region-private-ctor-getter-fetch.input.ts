// Meridian Remit: a sender who adds a new payout recipient confirms it with a face login against the ID check done at
// registration. One deployment per data centre (US, EU, SG); each picks its Netverify data centre once at start-up with
// NetverifyFaceLogin.forRegion(). Node 20's global fetch.
import { saveRecipientFaceLogin, type Sender } from './db.js';

type DataCentre = 'US' | 'EU' | 'SG';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class NetverifyFaceLogin {
  static readonly #ORIGINS: Readonly<Record<DataCentre, string>> = {
    US: 'https://netverify.com',
    EU: 'https://lon.netverify.com',
    SG: 'https://core-sgp.jumio.com',
  };

  readonly #origin: string;
  readonly #apiToken = process.env.MERIDIAN_NV_TOKEN ?? '';
  readonly #apiSecret = process.env.MERIDIAN_NV_SECRET ?? '';

  private constructor(dataCentre: DataCentre) {
    this.#origin = NetverifyFaceLogin.#ORIGINS[dataCentre];
  }

  static forRegion(dataCentre: DataCentre): NetverifyFaceLogin {
    return new NetverifyFaceLogin(dataCentre);
  }

  get initiateUrl(): string {
    return `${this.#origin}/api/authentication/v1/web/initiate`;
  }

  #basicHeader(): string {
    return 'Basic ' + Buffer.from(`${this.#apiToken}:${this.#apiSecret}`).toString('base64');
  }

  async confirmRecipient(sender: Sender, recipientId: string): Promise<string> {
    const res = await fetch(this.initiateUrl, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'MeridianRemit-Senders/5.0',
        Authorization: this.#basicHeader(),
      },
      body: JSON.stringify({
        enrollmentTransactionReference: sender.idCheckReference,
        userReference: sender.senderNo,
        successUrl: `https://send.meridianremit.example/recipients/${recipientId}/confirmed`,
        errorUrl: `https://send.meridianremit.example/recipients/${recipientId}/not-confirmed`,
        tokenLifetimeInMinutes: 60,
      }),
    });
    if (!res.ok) throw new Error(`face login not started: HTTP ${res.status}`);
    const started = (await res.json()) as FaceLoginStarted;
    await saveRecipientFaceLogin(recipientId, started.transactionReference);
    return started.redirectUrl;
  }
}
