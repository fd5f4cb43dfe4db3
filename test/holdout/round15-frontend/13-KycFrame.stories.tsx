// Storybook stories of the Jumio identity step.
import type { Meta, StoryObj } from '@storybook/react';
import { expect, waitFor, within } from '@storybook/test';
import { KycFrame } from './KycFrame';

const meta: Meta<typeof KycFrame> = {
  title: 'KYC/KycFrame',
  component: KycFrame,
  args: { frameUrl: 'https://acme.netverify.com/web/v4/app?locale=en&authorizationToken=demo-token' },
};
export default meta;

export const Default: StoryObj<typeof KycFrame> = {};

export const Verified: StoryObj<typeof KycFrame> = {
  play: async ({ canvasElement }) => {
    window.postMessage(JSON.stringify({
      authorizationToken: 'demo-token',
      transactionReference: 'a1b2c3d4-0000-1111-2222-333344445555',
      eventType: 510,
      dateTime: '2024-05-01T10:00:00.000Z',
      payload: { value: 'success' },
    }), '*');
    await waitFor(() => expect(within(canvasElement).getByText(/verified/i)).toBeInTheDocument());
  },
};
