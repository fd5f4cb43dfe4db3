// Typings of the API-layer packages the TypeScript modules of this corpus use, cut down to the members they call (a
// stand-in for the packages' own typings, which are not installed here).

declare module '@pothos/core' {
  export interface ObjectRef<T> {
    readonly name: string;
    readonly $inferType?: T;
  }
  export interface ExposeOptions {
    nullable?: boolean;
    description?: string;
  }
  export interface ObjectFieldBuilder<T> {
    exposeString<K extends keyof T & string>(name: K, options?: ExposeOptions): unknown;
    exposeID<K extends keyof T & string>(name: K, options?: ExposeOptions): unknown;
  }
  export interface ImplementableObjectRef<T> extends ObjectRef<T> {
    implement(config: { description?: string; fields: (t: ObjectFieldBuilder<T>) => Record<string, unknown> }): ObjectRef<T>;
  }
  export interface ArgBuilder {
    id(options?: { required?: boolean }): unknown;
    string(options?: { required?: boolean }): unknown;
  }
  export interface RootFieldBuilder<Context> {
    arg: ArgBuilder;
    field<R>(config: {
      type: ObjectRef<R>;
      description?: string;
      args?: Record<string, unknown>;
      resolve: (root: unknown, args: Record<string, any>, context: Context) => R | Promise<R>;
    }): unknown;
  }
  export default class SchemaBuilder<Types extends { Context: object }> {
    constructor(options: Record<string, unknown>);
    objectRef<T>(name: string): ImplementableObjectRef<T>;
    queryType(config: { fields: (t: RootFieldBuilder<Types['Context']>) => Record<string, unknown> }): void;
    mutationType(config: { fields: (t: RootFieldBuilder<Types['Context']>) => Record<string, unknown> }): void;
    toSchema(): unknown;
  }
}

declare module '@trpc/server' {
  export interface ProcedureBuilder<Ctx> {
    input(schema: unknown): ProcedureBuilder<Ctx>;
    output(schema: unknown): ProcedureBuilder<Ctx>;
    query<R>(resolver: (opts: { ctx: Ctx; input: any }) => Promise<R>): unknown;
    mutation<R>(resolver: (opts: { ctx: Ctx; input: any }) => Promise<R>): unknown;
  }
  export interface TRPCRoot<Ctx> {
    procedure: ProcedureBuilder<Ctx>;
    router(procedures: Record<string, unknown>): unknown;
  }
  export const initTRPC: {
    context<Ctx extends object>(): { create(options?: Record<string, unknown>): TRPCRoot<Ctx> };
  };
  export class TRPCError extends Error {
    constructor(options: { code: 'NOT_FOUND' | 'FORBIDDEN' | 'PRECONDITION_FAILED' | 'BAD_GATEWAY' | 'INTERNAL_SERVER_ERROR'; message?: string; cause?: unknown });
  }
}

declare module 'express-zod-api' {
  export interface Middleware<Provides extends object> {
    readonly $provides?: Provides;
  }
  export interface EndpointLogger {
    info(message: string, ...meta: unknown[]): void;
    warn(message: string, ...meta: unknown[]): void;
  }
  export interface EndpointsFactory<Options extends object> {
    addMiddleware<Added extends object>(middleware: Middleware<Added>): EndpointsFactory<Options & Added>;
    build(definition: {
      method: 'get' | 'post';
      tag?: string;
      shortDescription?: string;
      input: unknown;
      output: unknown;
      handler: (params: { input: any; options: Options; logger: EndpointLogger }) => Promise<object>;
    }): unknown;
  }
  export const defaultEndpointsFactory: EndpointsFactory<object>;
}

declare module '@grpc/grpc-js' {
  export interface ServerUnaryCall<Req, Res> {
    request: Req;
    getPeer(): string;
    readonly $reply?: Res;
  }
  export interface ServiceErrorLike {
    code: number;
    details?: string;
  }
  export type sendUnaryData<Res> = (error: ServiceErrorLike | null, value?: Res | null) => void;
  export const status: { OK: 0; NOT_FOUND: 5; FAILED_PRECONDITION: 9; INTERNAL: 13; UNAVAILABLE: 14 };
}

declare module '@nestjs/common' {
  export function Controller(prefix?: string): ClassDecorator;
  export function Post(path?: string): MethodDecorator;
  export function HttpCode(statusCode: number): MethodDecorator;
  export function UseGuards(...guards: unknown[]): MethodDecorator;
  export function Body(): ParameterDecorator;
  export function Req(): ParameterDecorator;
}

declare module '@nestjs/swagger' {
  export function ApiTags(...tags: string[]): ClassDecorator;
  export function ApiBearerAuth(name?: string): ClassDecorator;
  export function ApiProperty(options?: { format?: string; description?: string; example?: string }): PropertyDecorator;
  export function ApiCreatedResponse(options: { type: unknown; description?: string }): MethodDecorator;
}
