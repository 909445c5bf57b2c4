/**
 * The reference greedy maximal covering over explicit reach lists: most new weight first, ties
 * to the lower index, stop when nothing is gained (what greedyMclp and lazyGreedyMclp must pick).
 * `eps`: a gain must beat the best by more than this (floating-point weights).
 */
export function plainGreedy(lists: readonly (readonly number[])[], weight: ArrayLike<number>, covered0: Iterable<number>, k: number, eps = 0): { candidate: number; gain: number }[] {
  const covered = new Set(covered0);
  const picks: { candidate: number; gain: number }[] = [];
  const taken = new Set<number>();
  while (picks.length < k) {
    let best = -1;
    let bestGain = 0;
    lists.forEach((list, c) => {
      if (taken.has(c)) return;
      const gain = [...new Set(list)].filter((j) => !covered.has(j)).reduce((a, j) => a + weight[j], 0);
      if (gain > bestGain + eps) [best, bestGain] = [c, gain];
    });
    if (best < 0) break;
    taken.add(best);
    lists[best].forEach((j) => covered.add(j));
    picks.push({ candidate: best, gain: bestGain });
  }
  return picks;
}
