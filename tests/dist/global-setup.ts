import { DEFAULT_DIST, requireDist } from '../../scripts/dist-checks/load-built-pages.ts';

/** Stops the run with one clear message when there is no build to test. */
export default function setup(): void {
  requireDist(DEFAULT_DIST);
}
