import type { Meta, StoryObj } from '@storybook/react';
import { within, expect, waitFor } from '@storybook/test';
import { VerifyFrame } from './VerifyFrame';

const meta: Meta<typeof VerifyFrame> = {
  title: 'Identity/VerifyFrame',
  component: VerifyFrame,
  args: {
    src: 'https://acme.netverify.com/web/v4/app?locale=en&authorizationToken=storybook-demo-token',
  },
};
export default meta;

type Story = StoryObj<typeof VerifyFrame>;

/** Simulates the web client's success event so the component's success state can be reviewed. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    window.postMessage(
      JSON.stringify({
        authorizationToken: 'storybook-demo-token',
        transactionReference: 'b5b2c9e4-8f61-4c2f-9d0a-1a2b3c4d5e6f',
        eventType: 510,
        dateTime: '2021-03-04T10:11:12.131Z',
        payload: { value: 'success' },
      }),
      '*',
    );
    await waitFor(() => expect(within(canvasElement).getByText(/verified/i)).toBeTruthy());
  },
};

export const Failed: Story = {
  play: async () => {
    window.postMessage(
      JSON.stringify({ transactionReference: 'b5b2c9e4', eventType: 510, payload: { value: 'error', metainfo: { code: 9820 } } }),
      '*',
    );
  },
};
