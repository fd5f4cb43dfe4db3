// An async controller builds the request options, then wraps the callback-style call in a promise it awaits inside
// try/catch. The options are outside the executor but inside the async function: the token is awaited above the
// options (before the promise), the options get the Bearer header, and the reads in the callback are renamed.
const request = require('request');

module.exports = {
  async startKyc(ctx) {
    const member = await ctx.db.members.find(ctx.state.memberId);
    const opts = {
      url: 'https://lon.netverify.com/api/v4/initiate',
      method: 'POST',
      json: true,
      body: {
        customerInternalReference: `member-${member.id}`,
        userReference: member.id,
        successUrl: `${ctx.origin}/kyc/back`,
      },
      auth: { user: process.env.NV_TOKEN, password: process.env.NV_SECRET },
      headers: { 'User-Agent': 'Club/3.0', Accept: 'application/json' },
    };

    const pending = new Promise((resolve, reject) => {
      request(opts, (err, res, body) => {
        if (err || res.statusCode !== 200) return reject(err || new Error('initiate failed'));
        resolve({ link: body.redirectUrl, ref: body.transactionReference });
      });
    });

    try {
      const started = await pending;
      await ctx.db.members.update(member.id, { kycRef: started.ref });
      ctx.body = { link: started.link };
    } catch (e) {
      ctx.status = 502;
    }
  },
};
