/** A small seeded generator, so the demo's merit profiles are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One demo grade on 1..5 (0 = no opinion) for a proposal whose graders lean towards `leaning`:
 * mostly the leaning, often one grade either side, sometimes anywhere.
 */
export function demoGrade(leaning: number, random: () => number): number {
  const roll = random();
  if (roll < 0.05) return 0;
  if (roll < 0.15) return 1 + Math.floor(random() * 5);
  const shift = roll < 0.5 ? 0 : roll < 0.75 ? -1 : 1;
  return Math.min(5, Math.max(1, leaning + shift));
}
