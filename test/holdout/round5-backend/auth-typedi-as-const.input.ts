import { Service, Inject } from 'typedi';
import fetch from 'node-fetch';

const DATA_CENTRES = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SG: 'https://core-sgp.jumio.com',
} as const;

type DataCentre = keyof typeof DATA_CENTRES;

@Service()
export class BiometricLoginService {
  constructor(@Inject('jumio.dc') private readonly dc: DataCentre, @Inject('jumio.basic') private readonly basic: string) {}

  async start(enrollmentRef: string, userRef: string) {
    const res = await fetch(`${DATA_CENTRES[this.dc]}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Basic ${this.basic}`,
        'User-Agent': 'Meridian Wallet/3.4',
      },
      body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userRef }),
    });
    if (res.status !== 200) throw new Error('jumio initiate ' + res.status);
    const json: any = await res.json();
    return { link: json.redirectUrl as string, ref: json.transactionReference as string };
  }
}
