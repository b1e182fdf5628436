import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommitteeCandidate, MyCommittee, Page } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import { CurrentAuth, Roles } from '../../auth/decorators';
import { CandidatesQueryDto } from '../committee.dto';
import { CommitteeService } from './committee.service';

/** Entry points of the committee screens: where I sit, and whom an admin may appoint. */
@ApiTags('committee')
@Controller('committee')
export class CommitteeDirectoryController {
  constructor(private readonly committee: CommitteeService) {}

  @Roles('committee')
  @Get('consultations')
  mine(@CurrentAuth() auth: AuthContext): Promise<MyCommittee[]> {
    return this.committee.mine(auth);
  }

  @Roles('admin')
  @Get('candidates')
  candidates(@Query() query: CandidatesQueryDto): Promise<Page<CommitteeCandidate>> {
    return this.committee.candidates(query.q, query.page, query.pageSize);
  }
}
