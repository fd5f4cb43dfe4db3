import m from 'mithril';

// Mithril component for the Jumio identity check step of onboarding.
export const KycStep = {
  oninit(vnode) {
    vnode.state.status = 'pending';
    vnode.state.onJumioMessage = (e) => {
      let data;
      try {
        data = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      if (data.eventType !== 510) return;
      if (data.payload.value === 'success') {
        vnode.state.status = 'done';
        vnode.attrs.onComplete(data.transactionReference);
      } else if (data.payload.value === 'error') {
        vnode.state.status = 'failed';
      }
      m.redraw();
    };
  },
  oncreate(vnode) {
    window.addEventListener('message', vnode.state.onJumioMessage);
  },
  onremove(vnode) {
    window.removeEventListener('message', vnode.state.onJumioMessage);
  },
  view(vnode) {
    if (vnode.state.status === 'failed') return m('p.error', 'Verification failed');
    return m('iframe.kyc-frame', {
      src: vnode.attrs.url,
      width: '100%',
      height: 660,
      allow: 'camera;fullscreen',
      allowfullscreen: true,
    });
  },
};
