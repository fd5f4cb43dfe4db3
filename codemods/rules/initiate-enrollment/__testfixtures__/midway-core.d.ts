// Typed stand-ins for the @midwayjs/core members the midway-httpclient-v4 fixture uses (the package is not installed).
declare module '@midwayjs/core' {
  export function Provide(): ClassDecorator;
  export function Inject(): PropertyDecorator;
  export function Config(key: string): PropertyDecorator;
  export class HttpClient {
    request<T = any>(url: string, options?: { method?: string; dataType?: string; contentType?: string; headers?: Record<string, string>; data?: unknown }): Promise<{ status: number; data: T }>;
  }
}
