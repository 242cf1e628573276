/** The minimum a place needs for the hierarchy: its id and its parent's id. */
export interface PlaceNode {
  id: string;
  parent?: string | undefined;
}

/** The chain from the top of the hierarchy down to the place itself: 山西省 → … → 杏北社区. */
export function placeChain<P extends PlaceNode>(places: readonly P[], id: string): P[] {
  const byId = new Map(places.map((place) => [place.id, place]));
  const chain: P[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return chain;
}

/** The place and every place below it, in any depth. */
export function placeAndBelow(places: readonly PlaceNode[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const place of places) {
      if (place.parent && found.has(place.parent) && !found.has(place.id)) {
        found.add(place.id);
        grew = true;
      }
    }
  }
  return found;
}
