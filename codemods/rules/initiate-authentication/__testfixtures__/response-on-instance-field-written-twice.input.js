// The field that keeps the answer is also written elsewhere (restore): its reads are not only of this answer, so they
// stay as written and the answer gets the "leaves whole" item.
import ky from 'ky';

export class StepUp {
  session = undefined;

  async open(enrollmentReference) {
    this.session = await ky
      .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
        json: { enrollmentTransactionReference: enrollmentReference },
        headers: { Authorization: `Basic ${process.env.NV_BASIC}` },
      })
      .json();
  }

  restore(saved) {
    this.session = saved;
  }

  link() {
    return this.session?.redirectUrl;
  }
}
