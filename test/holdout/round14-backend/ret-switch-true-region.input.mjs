// A switch (true) picks the retrieval base by the customer's country; needle with a promise and json parsing.
import needle from 'needle';

function retrievalBase(country) {
  switch (true) {
    case ['DE', 'FR', 'GB', 'NL'].includes(country):
      return 'https://lon.netverify.com/api/netverify/v2/authentications';
    default:
      return 'https://netverify.com/api/netverify/v2/authentications';
  }
}

export async function faceLoginUser(country, reference) {
  const res = await needle('get', `${retrievalBase(country)}/${reference}`, null, {
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
    json: true,
  });
  return res.body.userReference;
}
