// A client the class builds for itself: the static factory passes a got instance to the private constructor, whose
// parameter property is the only place the instance lives.
import got from 'got';

export class FaceLoginClient {
  private constructor(private readonly api: typeof got) {}

  static forEurope(): FaceLoginClient {
    return new this(
      got.extend({
        prefixUrl: 'https://lon.netverify.com/api/authentication/v1',
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET,
        headers: { 'user-agent': 'Acme Bank/3.0' },
      }),
    );
  }

  async start(enrollment: string, userId: string): Promise<string> {
    const started = await this.api
      .post('web/initiate', { json: { enrollmentTransactionReference: enrollment, userReference: userId } })
      .json<{ redirectUrl: string }>();
    return started.redirectUrl;
  }
}
