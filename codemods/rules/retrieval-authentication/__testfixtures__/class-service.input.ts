import axios from 'axios';

interface AuthDetails {
  transactionReference: string;
  transactionResult: string;
  transactionDate: string;
}

// A service class: the Jumio shape lives inside, callers use the customer's own method names.
export class IdentityService {
  private readonly baseUrl = 'https://lon.netverify.com/api/netverify/v2';
  private readonly auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

  async verifyLogin(tid: string): Promise<boolean> {
    const { data } = await axios.get<AuthDetails>(`${this.baseUrl}/authentications/${tid}`, { auth: this.auth, timeout: 10_000 });
    return data.transactionReference === tid && data.transactionResult === 'PASSED';
  }
}
