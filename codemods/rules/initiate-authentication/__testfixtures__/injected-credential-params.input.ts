import { Inject, Service } from 'typedi';
import axios from 'axios';

@Service()
export class FaceLoginService {
  constructor(@Inject('jumio.basic') private readonly basic: string) {}

  async start(enrollmentRef: string): Promise<string> {
    const res = await axios.post(
      'https://netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollmentRef },
      { headers: { Authorization: `Basic ${this.basic}` } },
    );
    return res.data.redirectUrl;
  }
}
