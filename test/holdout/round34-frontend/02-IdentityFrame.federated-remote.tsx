// Module Federation remote "identity": this component is exposed as `identity/IdentityFrame` (ModuleFederationPlugin,
// exposes: { './IdentityFrame': './src/IdentityFrame.tsx' }) and rendered by the shell and by the loans app with the
// redirectUrl their back ends got from Netverify. react, lodash and the shell's event bus are shared singletons: the
// outcome goes out on the bus, never through props, so whichever host rendered the frame hears the same events.
import { memo, useEffect, useRef } from 'react';
import _ from 'lodash';
import { bus } from 'shell/eventBus';

export interface IdentityFrameProps {
  redirectUrl: string;
  flow: 'onboarding' | 'loan-application';
  height?: number;
}

function IdentityFrame({ redirectUrl, flow, height = 660 }: IdentityFrameProps) {
  const openedAt = useRef(Date.now());

  useEffect(() => {
    openedAt.current = Date.now();
  }, [redirectUrl]);

  useEffect(() => {
    function handleMessage(event: MessageEvent) {
      if (!_.endsWith(event.origin, '.netverify.com')) return;
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data);
      const step: string = data.payload.value;
      bus.emit('identity:step', { flow, step, elapsedMs: Date.now() - openedAt.current });
      if (step === 'success') {
        bus.emit('identity:verified', { flow, reference: data.transactionReference });
      } else if (step === 'error') {
        bus.emit('identity:failed', {
          flow,
          reference: data.transactionReference,
          code: _.get(data, 'payload.metainfo.code', null),
        });
      }
    }

    window.addEventListener('message', handleMessage);
    return () => window.removeEventListener('message', handleMessage);
  }, [flow]);

  return (
    <section className="identity-remote" data-flow={flow}>
      <iframe
        key={redirectUrl}
        src={redirectUrl}
        title="Identity check"
        width="100%"
        height={height}
        allow="camera; fullscreen"
        allowFullScreen
      />
    </section>
  );
}

export default memo(IdentityFrame);
