import type { ImportUnit, Interaction } from '../../model/index.js';
import {
  fromUnixSeconds,
  quarantinedUnit,
  recordUnit,
  schemaReason,
  type ElementSite,
} from '../meta/index.js';
import { OWNER, personOf } from './owner.js';
import { PersonEntry } from './schemas.js';

export type Relation = 'friends' | 'followers' | 'following';

/**
 * One row of `friends_v2`, `followers_v2` or `following_v3`: the person and the follow edges.
 * A friendship is mutual, so it is a follow each way; a follower follows the owner; a followed
 * profile is followed by the owner.
 */
export function parsePerson(value: unknown, site: ElementSite, relation: Relation): ImportUnit {
  const parsed = PersonEntry.safeParse(value);
  if (!parsed.success) return quarantinedUnit(site, schemaReason(parsed.error), value);
  const person = personOf(parsed.data.name);
  const at = fromUnixSeconds(parsed.data.timestamp);
  const follow = (actor: typeof person.id, target: typeof person.id): Interaction => ({
    type: 'interaction',
    platform: 'facebook',
    kind: 'follow',
    key: `follow:${actor}:${target}`,
    actor,
    targetAccount: target,
    targetPost: null,
    at,
  });
  const edges =
    relation === 'friends'
      ? [follow(OWNER.id, person.id), follow(person.id, OWNER.id)]
      : relation === 'followers'
        ? [follow(person.id, OWNER.id)]
        : [follow(OWNER.id, person.id)];
  return recordUnit(site, [OWNER, person, ...edges]);
}
