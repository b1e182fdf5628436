import { inject } from '@angular/core';
import { Router, Routes } from '@angular/router';
import { adminGuard, signedInGuard } from './core/guards';
import { moderationGuard } from './moderation/moderation-access';

export const routes: Routes = [
  { path: '', pathMatch: 'full', title: 'home.title', loadComponent: () => import('./pages/home').then((m) => m.Home) },
  { path: 'consultations', title: 'consultations.title', loadComponent: () => import('./consultations/consultation-list').then((m) => m.ConsultationList) },
  { path: 'consultations/:slug', title: 'consultations.page.title', loadComponent: () => import('./consultations/consultation-page').then((m) => m.ConsultationPage) },
  { path: 'consultations/:slug/proposals', title: 'proposals.list.title', loadComponent: () => import('./proposals/proposal-list').then((m) => m.ProposalList) },
  { path: 'consultations/:slug/proposals/new', title: 'proposals.editor.newHeading', canActivate: [signedInGuard], loadComponent: () => import('./proposals/proposal-editor').then((m) => m.ProposalEditor) },
  // Links in moderation notices and e-mails name the consultation: the proposal page lives at /proposals/:ref.
  { path: 'consultations/:slug/proposals/:ref', redirectTo: ({ params, fragment }) => inject(Router).createUrlTree(['/proposals', params['ref']], { fragment: fragment ?? undefined }) },
  { path: 'consultations/:slug/ballot-trackers', title: 'votes.trackers.title', loadComponent: () => import('./votes/ballot-trackers-page').then((m) => m.BallotTrackersPage) },
  { path: 'consultations/:slug/moderation', title: 'moderation.summary.heading', loadComponent: () => import('./moderation/moderation-summary-page').then((m) => m.ModerationSummaryPage) },
  { path: 'committee', title: 'committee.mine.title', canActivate: [signedInGuard], loadComponent: () => import('./committee/my-committees').then((m) => m.MyCommittees) },
  { path: 'consultations/:slug/committee', title: 'committee.workspace.title', canActivate: [signedInGuard], loadComponent: () => import('./committee/committee-workspace').then((m) => m.CommitteeWorkspace) },
  { path: 'consultations/:slug/committee/proposals/:ref', title: 'committee.review.title', canActivate: [signedInGuard], loadComponent: () => import('./committee/review-page').then((m) => m.ReviewPage) },
  { path: 'consultations/:slug/outcomes', title: 'outcomes.page.title', loadComponent: () => import('./outcomes/outcome-page').then((m) => m.OutcomePage) },
  { path: 'consultations/:slug/follow-up', title: 'outcomes.followUp.title', loadComponent: () => import('./outcomes/follow-up-page').then((m) => m.FollowUpPage) },
  { path: 'consultations/:slug/follow-up/:ref', title: 'outcomes.followUp.itemTitle', loadComponent: () => import('./outcomes/follow-up-detail-page').then((m) => m.FollowUpDetailPage) },
  { path: 'proposals/:ref', title: 'proposals.page.title', loadComponent: () => import('./proposals/proposal-page').then((m) => m.ProposalPage) },
  { path: 'proposals/:ref/edit', title: 'proposals.editor.editTitle', canActivate: [signedInGuard], loadComponent: () => import('./proposals/proposal-editor').then((m) => m.ProposalEditor) },
  { path: 'sign-up', title: 'auth.signUp.title', loadComponent: () => import('./auth/sign-up').then((m) => m.SignUp) },
  { path: 'verify-email', title: 'auth.verify.title', loadComponent: () => import('./auth/verify-email').then((m) => m.VerifyEmail) },
  { path: 'sign-in', title: 'auth.signIn.title', loadComponent: () => import('./auth/sign-in').then((m) => m.SignIn) },
  { path: 'forgot-password', title: 'auth.forgot.title', loadComponent: () => import('./auth/forgot-password').then((m) => m.ForgotPassword) },
  { path: 'reset-password', title: 'auth.reset.title', loadComponent: () => import('./auth/reset-password').then((m) => m.ResetPassword) },
  { path: 'account', title: 'account.title', canActivate: [signedInGuard], loadComponent: () => import('./account/account').then((m) => m.Account) },
  { path: 'admin/consultations', title: 'adminConsultations.list.heading', canActivate: [adminGuard], loadComponent: () => import('./admin-consultations/admin-consultation-list').then((m) => m.AdminConsultationList) },
  { path: 'admin/consultations/new', title: 'adminConsultations.editor.newHeading', canActivate: [adminGuard], loadComponent: () => import('./admin-consultations/consultation-editor').then((m) => m.ConsultationEditor) },
  { path: 'admin/consultations/:slug', title: 'adminConsultations.editor.title', canActivate: [adminGuard], loadComponent: () => import('./admin-consultations/consultation-editor').then((m) => m.ConsultationEditor) },
  { path: 'admin/accounts', title: 'accounts.title', canActivate: [adminGuard], loadComponent: () => import('./accounts/account-management').then((m) => m.AccountManagement) },
  { path: 'moderation', title: 'moderation.queue.heading', canActivate: [moderationGuard], loadComponent: () => import('./moderation/moderation-queue').then((m) => m.ModerationQueue) },
  { path: 'moderation/appeals', title: 'moderation.appeals.heading', canActivate: [moderationGuard], loadComponent: () => import('./moderation/appeals-page').then((m) => m.AppealsPage) },
  { path: 'moderation/log', title: 'moderation.log.heading', canActivate: [moderationGuard], loadComponent: () => import('./moderation/moderation-log').then((m) => m.ModerationLog) },
  { path: 'moderation/decisions/:id', title: 'moderation.decision.title', canActivate: [signedInGuard], loadComponent: () => import('./moderation/decision-page').then((m) => m.DecisionPage) },
  { path: 'notifications', title: 'notifications.title', canActivate: [signedInGuard], loadComponent: () => import('./notifications/notifications-page').then((m) => m.NotificationsPage) },
  { path: 'accessibility', title: 'pages.accessibilityTitle', loadComponent: () => import('./pages/accessibility').then((m) => m.Accessibility) },
  { path: 'privacy', title: 'pages.privacyTitle', loadComponent: () => import('./pages/privacy').then((m) => m.Privacy) },
  { path: '**', title: 'notFound.title', loadComponent: () => import('./shell/not-found').then((m) => m.NotFound) },
];
