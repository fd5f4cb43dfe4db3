import { Meteor } from 'meteor/meteor';
import { fetch } from 'meteor/fetch';

Meteor.methods({
  async 'faceLogin.start'() {
    const user = await Meteor.users.findOneAsync(this.userId);
    const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + process.env.JUMIO_BASIC },
      body: JSON.stringify({ enrollmentTransactionReference: user.profile.jumioRef, userReference: this.userId }),
    });
    const json = await res.json();
    return json.redirectUrl;
  },
});
