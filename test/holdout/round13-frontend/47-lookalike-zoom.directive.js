// Vue 2 directive: <iframe v-zoom-frame="meetingUrl"></iframe> — support calls in Zoom's web client.
import Vue from 'vue';

Vue.directive('zoom-frame', {
  inserted(el, binding, vnode) {
    el.setAttribute('allow', 'camera;microphone;fullscreen;display-capture');
    el.src = binding.value;
    el.__zoomHandler = function (event) {
      if (event.origin.indexOf('zoom.us') === -1) return;
      var data = JSON.parse(event.data);
      if (data.type === 'meeting-ended') vnode.context.$emit('call-ended', data.meetingId);
    };
    window.addEventListener('message', el.__zoomHandler);
  },
  unbind(el) {
    window.removeEventListener('message', el.__zoomHandler);
  },
});
