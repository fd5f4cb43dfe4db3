// A private method returns the details; its declared return type (Promise<Details>) moves to the KYX shape with
// the caller's reads.
import axios from 'axios';

interface Details {
  transactionReference: string;
  userReference?: string;
}

export class Results {
  private fetchDetails(ref: string): Promise<Details> {
    return axios
      .get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } })
      .then((r) => r.data);
  }

  async user(ref: string): Promise<string | undefined> {
    const d = await this.fetchDetails(ref);
    return d.userReference;
  }
}
