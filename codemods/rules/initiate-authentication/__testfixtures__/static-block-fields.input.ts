// The endpoint and the Basic header are set in a static initialisation block (US); nothing else reads them.
import axios from 'axios';

export class FaceAuth {
  static #endpoint: string;
  static #authorization: string;

  static {
    FaceAuth.#endpoint = 'https://netverify.com/api/authentication/v1/web/initiate';
    this.#authorization = 'Basic ' + Buffer.from(`${process.env.NV_TOKEN}:${process.env.NV_SECRET}`).toString('base64');
  }

  async begin(enrollmentReference: string, userReference: string): Promise<string> {
    const res = await axios.post(FaceAuth.#endpoint, { enrollmentTransactionReference: enrollmentReference, userReference }, {
      headers: { Authorization: FaceAuth.#authorization },
    });
    return res.data.redirectUrl;
  }
}
