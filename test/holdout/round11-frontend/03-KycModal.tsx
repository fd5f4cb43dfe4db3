'use client';
import { useState } from 'react';
import { Modal, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';

type Props = { opened: boolean; url: string; onClose: () => void; onDone: (ref: string) => void };

export function KycModal({ opened, url, onClose, onDone }: Props) {
  const [error, setError] = useState<number | null>(null);

  useWindowEvent('message', (event) => {
    if (typeof event.data !== 'string') return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    if (data.payload?.value === 'success') onDone(data.transactionReference);
    else if (data.payload?.value === 'error') setError(data.payload.metainfo.code);
  });

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title="Verify your identity">
      {error !== null && <Text c="red">Something went wrong ({error}).</Text>}
      <iframe src={url} width="100%" height={660} allow="camera;fullscreen" />
    </Modal>
  );
}
