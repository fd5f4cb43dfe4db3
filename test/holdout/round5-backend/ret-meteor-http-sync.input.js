import { Meteor } from 'meteor/meteor';
import { HTTP } from 'meteor/http';

const RETRIEVAL_BASE = 'https://lon.netverify.com/api/netverify/v2/authentications/';

Meteor.methods({
  'faceLogin.result'(reference) {
    const { token, secret } = Meteor.settings.private.jumio;
    const response = HTTP.get(RETRIEVAL_BASE + reference, {
      auth: `${token}:${secret}`,
      headers: { 'User-Agent': 'Crestline Meteor/1.8' },
    });
    return response.data.transactionResult;
  },
});
