import { z } from 'zod';
import { AUTO_LOCK_MINUTES } from '../../../shared/api/contract';
import { nameText, shortText } from '../../../shared/records/text';
import { passphraseSchema, recoveryKeySchema } from '../../../shared/vault';

/** Messages are codes; `formMessage` turns them into 'form.<code>' sentences. */
const required = z.string().min(1, { message: 'required' });

const repeated = (value: { newPassphrase: string; confirm: string }) => value.newPassphrase === value.confirm;
const mismatch = { message: 'mismatch', path: ['confirm'] };

/**
 * The bureau's name goes on every PDF, the lawyer's into every audit entry: both are asked for when
 * the vault is made, so neither reads "Panoh" or the computer's account name until someone finds
 * the setting.
 */
export const createVaultFormSchema = z
  .object({
    newPassphrase: passphraseSchema,
    confirm: z.string(),
    officeName: shortText.refine((s) => s.length > 0, { message: 'required' }),
    profileName: nameText.refine((s) => s.length > 0, { message: 'required' }),
  })
  .refine(repeated, mismatch);
export type CreateVaultForm = z.input<typeof createVaultFormSchema>;

export const unlockFormSchema = z.object({ passphrase: required.max(1024) });
export type UnlockForm = z.input<typeof unlockFormSchema>;

export const recoverFormSchema = z
  .object({
    recoveryKey: z.string().min(1, { message: 'required' }).pipe(recoveryKeySchema),
    newPassphrase: passphraseSchema,
    confirm: z.string(),
  })
  .refine(repeated, mismatch);
export type RecoverFormInput = z.input<typeof recoverFormSchema>;
export type RecoverFormOutput = z.output<typeof recoverFormSchema>;

export const changePassphraseFormSchema = z
  .object({ currentPassphrase: required.max(1024), newPassphrase: passphraseSchema, confirm: z.string() })
  .refine(repeated, mismatch);
export type ChangePassphraseForm = z.input<typeof changePassphraseFormSchema>;

export const autoLockFormSchema = z.object({
  minutes: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, { message: 'autoLockRange' })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(AUTO_LOCK_MINUTES.min, { message: 'autoLockRange' })
        .max(AUTO_LOCK_MINUTES.max, { message: 'autoLockRange' }),
    ),
});
export type AutoLockFormInput = z.input<typeof autoLockFormSchema>;
export type AutoLockFormOutput = z.output<typeof autoLockFormSchema>;
