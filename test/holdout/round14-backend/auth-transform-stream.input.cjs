// Batch re-authentication links: a CSV of customers piped through a Transform stream that starts one face login per
// row (US) and writes the links to another CSV. The transform settles through its callback.
const { Transform, pipeline } = require('node:stream');
const fs = require('node:fs');
const { parse } = require('csv-parse');
const { stringify } = require('csv-stringify');
const axios = require('axios');

const jumioAuth = { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET };

const startLinks = new Transform({
  objectMode: true,
  transform(row, _encoding, callback) {
    axios
      .post(
        'https://netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: row.enrollment, userReference: row.customer_id, tokenLifetimeInMinutes: 60 * 24 * 3 },
        { auth: jumioAuth },
      )
      .then(({ data }) => callback(null, { customer_id: row.customer_id, link: data.redirectUrl, reference: data.transactionReference }))
      .catch(callback);
  },
});

pipeline(
  fs.createReadStream('reauth.csv'),
  parse({ columns: true }),
  startLinks,
  stringify({ header: true }),
  fs.createWriteStream('reauth-links.csv'),
  (err) => {
    if (err) console.error('re-auth batch failed', err);
  },
);
