// jQuery hands the handler data given to .on() as e.data; the posted message is e.originalEvent.data.
$(function () {
  $(window).on('message', { flow: 'identity' }, function (e) {
    if (e.data.flow !== 'identity') return;
    var data = JSON.parse(e.originalEvent.data);
    if (data.payload.value === 'success') $('#ref').val(data.workflowExecutionId);
    if (data.payload.value === 'error') $('#code').text(data.payload.metainfo.code);
  });
});
