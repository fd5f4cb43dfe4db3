import axios from 'axios';

export class NetverifyAuthentication {
  static readonly INITIATE_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

  static async initiate(enrollmentTransactionReference: string) {
    const res = await axios.post(NetverifyAuthentication.INITIATE_URL, { enrollmentTransactionReference }, {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
    });
    return res.data.redirectUrl as string;
  }
}
