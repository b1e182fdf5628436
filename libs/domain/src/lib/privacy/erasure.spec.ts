import { erasureNeedsTotp, erasureRefusal, exportFileName } from './erasure';

describe('privacy rules', () => {
  it('names the export after the UTC day', () => {
    expect(exportFileName(new Date('2026-12-04T23:30:00-02:00'))).toBe('concordia-export-2026-12-05.json');
    expect(exportFileName(new Date('2026-01-09T08:00:00Z'))).toBe('concordia-export-2026-01-09.json');
  });

  it('asks for a TOTP code from staff and from anyone who enabled it', () => {
    expect(erasureNeedsTotp({ roles: ['citizen'], totpEnabled: false })).toBe(false);
    expect(erasureNeedsTotp({ roles: ['citizen'], totpEnabled: true })).toBe(true);
    expect(erasureNeedsTotp({ roles: ['citizen', 'moderator'], totpEnabled: false })).toBe(true);
    expect(erasureNeedsTotp({ roles: ['citizen', 'admin'], totpEnabled: true })).toBe(true);
  });

  it('refuses to erase the last administrator only', () => {
    expect(erasureRefusal({ roles: ['citizen', 'admin'] }, 1)).toBe('last-admin');
    expect(erasureRefusal({ roles: ['citizen', 'admin'] }, 2)).toBeNull();
    expect(erasureRefusal({ roles: ['citizen'] }, 1)).toBeNull();
    expect(erasureRefusal({ roles: ['citizen', 'committee'] }, 0)).toBeNull();
  });
});
