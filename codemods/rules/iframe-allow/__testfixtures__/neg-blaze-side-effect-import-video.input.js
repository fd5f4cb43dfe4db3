import { Template } from 'meteor/templating';
import './neg-blaze-side-effect-import-video.input.html';

Template.videoCall.onCreated(function () {
  this.onMessage = (event) => {
    if (event.origin !== 'https://meet.example.com') return;
    if (event.data === 'hangup') this.data.onHangup();
  };
  window.addEventListener('message', this.onMessage);
});
