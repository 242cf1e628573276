import { DEFAULT_DIST, requireDist } from '../../scripts/check-dist.mjs';

/** Stops the run with one clear message when there is no build to test. */
export default function setup(): void {
  requireDist(DEFAULT_DIST);
}
