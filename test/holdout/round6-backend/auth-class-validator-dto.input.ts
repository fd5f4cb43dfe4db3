import { IsISO8601, IsString, IsUrl, validateOrReject } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import fetch from 'node-fetch';

export class NetverifyInitiateResponse {
  @IsISO8601()
  timestamp!: string;

  @IsUrl()
  redirectUrl!: string;

  @IsString()
  transactionReference!: string;
}

const ENDPOINT = 'https://netverify.com/api/authentication/v1/web/initiate';
const BASIC = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

export async function initiate(enrollmentReference: string, userReference: string): Promise<NetverifyInitiateResponse> {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference }),
  });
  const dto = plainToInstance(NetverifyInitiateResponse, await res.json());
  await validateOrReject(dto);
  return dto;
}
