import m from 'mithril';

// The allow list comes from a prop: flagged, not edited.
export const Kyc = {
  oncreate(vnode) {
    vnode.state.listener = (e) => {
      if (!/\.netverify\.com$/.test(e.origin)) return;
      const data = JSON.parse(e.data);
      if (data.payload.value === 'success') vnode.attrs.done(data.transactionReference);
    };
    window.addEventListener('message', vnode.state.listener);
  },
  view(vnode) {
    // TODO(netverify-migrate): iframe-allow: the iframe's allow value is computed: the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen (an iframe on a page with a proven Jumio message handler)
    return vnode.attrs.url ? m('iframe.kyc', { src: vnode.attrs.url, allow: vnode.attrs.permissions, allowfullscreen: true }) : m('p', 'Loading…');
  },
};
