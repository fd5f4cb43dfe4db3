// <kyc-frame> defined with hybrids: connect() attaches the window listener, render() draws the iFrame.
import { define, html, dispatch } from 'hybrids';

export default define({
  tag: 'kyc-frame',
  src: '',
  status: '',
  listener: {
    value: undefined,
    connect(host) {
      const onMessage = (event) => {
        if (!/\.netverify\.com$/.test(event.origin)) return;
        const data = JSON.parse(event.data);
        host.status = data.payload.value;
        if (data.payload.value === 'success') dispatch(host, 'verified', { detail: { reference: data.transactionReference } });
      };
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
  },
  render: ({ src, status }) => html`
    <iframe src="${src}" allow="camera;fullscreen" allowfullscreen title="Identity check"></iframe>
    <p class="status">${status}</p>
  `,
});
