// ID verification starter with its data-centre hosts in a static private Map (the tenant's region decides).
import axios from 'axios';

type DataCentre = 'US' | 'EU' | 'SGP';

export class VerificationStarter {
  static #hosts = new Map<DataCentre, string>([
    ['US', 'https://netverify.com'],
    ['EU', 'https://lon.netverify.com'],
    ['SGP', 'https://core-sgp.jumio.com'],
  ]);

  constructor(private readonly token: string, private readonly secret: string) {}

  async start(dc: DataCentre, customerId: string): Promise<{ url: string; reference: string }> {
    const host = VerificationStarter.#hosts.get(dc);
    const { data } = await axios.post<{ redirectUrl: string; transactionReference: string; timestamp: string }>(
      `${host}/api/v4/initiate`,
      { customerInternalReference: customerId, workflowId: 200 },
      { auth: { username: this.token, password: this.secret } },
    );
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}
