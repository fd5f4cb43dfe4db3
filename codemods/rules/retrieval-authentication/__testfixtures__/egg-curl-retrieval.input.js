'use strict';

const { Controller } = require('egg');

class FaceLoginController extends Controller {
  async result() {
    const { ctx, app } = this;
    const ref = ctx.params.ref;
    const { data, status } = await this.ctx.curl(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
      dataType: 'json',
      auth: `${app.config.jumio.token}:${app.config.jumio.secret}`,
      timeout: [3000, 10000],
    });
    if (status !== 200) ctx.throw(status);
    ctx.body = { reference: data.transactionReference, user: data.userReference };
  }
}

module.exports = FaceLoginController;
