import type { Command } from 'commander';
import { bareHandle } from '../../model/index.js';
import { EXIT_FAILED, UsageError } from '../errors.js';
import { action } from '../program.js';
import { terminalText } from '../../report/terminal-text.js';
import { addWindowOptions, parseWindow, platformOf, type WindowOptions } from './analyze.js';

/** Splits `<platform>:<handle>` at the first colon (SPEC §9); the handle may be empty with --id. */
export function parseAccountRef(text: string): { platform: string; handle: string } {
  const colon = text.indexOf(':');
  if (colon < 0) return { platform: platformOf(text), handle: '' };
  return { platform: platformOf(text.slice(0, colon)), handle: text.slice(colon + 1) };
}

/** `rapport profile <platform>:<handle>`: one account's connection beside its reach. */
export function registerProfile(program: Command): void {
  addWindowOptions(
    program
      .command('profile')
      .argument('<account>', '<platform>:<handle> (case-insensitive; @ or u/ optional)')
      .summary("an account's connection profile beside its reach")
      .description(
        'Shows every connection and reach metric of one account, each score with the parts it\n' +
          'came from. Analyzes the platform first when its results are missing or stale, after\n' +
          'classifying new posts for its advocacy focus and self-promotion rate.',
      ),
  )
    .option('--id <native_id>', 'select the account by native id instead of handle')
    .action(
      action(async (out, account: string, options: WindowOptions & { id?: string }) => {
        const ref = parseAccountRef(account);
        if (bareHandle(ref.handle).trim() === '' && options.id === undefined)
          throw new UsageError(`expected <platform>:<handle> or --id, got ${account}`);
        const window = parseWindow(options);
        const { Database } = await import('../../store/index.js');
        const { AmbiguousHandleError, formatProfile, readProfile, UnknownAccountError } =
          await import('../../report/profile.js');
        const db = await Database.open(out.options.store, { memoryLimit: out.options.memory });
        try {
          const profile = await readProfile(
            db,
            {
              platform: ref.platform,
              handle: ref.handle,
              ...(options.id !== undefined ? { id: options.id } : {}),
            },
            window,
            async () =>
              (await import('../text-options.js')).classifiedTextOptions(
                out,
                db,
                window,
                'profile',
              ),
          );
          if (out.options.json) out.json(profile);
          else out.print(formatProfile(profile));
        } catch (error) {
          if (error instanceof AmbiguousHandleError) {
            process.stderr.write(
              terminalText(
                `candidates:\n${error.candidates.map((c) => `  --id ${c.id}  (${c.handle}${c.displayName && c.displayName !== c.handle ? `, ${c.displayName}` : ''})`).join('\n')}\n`,
              ),
            );
            throw new UsageError(error.message, { cause: error });
          }
          if (error instanceof UnknownAccountError) {
            process.stderr.write(terminalText(`rapport: ${error.message}\n`));
            return EXIT_FAILED;
          }
          throw error;
        } finally {
          db.close();
        }
      }),
    );
}
