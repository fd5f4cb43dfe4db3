'use strict';

const Service = require('egg').Service;

// Egg calls that are not the legacy Jumio API: a payment initiate and a KYX call already migrated by hand.
class PayService extends Service {
  async initiate(order) {
    const result = await this.ctx.curl('https://api.paygate.example.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      auth: `${this.config.paygate.key}:${this.config.paygate.secret}`,
      data: { enrollmentTransactionReference: order.id, successUrl: this.config.returnUrl },
    });
    return result.data.redirectUrl;
  }

  async kyx(accountId, token, body) {
    const result = await this.ctx.curl(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
      method: 'PUT',
      contentType: 'json',
      dataType: 'json',
      headers: { Authorization: `Bearer ${token}` },
      data: body,
    });
    return result.data.web.href;
  }
}

module.exports = PayService;
