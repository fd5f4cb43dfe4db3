import axios from 'axios';
import { JUMIO_API_BASE } from './jumio-hosts.js';

export class IdentityGateway {
  private readonly authHeader = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

  async faceLogin(enrollmentReference: string): Promise<string> {
    const res = await axios.post(`${JUMIO_API_BASE}/authentication/v1/web/initiate`, {
      enrollmentTransactionReference: enrollmentReference,
    }, {
      headers: { Authorization: this.authHeader, 'Content-Type': 'application/json' },
    });
    const { data: { redirectUrl } } = res;
    return redirectUrl;
  }
}
