'use client';
import { Modal } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';

// Stripe-hosted payment confirmation in a modal.
export function PaymentModal({ opened, url, onPaid }: { opened: boolean; url: string; onPaid: (ref: string) => void }) {
  useWindowEvent('message', (event) => {
    if (event.origin !== 'https://js.stripe.com') return;
    const data = JSON.parse(event.data);
    if (data.payload?.value === 'success') onPaid(data.transactionReference);
  });
  return (
    <Modal opened={opened} onClose={() => undefined} title="Confirm payment">
      <iframe src={url} width="100%" height={600} allow="payment" />
    </Modal>
  );
}
