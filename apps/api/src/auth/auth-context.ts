import type { Request } from 'express';
import type { UserEntity } from '../accounts/user.entity';
import type { SessionEntity } from './session.entity';

export interface AuthContext {
  user: UserEntity;
  session: SessionEntity;
}

export type AuthenticatedRequest = Request & { auth?: AuthContext };
