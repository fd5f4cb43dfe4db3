// A Pipedream action: @pipedream/platform's axios takes the step's `$` first and resolves to the body.
import { axios } from '@pipedream/platform';

export default {
  key: 'acme-jumio-start-face-login',
  name: 'Start Jumio face login',
  version: '0.0.3',
  type: 'action',
  props: {
    enrollment: { type: 'string', label: 'Enrollment transaction reference' },
    userId: { type: 'string', label: 'User id' },
  },
  async run({ $ }) {
    const started = await axios($, {
      method: 'POST',
      url: 'https://netverify.com/api/authentication/v1/web/initiate',
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      data: { enrollmentTransactionReference: this.enrollment, userReference: this.userId },
    });
    $.export('$summary', `Face login ${started.transactionReference} started`);
    return { url: started.redirectUrl };
  },
};
