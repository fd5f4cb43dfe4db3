'use strict';
// Veriff's selfie step, built with React.createElement: another vendor's frame and handler.
var React = require('react');

function SelfieFrame(props) {
  React.useEffect(function () {
    function onMessage(event) {
      if (event.origin !== 'https://magic.veriff.me') return;
      var data = JSON.parse(event.data);
      if (data.status === 'success') props.onDone(data.transactionReference);
    }
    window.addEventListener('message', onMessage);
    return function () {
      window.removeEventListener('message', onMessage);
    };
  }, []);
  return React.createElement('iframe', { src: props.url, allow: 'camera;fullscreen' });
}

module.exports = SelfieFrame;
