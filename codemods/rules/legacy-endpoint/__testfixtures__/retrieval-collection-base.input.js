import { Meteor } from 'meteor/meteor';
import { HTTP } from 'meteor/http';

const RETRIEVAL_BASE = 'https://lon.netverify.com/api/netverify/v2/authentications/';

Meteor.methods({
  'faceLogin.result'(reference) {
    const response = HTTP.get(RETRIEVAL_BASE + reference, { auth: Meteor.settings.private.jumioAuth });
    return response.data.transactionResult;
  },
});
