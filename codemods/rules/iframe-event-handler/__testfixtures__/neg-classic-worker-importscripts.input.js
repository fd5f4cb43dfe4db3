importScripts('/vendor/idb-keyval.js');

// A classic worker: self is the worker scope here.
self.onmessage = function (e) {
  var data = JSON.parse(e.data);
  if (data.payload && data.payload.value === 'loaded') return;
  idbKeyval.set('jumio:' + data.transactionReference, { value: data.payload.value, code: data.payload.metainfo && data.payload.metainfo.code });
};
