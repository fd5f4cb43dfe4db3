window.addEventListener('message', function (event) {
  if (event.origin.indexOf('netverify.com') === -1) return;
  let data;
  data = JSON.parse(event.data);
  const copy = { ...data };
  const stamped = { ...data, receivedAt: Date.now() };
  saveRef(copy.transactionReference, data.transactionReference);
  queue.push(stamped);
});
