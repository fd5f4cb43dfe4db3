import axios from 'axios';

// Constructor parameter properties that only held the legacy credentials: removing them would change the class's
// constructor (callers pass them), so they stay and are flagged; one still read elsewhere is not.
export class FaceLogin {
  constructor(private readonly apiToken: string, private readonly apiSecret: string, private readonly userAgent: string) {}

  async begin(enrollmentTransactionReference: string): Promise<string> {
    const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference }, {
      auth: { username: this.apiToken, password: this.apiSecret },
      headers: { 'User-Agent': this.userAgent },
    });
    return res.data.redirectUrl;
  }

  describe(): string {
    return `FaceLogin as ${this.userAgent}`;
  }
}
