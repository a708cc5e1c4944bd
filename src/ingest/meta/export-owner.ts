import { accountId, type AccountId } from '../../model/index.js';

/**
 * The account id of "the export's owner" when the export does not name them. Instagram's
 * follower and like files, Facebook's files and some TikTok exports never say whose export they
 * are; this placeholder stands for that person. `~` is not allowed in Instagram, TikTok or
 * YouTube usernames, so it can never collide with a real account (`rapport profile
 * instagram:~self`). Two exports imported into one store both map their owner here.
 */
export const EXPORT_OWNER: AccountId = accountId('~self');
