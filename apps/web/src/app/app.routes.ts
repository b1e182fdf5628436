import { Routes } from '@angular/router';
import { adminGuard, signedInGuard } from './core/guards';

export const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'home.title', loadComponent: () => import('./pages/home').then((m) => m.Home) },
  { path: 'consultations', title: 'consultations.title', loadComponent: () => import('./consultations/consultation-list').then((m) => m.ConsultationList) },
  { path: 'sign-up', title: 'auth.signUp.title', loadComponent: () => import('./auth/sign-up').then((m) => m.SignUp) },
  { path: 'verify-email', title: 'auth.verify.title', loadComponent: () => import('./auth/verify-email').then((m) => m.VerifyEmail) },
  { path: 'sign-in', title: 'auth.signIn.title', loadComponent: () => import('./auth/sign-in').then((m) => m.SignIn) },
  { path: 'forgot-password', title: 'auth.forgot.title', loadComponent: () => import('./auth/forgot-password').then((m) => m.ForgotPassword) },
  { path: 'reset-password', title: 'auth.reset.title', loadComponent: () => import('./auth/reset-password').then((m) => m.ResetPassword) },
  { path: 'account', title: 'account.title', canActivate: [signedInGuard], loadComponent: () => import('./account/account').then((m) => m.Account) },
  { path: 'admin/accounts', title: 'accounts.title', canActivate: [adminGuard], loadComponent: () => import('./accounts/account-management').then((m) => m.AccountManagement) },
  { path: 'accessibility', title: 'pages.accessibilityTitle', loadComponent: () => import('./pages/accessibility').then((m) => m.Accessibility) },
  { path: 'privacy', title: 'pages.privacyTitle', loadComponent: () => import('./pages/privacy').then((m) => m.Privacy) },
  { path: '**', title: 'notFound.title', loadComponent: () => import('./shell/not-found').then((m) => m.NotFound) },
];
