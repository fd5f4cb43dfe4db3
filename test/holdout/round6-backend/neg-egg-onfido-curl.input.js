'use strict';

const Service = require('egg').Service;

class OnfidoService extends Service {
  async startWorkflow(applicantId) {
    const { app, ctx } = this;
    const result = await ctx.curl('https://api.eu.onfido.com/v3.6/workflow_runs', {
      method: 'POST',
      contentType: 'json',
      dataType: 'json',
      headers: { Authorization: `Token token=${app.config.onfido.apiToken}` },
      data: { workflow_id: app.config.onfido.workflowId, applicant_id: applicantId, link: { completed_redirect_url: app.config.onfido.redirectUrl } },
    });
    return { redirectUrl: result.data.link.url, transactionReference: result.data.id };
  }
}

module.exports = OnfidoService;
