// A web worker: `onmessage` receives messages from the page, not from the Jumio iFrame.
const worker = new Worker('/sum.js');
worker.onmessage = function (event) {
  const data = JSON.parse(event.data);
  console.log(data.transactionReference, data.payload.value);
};
