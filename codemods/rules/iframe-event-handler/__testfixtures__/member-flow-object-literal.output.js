var faceLogin = {
  event: null,

  start: function () {
    window.addEventListener('message', this.onMessage.bind(this));
  },

  onMessage: function (e) {
    if (!/^https:\/\/[\w-]+\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(e.origin)) return;
    this.event = JSON.parse(e.data);
    if (this.event.payload.value !== 'loaded') this.finish();
  },

  finish: function () {
    var ok = this.event.payload.value === 'success';
    $('#face-ref').val(this.event.workflowExecutionId);
    $('#face-form').attr('data-ok', ok).submit();
  }
};
faceLogin.start();
