function receiveMessage(event) {
  var data = JSON.parse(event.data);
  document.getElementById('step').textContent = data.payload.value;
  document.getElementById('ref').textContent = data.transactionReference;
  if (data.payload.metainfo) document.getElementById('code').textContent = data.payload.metainfo.code;
}
window.addEventListener('message', receiveMessage, false);

function showClient(body) {
  var frame = document.createElement('iframe');
  frame.src = body.iframeUrl;
  frame.setAttribute('allow', 'camera;fullscreen');
  document.getElementById('container').appendChild(frame);
}
