import { Meteor } from 'meteor/meteor';
import { fetch } from 'meteor/fetch';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

Meteor.methods({
  async 'faceLogin.start'() {
    const user = await Meteor.users.findOneAsync(this.userId);
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(user.profile.jumioRef);
    const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      body: JSON.stringify({ customerInternalReference: this.userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: this.userId }),
    });
    const json = await res.json();
    return json.web.href;
  },
});
