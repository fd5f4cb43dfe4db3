// The static block also sets a timeout the class still reads: only the legacy endpoint's statement goes.
import axios from 'axios';

export class FaceAuth {
  static #endpoint: string;
  static #timeoutMs: number;

  static {
    this.#endpoint = 'https://netverify.com/api/authentication/v1/web/initiate';
    this.#timeoutMs = Number(process.env.FACE_TIMEOUT_MS ?? 10000);
  }

  async begin(enrollmentReference: string, userReference: string): Promise<string> {
    const res = await axios.post(FaceAuth.#endpoint, { enrollmentTransactionReference: enrollmentReference, userReference }, {
      auth: { username: process.env.NV_TOKEN!, password: process.env.NV_SECRET! },
      timeout: FaceAuth.#timeoutMs,
    });
    return res.data.redirectUrl;
  }
}
