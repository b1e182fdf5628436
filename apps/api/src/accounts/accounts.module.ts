import { Module } from '@nestjs/common';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { UsersRepository } from './users.repository';

@Module({
  controllers: [AccountsController],
  providers: [AccountsService, UsersRepository],
  exports: [UsersRepository],
})
export class AccountsModule {}
