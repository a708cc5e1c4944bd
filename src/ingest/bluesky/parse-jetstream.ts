import { accountId, type Account } from '../../model/index.js';
import { isDid } from './at-uri.js';
import { parseRecord } from './parse-record.js';
import { bad, isObject, skip, type Parsed } from './parsed.js';

// Handles as atproto defines them: dot-separated DNS labels (https://atproto.com/specs/handle).
const HANDLE =
  /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/**
 * One Jetstream event (https://github.com/bluesky-social/jetstream#example-events): a commit
 * creating or updating a record is parsed as that record; a deleted record is skipped (the
 * event holds only its key, and a store keeps what it saw); an identity event gives the DID's
 * current handle; account status events and heartbeats carry nothing the model holds.
 * `handles` collects the handles seen so far, so a later profile record can name its account.
 */
export function parseJetstreamEvent(event: unknown, handles: Map<string, string>): Parsed {
  if (!isObject(event)) return bad('event is not a JSON object');
  switch (event.kind) {
    case 'commit': {
      const did = event.did;
      const commit = event.commit;
      if (!isDid(did)) return bad('commit event without a valid did');
      if (!isObject(commit)) return bad('commit event without commit');
      const { operation, collection, rkey } = commit;
      if (typeof collection !== 'string' || typeof rkey !== 'string' || rkey.length === 0) {
        return bad('commit without collection or rkey');
      }
      if (operation === 'delete') return skip('deleted record');
      if (operation !== 'create' && operation !== 'update') return bad('unknown commit operation');
      return parseRecord(did, collection, rkey, commit.record, { handle: handles.get(did) });
    }
    case 'identity': {
      const identity = event.identity;
      const did = event.did;
      if (!isDid(did) || !isObject(identity)) return bad('identity event without did');
      const handle = identity.handle;
      if (handle === undefined || handle === null) return skip('identity event without handle');
      if (typeof handle !== 'string' || !HANDLE.test(handle)) return bad('invalid handle');
      handles.set(did, handle.toLowerCase());
      const account: Account = {
        type: 'account',
        platform: 'bluesky',
        id: accountId(did),
        handle: handle.toLowerCase(),
      };
      return { kind: 'items', items: [account] };
    }
    case 'account':
      return skip('account status event');
    case 'heartbeat':
      return skip('heartbeat');
    default:
      return bad('unknown event kind');
  }
}
