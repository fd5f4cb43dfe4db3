import { Meteor } from 'meteor/meteor';
import { HTTP } from 'meteor/http';

// TODO(netverify-migrate): legacy-endpoint: legacy Jumio authentication API base lon.netverify.com/api/netverify/v2/authentications: its calls move to retrieval.emea-1.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} (GET for the details, DELETE to delete; see MIGRATION.md)
const RETRIEVAL_BASE = 'https://lon.netverify.com/api/netverify/v2/authentications/';

Meteor.methods({
  'faceLogin.result'(reference) {
    const response = HTTP.get(RETRIEVAL_BASE + reference, { auth: Meteor.settings.private.jumioAuth });
    return response.data.transactionResult;
  },
});
