import request from 'request';

export function authResult(ref) {
  return new Promise((resolve, reject) => {
    request.get({ url: `https://netverify.com/api/netverify/v2/authentications/${ref}`, auth: { user: process.env.T, pass: process.env.S }, json: true }, (err, res, body) => {
      if (err) return reject(err);
      resolve(body.transactionResult);
    });
  });
}
