// A protected initiate of an abstract base, called by the subclasses of this file through `this`, its answer type
// declared in the namespace that holds the classes: the type moves and so do the subclasses' reads.
import got from 'got';

export namespace StepUps {
  interface Started {
    redirectUrl: string;
    transactionReference: string;
  }

  abstract class Base {
    protected async initiate(enrollment: string): Promise<Started> {
      return got
        .post('https://netverify.com/api/authentication/v1/web/initiate', {
          json: { enrollmentTransactionReference: enrollment },
          username: process.env.NV_TOKEN,
          password: process.env.NV_SECRET,
        })
        .json<Started>();
    }
  }

  export class CardLimit extends Base {
    async start(enrollment: string) {
      const started = await this.initiate(enrollment);
      return { url: started.redirectUrl, reference: started.transactionReference };
    }
  }
}
