import { IonContent, IonPage, useIonViewDidEnter, useIonViewWillLeave } from '@ionic/react';
import { useCallback } from 'react';
import { useHistory } from 'react-router-dom';

export default function KycPage({ redirectUrl }: { redirectUrl: string }) {
  const history = useHistory();

  const onMessage = useCallback(
    (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') history.replace(`/kyc/done/${data.transactionReference}`);
      if (data.payload.value === 'error') history.replace(`/kyc/failed?code=${data.payload.metainfo?.code ?? ''}`);
    },
    [history],
  );

  useIonViewDidEnter(() => window.addEventListener('message', onMessage));
  useIonViewWillLeave(() => window.removeEventListener('message', onMessage));

  return (
    <IonPage>
      <IonContent fullscreen>
        <iframe title="Identity check" src={redirectUrl} allow="camera;fullscreen" allowFullScreen style={{ width: '100%', height: '100%', border: 0 }} />
      </IonContent>
    </IonPage>
  );
}
