// A static getter returns the initiate URL.
import axios from 'axios';

export class FaceCheck {
  static get ENDPOINT(): string {
    return 'https://netverify.com/api/authentication/v1/web/initiate';
  }

  static async start(enrollment: string, user: string): Promise<string> {
    const { data } = await axios.post(FaceCheck.ENDPOINT, { enrollmentTransactionReference: enrollment, userReference: user }, {
      auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
    });
    return data.redirectUrl;
  }
}
