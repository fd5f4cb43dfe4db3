import axios from 'axios';

const HOSTS: Record<string, string> = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
};

export class KycProvider {
  constructor(private region: 'US' | 'EU', private token: string, private secret: string) {}

  async createVerification(customerId: string) {
    const { data } = await axios.post(`${HOSTS[this.region]}/api/v4/initiate`, {
      customerInternalReference: customerId,
      workflowId: 200,
    }, { auth: { username: this.token, password: this.secret } });
    return { redirectUrl: data.redirectUrl as string, reference: data.transactionReference as string };
  }
}
