import { Meteor } from 'meteor/meteor';
import { check } from 'meteor/check';
import { fetch } from 'meteor/fetch';
import { FaceLogins } from '/imports/api/face-logins';

// older accounts were set up against the /auth/v1 route and it still works for us
const INITIATE = 'https://netverify.com/api/auth/v1/initiate';

Meteor.methods({
  async 'faceLogin.start'(locale) {
    check(locale, String);
    if (!this.userId) throw new Meteor.Error('not-authorized');
    const user = await Meteor.users.findOneAsync(this.userId);
    const { token, secret } = Meteor.settings.private.jumio;

    const res = await fetch(INITIATE, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(token + ':' + secret).toString('base64'),
        'User-Agent': 'Crestline Meteor/2.14',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: user.profile.jumioRef,
        userReference: this.userId,
        locale,
      }),
    });
    const json = await res.json();
    await FaceLogins.insertAsync({ userId: this.userId, ref: json.transactionReference, at: new Date() });
    return json.redirectUrl;
  },
});
