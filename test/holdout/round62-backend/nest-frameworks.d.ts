// Typings of the NestJS packages the TypeScript modules of this corpus use, cut down to the members they call (a
// stand-in for the packages' own typings, which are not installed here; merged with backend-stubs.ts's
// `@nestjs/common`).
declare module '@nestjs/common' {
  export function Controller(prefix?: string): ClassDecorator;
  export function Post(path?: string): MethodDecorator;
  export function HttpCode(statusCode: number): MethodDecorator;
  export function Body(): ParameterDecorator;
  export function Param(name: string): ParameterDecorator;
  export function Req(): ParameterDecorator;
}

declare module '@nestjs/config' {
  export class ConfigService {
    getOrThrow<T = string>(key: string): T;
  }
}
