'use strict';
// No JSX build step: the page builds its elements with React.createElement.
var React = require('react');

function JumioFrame(props) {
  React.useEffect(function () {
    function onMessage(event) {
      if (event.origin.indexOf('.netverify.com') < 0) return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') props.onDone(data.transactionReference);
      else if (data.payload.value === 'error') props.onError(data.payload.metainfo.code);
    }
    window.addEventListener('message', onMessage);
    return function () {
      window.removeEventListener('message', onMessage);
    };
  }, []);
  return React.createElement('iframe', { src: props.url, width: 640, height: 660, allow: 'camera;fullscreen' });
}

module.exports = JumioFrame;
