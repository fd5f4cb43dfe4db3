// Identity check return page: the query held in a nanostores computed store of the URL.
import { atom, computed } from 'nanostores';
import { useStore } from '@nanostores/react';

const $url = atom(new URL(window.location.href));
const $params = computed($url, (url) => url.searchParams);

$params.subscribe((params) => {
  if (params.get('acquisitionStatus') === 'ERROR') console.warn('verification failed');
});

export const verified = (): boolean => $params.get().get('acquisitionStatus') === 'SUCCESS';

export function KycDone() {
  const params = useStore($params);
  if (params.get('acquisitionStatus') !== 'SUCCESS') return <p>Verification failed</p>;
  return <p>Verified: {params.get('workflowExecutionId')}</p>;
}
