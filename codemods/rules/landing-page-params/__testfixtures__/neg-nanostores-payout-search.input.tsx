// The bank's payout return: a nanostores computed store of the URL, read on a transfer result page.
import { atom, computed } from 'nanostores';
import { useStore } from '@nanostores/react';

const $url = atom(new URL(window.location.href));
const $params = computed($url, (url) => url.searchParams);

export function TransferResult() {
  const params = useStore($params);
  if (params.get('transactionStatus') !== 'SUCCESS') return <p>The transfer failed.</p>;
  return <p>Transfer sent to your beneficiary: {params.get('transactionReference')}</p>;
}
