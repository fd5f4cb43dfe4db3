import m from 'mithril';

// Video onboarding call with an advisor (Whereby embed).
export const AdvisorCall = {
  oncreate(vnode) {
    vnode.state.onMessage = (e) => {
      if (e.origin !== 'https://acme.whereby.com') return;
      const data = JSON.parse(e.data);
      if (data.type === 'leave') vnode.attrs.onLeave(data.payload.value);
    };
    window.addEventListener('message', vnode.state.onMessage);
  },
  onremove(vnode) {
    window.removeEventListener('message', vnode.state.onMessage);
  },
  view(vnode) {
    return m('iframe.call', {
      src: vnode.attrs.roomUrl + '?minimal&embed',
      allow: 'camera; microphone; fullscreen; speaker; display-capture',
      allowfullscreen: true,
    });
  },
};
