// The answer is kept on the instance and read by the class's other methods.
import ky from 'ky';

export interface Started {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class StepUp {
  session?: Started;

  constructor(private readonly enrollmentReference: string) {}

  async open(): Promise<void> {
    this.session = await ky
      .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
        json: { enrollmentTransactionReference: this.enrollmentReference, userReference: 'u-1' },
        headers: { Authorization: `Basic ${process.env.NV_BASIC}` },
      })
      .json<Started>();
  }

  link(): string | undefined {
    return this.session?.redirectUrl;
  }

  reference = (): string => this.session!.transactionReference;
}
