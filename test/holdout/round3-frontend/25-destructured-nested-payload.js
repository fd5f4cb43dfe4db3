import { showToast } from './ui/toast';
import { saveVerification } from './services/verification';

const NETVERIFY_ORIGIN = /^https:\/\/[\w-]+\.netverify\.com$/;

export function attachVerificationListener(userId) {
  const onMessage = ({ data, origin }) => {
    if (!NETVERIFY_ORIGIN.test(origin)) return;

    const {
      transactionReference,
      payload: { value, metainfo = {} },
    } = JSON.parse(data);

    if (value === 'success') {
      saveVerification(userId, transactionReference);
    } else if (value === 'error') {
      showToast(`Verification failed (${metainfo.code})`);
    }
  };

  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
