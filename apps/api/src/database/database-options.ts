import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { MIGRATIONS } from '@concordia/migrations';
import { UserEntity } from '../accounts/user.entity';
import { SessionEntity } from '../auth/session.entity';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { SafeTypeOrmLogger } from './safe-typeorm-logger';

export const ENTITIES = [UserEntity, SessionEntity, OutboxMessageEntity, ConsultationEntity];

/** The schema comes only from migrations, run at start; synchronize is never on. */
export function databaseOptions(url: string): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    // Feature modules register their own entities with TypeOrmModule.forFeature.
    autoLoadEntities: true,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: Number(process.env.DATABASE_POOL_SIZE || 20), application_name: 'concordia-api' },
    logging: ['error', 'warn', 'migration'],
    logger: new SafeTypeOrmLogger(),
  };
}
