// The application config of the Angular fixtures: the router binds query parameters to component inputs.
import type { ApplicationConfig } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { routes } from './app.routes';

export const appConfig: ApplicationConfig = { providers: [provideRouter(routes, withComponentInputBinding())] };
