const bent = require('bent');

// bent against a card processor whose 3-D Secure step is also an "authentication initiate", and a KYX call.
const processor = bent('https://api.cardproc.example', 'POST', 'json', 200, 201);
const kyx = bent('PUT', 'json', 200);

exports.threeDs = (payment) => processor('/api/authentication/v1/web/initiate', { enrollmentTransactionReference: payment.id }, { Authorization: `Basic ${process.env.CARDPROC}` });

exports.kyxUpdate = async (accountId, body, token) => kyx(`https://account.amer-1.jumio.ai/api/v1/accounts/${accountId}`, body, { Authorization: `Bearer ${token}` });
