const Agenda = require('agenda');
const fetch = require('node-fetch');
const { JUMIO_INITIATE_URL } = require('./jumio-regions');
const Applicant = require('./models/applicant');
const mailer = require('./mailer');

const agenda = new Agenda({ db: { address: process.env.MONGO_URL, collection: 'jobs' } });

agenda.define('send-verification-link', async (job) => {
  const applicant = await Applicant.findById(job.attrs.data.applicantId);
  const region = applicant.region === 'eu' ? 'eu' : 'us';

  const res = await fetch(JUMIO_INITIATE_URL[region], {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
      'User-Agent': 'Lattice Onboarding/1.0',
    },
    body: JSON.stringify({
      customerInternalReference: applicant.id,
      userReference: applicant.id,
      workflowId: 100,
      tokenLifetimeInMinutes: 4320,
    }),
  });
  const json = await res.json();
  applicant.jumio = { reference: json.transactionReference, link: json.redirectUrl };
  await applicant.save();
  await mailer.sendVerificationLink(applicant.email, json.redirectUrl);
});

module.exports = agenda;
