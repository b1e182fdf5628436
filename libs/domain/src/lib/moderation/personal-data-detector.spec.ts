import { containsPersonalData, detectPersonalData, PersonalDataKind } from './personal-data-detector';

const found = (text: string) => detectPersonalData(text).map((span) => [span.kind, span.text]);
const kinds = (text: string) => detectPersonalData(text).map((span) => span.kind);
const only = (kind: PersonalDataKind, value: string) => expect(found(`avant ${value} après`)).toEqual([[kind, value]]);

describe('detectPersonalData: spans', () => {
  it('gives kind, offsets and text, end exclusive, in text order', () => {
    const text = 'Mail camille@example.org ou tél 06 12 34 56 78.';
    const spans = detectPersonalData(text);
    expect(spans).toEqual([
      { kind: 'email', start: 5, end: 24, text: 'camille@example.org' },
      { kind: 'phone', start: 32, end: 46, text: '06 12 34 56 78' },
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
  it('finds nothing in ordinary prose', () => {
    expect(
      detectPersonalData("La métropole compte 31 communes et 500 000 habitants ; l'IA doit rester au service de tous."),
    ).toEqual([]);
    expect(containsPersonalData('Rien à signaler.')).toBe(false);
    expect(containsPersonalData('Contact : a@b.fr')).toBe(true);
  });
  it('reads offsets in UTF-16 code units after emoji and accents', () => {
    const text = '🙂 écrivez à zoé@exemple.fr';
    const [span] = detectPersonalData(text);
    expect(text.slice(span.start, span.end)).toBe('zoé@exemple.fr');
  });
});

describe('e-mail addresses', () => {
  it.each([
    'camille.dupont@example.org',
    'c.dupont+concertation@mairie-montpellier.fr',
    'jean_pierre-2@sub.domain.example.com',
    'zoé@exemple.fr',
    'CAMILLE@EXAMPLE.ORG',
  ])('finds %s', (email) => only('email', email));
  it('leaves the full stop of the sentence out', () => {
    expect(found('Écrivez-moi à camille.dupont@example.org.')).toEqual([['email', 'camille.dupont@example.org']]);
  });
  it('ignores things that are not addresses', () => {
    expect(found('@camille sur un réseau, rendez-vous @ 14h, 3 @ 5 €, user@localhost, a@b.c')).toEqual([]);
  });
  it('reports an address full of digits as an address only', () => {
    expect(found('0612345678@example.org')).toEqual([['email', '0612345678@example.org']]);
  });
});

describe('French phone numbers', () => {
  it.each([
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '0612345678',
    '01 42 76 40 40',
    '09 70 12 34 56',
    '+33 6 12 34 56 78',
    '+33612345678',
    '+33 (0)6 12 34 56 78',
    '+33 (0) 6 12 34 56 78',
    '0033 6 12 34 56 78',
    '0033612345678',
    '06\u00a012\u00a034\u00a056\u00a078',
  ])('finds %s', (phone) => only('phone', phone));
  it('finds a number right after a colon or in brackets', () => {
    expect(found('Tél.:0612345678 (07 98 76 54 32)')).toEqual([
      ['phone', '0612345678'],
      ['phone', '07 98 76 54 32'],
    ]);
  });
  it.each([
    ['a date', 'le 12/03/2024'],
    ['an ISO date', 'le 2024-03-12'],
    ['a dotted date', 'le 12.03.2024'],
    ['a postcode', '34000 Montpellier'],
    ['a year range', 'de 2024-2026'],
    ['an amount', '1 250 000 €'],
    ['a time', 'à 14h30'],
    ['too few digits', '06 12 34 56'],
    ['a number starting 00 without country code', '00 12 34 56 78'],
    ['a run of digit groups longer than a number', 'réf. 06 12 34 56 78 90'],
    ['digits inside a word', 'ID0612345678X'],
  ])('does not take %s for a phone number', (_label, text) => {
    expect(kinds(text)).not.toContain('phone');
  });
});

describe('French social security numbers (NIR)', () => {
  it.each(['1 85 05 78 006 084 91', '185057800608491', '2 69 05 49 588 157 80', '1.85.05.78.006.084.91'])(
    'finds %s',
    (nir) => only('nir', nir),
  );
  it('handles Corsica: 2A read as 19, 2B as 18 for the key', () => {
    only('nir', '1 85 05 2A 006 084 35');
    only('nir', '185052b00608462');
    expect(kinds('1 85 05 2A 006 084 62')).not.toContain('nir');
    expect(kinds('1 85 05 2B 006 084 35')).not.toContain('nir');
  });
  it('does not take a 15-digit number with a wrong key for a NIR', () => {
    expect(found('185057800608492')).toEqual([]);
    expect(found('1 85 05 78 006 084 90')).toEqual([]);
  });
  it('needs a valid first digit', () => {
    // 585057800608491 would have the right key for its body, but no NIR starts with 5.
    const body = '5850578006084';
    const key = String(97 - (Number(body) % 97)).padStart(2, '0');
    expect(kinds(body + key)).not.toContain('nir');
  });
  it('reports a NIR as a NIR only, not as the phone number or card in its digits', () => {
    expect(found('NIR : 1 85 05 78 006 084 91.')).toEqual([['nir', '1 85 05 78 006 084 91']]);
    // 185057810308491 also passes Luhn: the NIR, with its own key, is the better reading.
    expect(found('NIR 185057810308491')).toEqual([['nir', '185057810308491']]);
  });
  it('is not a piece of a longer number', () => {
    expect(kinds('0185057800608491')).not.toContain('nir');
    expect(kinds('1850578006084911')).not.toContain('nir');
  });
});

describe('IBAN', () => {
  it.each([
    'FR76 3000 6000 0112 3456 7890 189',
    'FR7630006000011234567890189',
    'FR14 2004 1010 0505 0001 3M02 606',
    'GB82 WEST 1234 5698 7654 32',
    'DE89 3704 0044 0532 0130 00',
    'BE68 5390 0754 7034',
    'NO93 8601 1117 947',
    'fr76 3000 6000 0112 3456 7890 189',
  ])('finds %s', (iban) => only('iban', iban));
  it('stops at the country length, not at the next word', () => {
    expect(found('IBAN FR76 3000 6000 0112 3456 7890 189 BIC AGRIFRPP')).toEqual([
      ['iban', 'FR76 3000 6000 0112 3456 7890 189'],
    ]);
  });
  it('does not take an IBAN with a wrong check for one', () => {
    expect(kinds('FR76 3000 6000 0112 3456 7890 188')).not.toContain('iban');
    expect(kinds('FR77 3000 6000 0112 3456 7890 189')).not.toContain('iban');
  });
  it('ignores wrong lengths and unknown countries', () => {
    expect(kinds('FR76 3000 6000 0112 3456 7890 18')).not.toContain('iban');
    expect(kinds('FR76 3000 6000 0112 3456 7890 1890')).not.toContain('iban');
    expect(kinds('ZZ76 3000 6000 0112 3456 7890 189')).not.toContain('iban');
  });
  it('reports the IBAN, not the card or phone-like digits inside it', () => {
    expect(kinds('FR76 3000 6000 0112 3456 7890 189')).toEqual(['iban']);
  });
});

describe('payment card numbers', () => {
  it.each([
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    '4111111111111111',
    '5555 5555 5555 4444',
    '3782 822463 10005',
    '378282246310005',
    '6011111111111117',
    '4000 0566 5566 5556',
    '6759 6498 2643 8453',
    '3056 930902 5904',
  ])('finds %s', (card) => only('card', card));
  it('does not take a number failing Luhn for a card', () => {
    expect(kinds('4111 1111 1111 1112')).toEqual([]);
  });
  it('ignores too short and too long runs, repeated digits and leading zeros', () => {
    expect(kinds('411111111111')).toEqual([]);
    expect(kinds('41111111111111111111')).toEqual([]);
    expect(kinds('0000 0000 0000 0000')).toEqual([]);
    expect(kinds('0411 1111 1111 1111')).not.toContain('card');
  });
  it('does not take a SIRET for a card', () => {
    expect(kinds('SIRET 732 829 320 00074')).toEqual([]);
  });
  it('finds a card followed by another number', () => {
    expect(found('carte 4111 1111 1111 1111 12/26')).toEqual([['card', '4111 1111 1111 1111']]);
    // 41111111111111113 happens to pass Luhn too, but nobody prints a card that way.
    expect(found('carte 4111111111111111 3 fois')).toEqual([['card', '4111111111111111']]);
    expect(found('carte 4111 1111 1111 1111 3 fois')).toEqual([['card', '4111 1111 1111 1111']]);
  });
});

describe('several kinds in one text', () => {
  it('finds them all, in order', () => {
    const text =
      'Bonjour, je suis joignable au +33 6 12 34 56 78 ou à camille@example.org. ' +
      'Mon RIB : FR76 3000 6000 0112 3456 7890 189, ma carte 4111 1111 1111 1111, mon NIR 2 69 05 49 588 157 80.';
    expect(kinds(text)).toEqual(['phone', 'email', 'iban', 'card', 'nir']);
  });
  it('never returns overlapping spans', () => {
    const text = '185057800608491, 0612345678, 4111111111111111, FR7630006000011234567890189, x@y.fr';
    const spans = detectPersonalData(text);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    expect(spans.map((span) => span.kind)).toEqual(['nir', 'phone', 'card', 'iban', 'email']);
  });
});
