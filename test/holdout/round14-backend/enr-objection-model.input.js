// An Objection.js model method starts the ID + selfie enrolment (US, workflowId 100, a passport preset) and patches
// the row with got's parsed answer.
const { Model } = require('objection');
const got = require('got');

class Customer extends Model {
  static get tableName() {
    return 'customers';
  }

  async startIdentityCheck() {
    const started = await got
      .post('https://netverify.com/api/v4/initiate', {
        json: {
          customerInternalReference: this.uuid,
          workflowId: 100,
          presets: [{ index: 1, country: 'USA', type: 'PASSPORT' }],
          locale: 'en-US',
        },
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET,
        headers: { 'user-agent': 'Acme Lending/3.3' },
      })
      .json();
    await this.$query().patch({ jumioScanReference: started.transactionReference, jumioLink: started.redirectUrl });
    return started.redirectUrl;
  }
}

module.exports = { Customer };
