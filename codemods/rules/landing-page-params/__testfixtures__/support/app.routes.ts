// Routes of angular-routed-inputs.input.ts and angular-routed-default-export.input.ts.
import type { Routes } from '@angular/router';
import { VerifyResultComponent } from '../angular-routed-inputs.input';

export const routes: Routes = [
  { path: 'verify/result', component: VerifyResultComponent },
  { path: 'return', loadComponent: () => import('../angular-routed-inputs.input').then((m) => m.ReturnPageComponent) },
  { path: 'done', loadComponent: () => import('../angular-routed-default-export.input') },
];
