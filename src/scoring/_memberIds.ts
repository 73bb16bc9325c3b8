import type { ScoreCard } from './types';

/**
 * Finds, card after card, the first card of the same member: `assessMembers`' check for two cards
 * of one member.
 *
 * A `Set` of the member ids does the same, but in a branch of 100,000 members its look-ups cost
 * about a quarter of the sums themselves (issue 3): a probe compares the id with ids already in
 * the set, and each comparison reads a string from wherever the heap put it. Here each id's hash
 * lies next to its card's index in one typed array (open addressing, linear probing), so a probe
 * reads another card's id only when the hashes agree, which in practice is a true duplicate.
 */
export class FirstCards {
  private readonly cards: readonly ScoreCard[];
  /** Pairs of (hash, card index + 1), the pair's slot chosen by the hash; an index of 0 marks a free slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(cards: readonly ScoreCard[]) {
    this.cards = cards;
    // At least twice as many slots as cards keeps the runs of occupied slots short.
    let size = 2;
    while (size < cards.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /**
   * The index of the first card whose member is card `index`'s: `index` itself when no earlier
   * card has that member. Cards are passed in order, each once.
   */
  firstOf(index: number): number {
    const { cards, slots, mask } = this;
    const memberId = cards[index]!.memberId;
    const hash = hashOf(memberId);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[slot * 2 + 1]!;
      if (stored === 0) {
        slots[slot * 2] = hash;
        slots[slot * 2 + 1] = index + 1;
        return index;
      }
      if (slots[slot * 2] === hash && cards[stored - 1]!.memberId === memberId) return stored - 1;
    }
  }
}

/** FNV-1a over the UTF-16 code units: cheap, and spreads ids like `m1`, `m2`, … well enough. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}
