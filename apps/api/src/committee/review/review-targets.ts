import { Injectable } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import { ReviewRow, ReviewsRepository, ReviewTarget } from './reviews.repository';

export type ReviewedTarget = ReviewTarget & { review: ReviewRow };

/** Finds the proposal behind /api/proposals/:id/committee/… and insists that the committee reviews it. */
@Injectable()
export class ReviewTargets {
  constructor(private readonly reviews: ReviewsRepository) {}

  async reviewed(idOrRef: string): Promise<ReviewedTarget> {
    const target = await this.reviews.target(idOrRef);
    if (!target) throw new AppException(404, 'committee.proposal-not-found');
    if (!target.review) throw new AppException(404, 'committee.not-under-review');
    return target as ReviewedTarget;
  }
}
