// A private method returns the response's body; its caller reads it. The method's declared return type names the
// legacy interface: it describes the migrated value too, so it moves to the KYX shape with the reads.
import axios from 'axios';

interface LegacyStart {
  redirectUrl: string;
  transactionReference: string;
}

export class FaceAuthService {
  private start(ref: string): Promise<LegacyStart> {
    return axios
      .post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
        auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
      })
      .then((r) => r.data);
  }

  async link(ref: string): Promise<string> {
    const s = await this.start(ref);
    return s.redirectUrl;
  }
}
