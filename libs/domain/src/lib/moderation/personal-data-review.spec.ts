import { needsPersonalDataReview } from './personal-data-review';

const phone = { kind: 'phone' as const, text: '06 12 34 56 78' };
const email = { kind: 'email' as const, text: 'mairie@example.fr' };

describe('needsPersonalDataReview', () => {
  it('needs none without personal data', () => {
    expect(needsPersonalDataReview([phone], true, [])).toBe(false);
  });

  it('needs a review for new personal data', () => {
    expect(needsPersonalDataReview([], false, [phone])).toBe(true);
    expect(needsPersonalDataReview([email], false, [email, phone])).toBe(true);
  });

  it('needs none again for data a moderator already reviewed, however spaced', () => {
    expect(needsPersonalDataReview([phone], false, [{ kind: 'phone', text: '0612345678' }])).toBe(false);
  });

  it('keeps waiting for a review nobody has done yet', () => {
    expect(needsPersonalDataReview([phone], true, [phone])).toBe(true);
  });
});
