// A custom n8n node: requests go through the workflow's helpers (this.helpers.httpRequest), EU data centre.
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

export class JumioFaceLogin implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'Jumio Face Login',
    name: 'jumioFaceLogin',
    group: ['transform'],
    version: 1,
    description: 'Start a Jumio face login',
    defaults: { name: 'Jumio Face Login' },
    inputs: ['main'],
    outputs: ['main'],
    credentials: [{ name: 'jumioApi', required: true }],
    properties: [{ displayName: 'Enrollment', name: 'enrollment', type: 'string', default: '' }],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const creds = await this.getCredentials('jumioApi');
    const out: INodeExecutionData[] = [];
    for (let i = 0; i < this.getInputData().length; i++) {
      const started = await this.helpers.httpRequest({
        method: 'POST',
        url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
        body: { enrollmentTransactionReference: this.getNodeParameter('enrollment', i) as string, userReference: String(i) },
        json: true,
        auth: { username: creds.token as string, password: creds.secret as string },
      });
      out.push({ json: { url: started.redirectUrl, reference: started.transactionReference } });
    }
    return [out];
  }
}
