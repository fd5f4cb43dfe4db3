// Hyperapp v2 subscription for the identity step: the legacy Jumio web client posts a JSON string
// to this window once it is embedded (see VerifyView below).
import { h, text } from 'hyperapp';

const KycMessages = (dispatch, props) => {
  const handler = (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (err) {
      return;
    }
    if (data.eventType !== 510) return;
    if (data.payload.value === 'success') {
      dispatch(props.onDone, data.transactionReference);
    } else if (data.payload.value === 'error') {
      dispatch(props.onFailed, data.payload.metainfo.code);
    }
  };
  addEventListener('message', handler);
  return () => removeEventListener('message', handler);
};

export const onKycMessages = (props) => [KycMessages, props];

export const VerifyView = (state) =>
  h('section', { class: 'kyc' }, [
    h('h2', {}, text('Verify your identity')),
    h('iframe', { src: state.frameUrl, allow: 'camera;fullscreen', width: '100%', height: 660 }),
  ]);
