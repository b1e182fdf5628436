import { Injectable } from '@nestjs/common';
import type { ConsultationSummary, Page } from '@concordia/contracts';
import { AppException } from '../common/http/app-exception';
import type { ConsultationEntity } from './consultation.entity';
import { ConsultationsRepository } from './consultations.repository';

export interface ConsultationDetail extends ConsultationSummary {
  description: string;
}

function toSummary(c: ConsultationEntity): ConsultationSummary {
  return { id: c.id, slug: c.slug, title: c.title, summary: c.summary, phase: c.phase, themes: c.themes, createdAt: c.createdAt.toISOString() };
}

@Injectable()
export class ConsultationsService {
  constructor(private readonly consultations: ConsultationsRepository) {}

  async list(page: number, pageSize: number): Promise<Page<ConsultationSummary>> {
    const [items, total] = await this.consultations.publicPage(page, pageSize);
    return { items: items.map(toSummary), page, pageSize, total };
  }

  async get(slug: string): Promise<ConsultationDetail> {
    const found = await this.consultations.findPublicBySlug(slug);
    if (!found) throw new AppException(404, 'consultations.not-found');
    return { ...toSummary(found), description: found.description };
  }
}
