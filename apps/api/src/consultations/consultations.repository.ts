import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import { ConsultationEntity } from './consultation.entity';

@Injectable()
export class ConsultationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(ConsultationEntity);
  }

  /** Drafts are the admins' business: the public sees every other phase. */
  publicPage(page: number, pageSize: number) {
    return this.repo.findAndCount({
      where: { phase: Not('draft') },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  findPublicBySlug(slug: string) {
    return this.repo.findOneBy({ slug, phase: Not('draft') });
  }

  findBySlug(slug: string) {
    return this.repo.findOneBy({ slug });
  }

  insert(fields: Partial<ConsultationEntity>) {
    return this.repo.save(this.repo.create(fields));
  }
}
