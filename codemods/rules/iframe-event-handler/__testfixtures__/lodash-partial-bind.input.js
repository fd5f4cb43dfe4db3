// lodash's bind with a partial argument: `dispatch` comes first, the event second.
import _ from 'lodash';

function onIdentityMessage(dispatch, event) {
  if (event.origin.indexOf('netverify.com') === -1) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'success') dispatch('identity/verified', data.transactionReference);
  if (data.payload.value === 'error') dispatch('identity/failed', data.payload.metainfo.code);
}

export function listen(dispatch) {
  window.addEventListener('message', _.bind(onIdentityMessage, null, dispatch), false);
}
