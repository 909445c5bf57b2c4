/**
 * Weights (people) rounded to a common quantum q, a power of two chosen so that every sum of
 * them is an integer multiple of q below 2^53·q: such sums are exact in floating point, in any
 * order. So covered + uncovered equals the total exactly, and per-Kreis figures add up to the
 * Land's. q is about 2^-51 of the total weight: for 2.1 million people, about 2e-9 of a person.
 * Throws on negative or non-finite weights.
 */
export function exactWeights(weights: ArrayLike<number>): Float64Array {
  const n = weights.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0 && w < Infinity)) throw new RangeError(`weight ${i} is not a finite number ≥ 0: ${w}`);
    sum += w;
  }
  const out = new Float64Array(n);
  if (sum === 0) return out;
  if (!Number.isFinite(sum)) throw new RangeError('the sum of the weights is not finite');
  // With e = ceil(log2 sum) (maybe 1 too small by rounding) and q = 2^(e+1-52), every subset sum of
  // the rounded weights is ≤ sum + n·q/2 < 2^(e+2) = 2^53·q: a multiple of q that a double holds exactly.
  const q = 2 ** Math.max(-1074, Math.ceil(Math.log2(sum)) + 1 - 52); // not below the least double
  for (let i = 0; i < n; i++) out[i] = Math.round(weights[i] / q) * q;
  return out;
}
