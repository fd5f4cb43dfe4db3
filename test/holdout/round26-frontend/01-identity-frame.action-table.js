// Identity check step: the web client's outcome is routed through a table of actions keyed by the event's value.
const actions = {
  loaded: () => {
    document.body.classList.add('identity-ready');
  },
  success: (d) => {
    completeIdentity(d.transactionReference);
  },
  error: (d) => {
    showIdentityError(d.payload.metainfo.code, d.transactionReference);
  },
};

function completeIdentity(reference) {
  window.location.assign('/identity/complete?ref=' + encodeURIComponent(reference));
}

function showIdentityError(code, reference) {
  const box = document.getElementById('identity-error');
  box.textContent = 'The identity check stopped (code ' + code + ', reference ' + reference + ').';
  box.hidden = false;
}

window.addEventListener('message', function (event) {
  if (!event.origin.endsWith('.netverify.com')) return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (e) {
    return;
  }
  actions[data.payload.value]?.(data);
});
