import m from 'mithril';

// The identity step: the web client in an iframe, its events handled by the component; a help video beside it.
export const IdentityStep = {
  oninit(vnode) {
    vnode.state.onMessage = (e) => {
      if (!e.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(e.data);
      if (data.payload.value === 'success') vnode.attrs.onDone(data.transactionReference);
      if (data.payload.value === 'error') vnode.attrs.onError(data.payload.metainfo.code);
    };
  },
  oncreate(vnode) {
    window.addEventListener('message', vnode.state.onMessage);
  },
  onremove(vnode) {
    window.removeEventListener('message', vnode.state.onMessage);
  },
  view(vnode) {
    return m('.identity', [
      m('iframe#help.video', { src: 'https://www.youtube-nocookie.com/embed/abc', allow: 'autoplay; encrypted-media' }),
      m('iframe.kyc', { src: vnode.attrs.url, width: '100%', height: 660, allow: 'camera;fullscreen' }),
    ]);
  },
};
