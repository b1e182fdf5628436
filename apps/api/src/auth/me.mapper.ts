import type { Me } from '@concordia/contracts';
import { isStaff } from '@concordia/domain';
import type { UserEntity } from '../accounts/user.entity';

export function toMe(user: UserEntity): Me {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    emailVerified: !!user.emailVerifiedAt,
    totpEnabled: !!user.totpEnabledAt,
    totpRequired: isStaff(user.roles) && !user.totpEnabledAt,
    language: user.language,
  };
}
