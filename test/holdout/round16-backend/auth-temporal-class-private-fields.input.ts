// Temporal activities as a class (SG) on the older /api/auth/v1/initiate path; the host and the credentials are
// #private fields.
import axios from 'axios';
import { Context } from '@temporalio/activity';

export class FaceLoginActivities {
  #host = 'https://core-sgp.jumio.com';
  #credentials = { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' };

  async startFaceLogin(input: { enrollment: string; userId: string }): Promise<{ url: string; reference: string }> {
    Context.current().heartbeat('initiating');
    const { data } = await axios.post(
      `${this.#host}/api/auth/v1/initiate`,
      { enrollmentTransactionReference: input.enrollment, userReference: input.userId, tokenLifetimeInMinutes: 10 },
      { auth: this.#credentials },
    );
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}
