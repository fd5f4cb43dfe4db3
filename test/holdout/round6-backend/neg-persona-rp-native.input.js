const rp = require('request-promise-native');

async function createInquiry(user) {
  const inquiry = await rp.post({
    uri: 'https://withpersona.com/api/v1/inquiries',
    json: true,
    headers: { Authorization: `Bearer ${process.env.PERSONA_API_KEY}`, 'Persona-Version': '2023-01-05' },
    body: {
      data: {
        attributes: { 'inquiry-template-id': process.env.PERSONA_TEMPLATE, 'reference-id': user.id, 'redirect-uri': 'https://app.example.com/kyc/done' },
      },
    },
  });
  return { redirectUrl: `https://withpersona.com/verify?inquiry-id=${inquiry.data.id}`, transactionReference: inquiry.data.id };
}

module.exports = { createInquiry };
