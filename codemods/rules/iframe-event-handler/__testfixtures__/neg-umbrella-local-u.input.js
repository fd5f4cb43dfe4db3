// A local `u` helper (not Umbrella JS) whose .on registers an app-level bus topic named 'message'.
import { u } from './bus';

u(window).on('message', function (e) {
  if (e.origin.indexOf('netverify.com') === -1) return;
  var data = JSON.parse(e.data);
  if (data.payload.value === 'success') console.log(data.transactionReference);
});
