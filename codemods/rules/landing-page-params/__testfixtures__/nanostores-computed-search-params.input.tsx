// Identity check return page: the query held in a nanostores computed store of the URL.
import { atom, computed } from 'nanostores';
import { useStore } from '@nanostores/react';

const $url = atom(new URL(window.location.href));
const $params = computed($url, (url) => url.searchParams);

$params.subscribe((params) => {
  if (params.get('transactionStatus') === 'ERROR') console.warn('verification failed');
});

export const verified = (): boolean => $params.get().get('transactionStatus') === 'SUCCESS';

export function KycDone() {
  const params = useStore($params);
  if (params.get('transactionStatus') !== 'SUCCESS') return <p>Verification failed</p>;
  return <p>Verified: {params.get('transactionReference')}</p>;
}
