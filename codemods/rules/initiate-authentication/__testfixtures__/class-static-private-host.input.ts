import axios from 'axios';

export class NetverifyFaceClient {
  static readonly #HOST = 'https://lon.netverify.com';

  #authorization(): string {
    return 'Basic ' + Buffer.from(`${process.env.NV_TOKEN}:${process.env.NV_SECRET}`).toString('base64');
  }

  async initiate(enrollment: string) {
    const res = await axios.post(
      `${NetverifyFaceClient.#HOST}/api/authentication/v1/web/initiate`,
      { enrollmentTransactionReference: enrollment },
      { headers: { Authorization: this.#authorization() } },
    );
    return res.data.redirectUrl as string;
  }
}
