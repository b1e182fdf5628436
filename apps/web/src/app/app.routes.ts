import { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'home.title', loadComponent: () => import('./consultations/consultation-list').then((m) => m.ConsultationList) },
  { path: 'consultations', title: 'consultations.title', loadComponent: () => import('./consultations/consultation-list').then((m) => m.ConsultationList) },
  { path: '**', title: 'notFound.title', loadComponent: () => import('./shell/not-found').then((m) => m.NotFound) },
];
