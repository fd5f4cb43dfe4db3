window.addEventListener('message', function (event) {
  if (event.origin.indexOf('netverify.com') === -1) return;
  let data;
  data = JSON.parse(event.data);
  const copy = { ...data };
  const d2 = data;
  saveRef(copy.transactionReference, d2.transactionReference);
});
