import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LoginResponse, Me, SessionInfo, TotpEnrolment } from '@concordia/contracts';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { AuthContext } from './auth-context';
import { AuthService, ClientInfo, SignInResult } from './auth.service';
import { Client } from './client-info';
import { AllowPendingSecondFactor, BlockedMayWrite, CurrentAuth, Public } from './decorators';
import { ChangePasswordDto, DisableTotpDto, EmailDto, LanguageDto, LoginDto, RegisterDto, ResetPasswordDto, TokenDto, TotpCodeDto } from './dto/auth.dto';
import { toMe } from './me.mapper';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get secure() {
    return this.config.mode === 'production';
  }

  private signIn(result: SignInResult, response: Response): LoginResponse {
    if (result.token) setSessionCookie(response, result.token, this.secure, this.config.sessionAbsoluteSeconds);
    return result.response;
  }

  /** Gives the client its XSRF-TOKEN cookie (the middleware sets it on any request). */
  @Public() @Get('csrf') @HttpCode(204)
  csrf(): void {}

  @Public() @Post('register') @HttpCode(201)
  async register(@Body() body: RegisterDto, @Client() client: ClientInfo): Promise<{ status: 'verification-sent' }> {
    await this.auth.register(body, client.language);
    return { status: 'verification-sent' };
  }

  @Public() @Post('verify-email') @HttpCode(200)
  async verifyEmail(@Body() body: TokenDto): Promise<{ status: 'verified' }> {
    await this.auth.verifyEmail(body.token);
    return { status: 'verified' };
  }

  @Public() @Post('verify-email/resend') @HttpCode(202)
  async resend(@Body() body: EmailDto): Promise<void> {
    await this.auth.resendVerification(body.email);
  }

  @Public() @Post('login') @HttpCode(200)
  async login(@Body() body: LoginDto, @Client() client: ClientInfo, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    return this.signIn(await this.auth.login(body, client), response);
  }

  @AllowPendingSecondFactor() @Post('login/totp') @HttpCode(200)
  async loginTotp(@CurrentAuth() auth: AuthContext | undefined, @Body() body: TotpCodeDto, @Client() client: ClientInfo, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    return this.signIn(await this.auth.completeLogin(auth, body.code, client), response);
  }

  @BlockedMayWrite() @Post('logout') @HttpCode(204)
  async logout(@CurrentAuth() auth: AuthContext, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(auth);
    clearSessionCookie(response, this.secure);
  }

  @Get('me')
  me(@CurrentAuth() auth: AuthContext): Me {
    return toMe(auth.user);
  }

  @Put('me/language') @HttpCode(204)
  async setLanguage(@CurrentAuth() auth: AuthContext, @Body() body: LanguageDto): Promise<void> {
    await this.auth.setLanguage(auth, body.language);
  }

  @Public() @Post('password/forgot') @HttpCode(202)
  async forgot(@Body() body: EmailDto): Promise<void> {
    await this.auth.forgotPassword(body.email);
  }

  @Public() @Post('password/reset') @HttpCode(204)
  async reset(@Body() body: ResetPasswordDto): Promise<void> {
    await this.auth.resetPassword(body.token, body.password);
  }

  @Post('password/change') @HttpCode(204)
  async change(@CurrentAuth() auth: AuthContext, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(auth, body.currentPassword, body.newPassword);
  }

  @Get('sessions')
  sessions(@CurrentAuth() auth: AuthContext): Promise<SessionInfo[]> {
    return this.auth.listSessions(auth);
  }

  @BlockedMayWrite() @Delete('sessions/:id') @HttpCode(204)
  async revoke(@CurrentAuth() auth: AuthContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.auth.revokeSession(auth, id);
  }

  @Post('totp/enrol') @HttpCode(200)
  enrol(@CurrentAuth() auth: AuthContext): Promise<TotpEnrolment> {
    return this.auth.startTotpEnrolment(auth);
  }

  @Post('totp/confirm') @HttpCode(204)
  async confirm(@CurrentAuth() auth: AuthContext, @Body() body: TotpCodeDto): Promise<void> {
    await this.auth.confirmTotpEnrolment(auth, body.code);
  }

  @Post('totp/disable') @HttpCode(204)
  async disable(@CurrentAuth() auth: AuthContext, @Body() body: DisableTotpDto): Promise<void> {
    await this.auth.disableTotp(auth, body.password);
  }
}
