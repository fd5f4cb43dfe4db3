// wwwroot/js/jumio-interop.js: Blazor JS interop for the identity step.
window.jumioInterop = {
  start: function (dotNetRef) {
    window.jumioInterop._handler = function (e) {
      var data = JSON.parse(e.data);
      if (data.payload.value === 'error') {
        dotNetRef.invokeMethodAsync('OnJumioError', data.transactionReference, data.payload.metainfo.code);
        return;
      }
      dotNetRef.invokeMethodAsync('OnJumioEvent', data.transactionReference, data.payload.value);
    };
    window.addEventListener('message', window.jumioInterop._handler);
  },
  stop: function () {
    window.removeEventListener('message', window.jumioInterop._handler);
  }
};
