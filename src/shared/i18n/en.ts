import { applicantsMessages } from './parts/applicants';
import { backupMessages } from './parts/backup';
import { caseFileMessages } from './parts/caseFile';
import { deadlinesMessages } from './parts/deadlines';
import { desktopMessages } from './parts/desktop';
import { documentsMessages } from './parts/documents';
import { incidentsMessages } from './parts/incidents';
import { protectionMessages } from './parts/protection';
import { purgeRequestMessages } from './parts/purgeRequests';
import { reportsMessages } from './parts/reports';
import { searchMessages } from './parts/search';
import { seizureMessages } from './parts/seizure';
import { spreadsheetImportMessages } from './parts/spreadsheetImport';
import { syncMessages } from './parts/sync';

/** English catalog; its keys are the canonical list every other language must fill. */
export const enBase = {
  'app.name': 'Panoh',
  'app.tagline': 'Encrypted case records for asylum lawyers',
  'app.offline': 'Offline. Nothing leaves this computer.',
  'lang.label': 'Language',
  'lang.ru': 'Русский',
  'lang.kk': 'Қазақша',
  'lang.en': 'English',
  'common.working': 'Working…',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.show': 'Show',
  'common.hide': 'Hide',
  'common.capsLock': 'Caps Lock is on.',

  'create.title': 'Create the vault',
  'create.intro':
    'Client records are kept in one encrypted file on this computer. Choose a passphrase that only you and your colleagues at the bureau know. Without it, or the recovery key, nobody can read the file, including us.',
  'create.passphrase': 'Passphrase',
  'create.passphraseHint': 'At least {min} characters. Several unrelated words are easy to remember and hard to guess.',
  'create.confirm': 'Repeat the passphrase',
  'create.submit': 'Create encrypted vault',

  'strength.label': 'Strength',
  'strength.tooShort': 'Too short',
  'strength.weak': 'Weak: add more words',
  'strength.fair': 'Fair',
  'strength.strong': 'Strong',
  'strength.note': 'An estimate only.',

  'recovery.title': 'Write down the recovery key',
  'recovery.intro':
    'If the passphrase is forgotten, this key is the only way to open the vault. It is shown once. Write it on paper and keep it in the office safe, not on this computer and not in a phone.',
  'recovery.keyLabel': 'Recovery key',
  'recovery.confirm': 'I have written the recovery key down and stored it safely',
  'recovery.continue': 'Open the vault',

  'unlock.title': 'Unlock the vault',
  'unlock.intro': 'The vault is locked. Enter the passphrase to continue.',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.useRecovery': 'Forgot the passphrase? Use the recovery key',
  'unlock.lockedBy.user': 'The vault was locked.',
  'unlock.lockedBy.idle': 'The vault locked itself after a period without activity.',
  'unlock.lockedBy.system': 'The vault locked itself because the computer went to sleep or the screen was locked.',

  'recover.title': 'Unlock with the recovery key',
  'recover.intro': 'Enter the recovery key written down when the vault was created, then choose a new passphrase.',
  'recover.key': 'Recovery key',
  'recover.keyHint': '32 characters; dashes and spaces are optional.',
  'recover.newPassphrase': 'New passphrase',
  'recover.confirm': 'Repeat the new passphrase',
  'recover.submit': 'Unlock and set new passphrase',
  'recover.back': 'Back to passphrase',

  'shell.nav.label': 'Sections',
  'shell.nav.applicants': 'Applicants',
  'shell.nav.incidents': 'Incidents',
  'shell.nav.deadlines': 'Deadlines',
  'shell.nav.reports': 'Reports',
  'shell.nav.sync': 'USB sync',
  'shell.nav.settings': 'Settings',
  'shell.nav.import': 'Import',
  'shell.nav.audit': 'Audit log',
  'shell.nav.trash': 'Recently deleted',
  'shell.nav.conflictsBadge': '{count} to decide',
  'shell.lock': 'Lock',
  'shell.lockShortcut': 'Ctrl+L',
  'shell.unlockedNotice': 'Vault open. It locks after {minutes} min without activity.',
  'shell.notYet': 'Not available yet',

  'settings.title': 'Settings',
  'settings.passphrase.title': 'Change passphrase',
  'settings.passphrase.current': 'Current passphrase',
  'settings.passphrase.new': 'New passphrase',
  'settings.passphrase.confirm': 'Repeat the new passphrase',
  'settings.passphrase.submit': 'Change passphrase',
  'settings.passphrase.done': 'The passphrase was changed. The recovery key still works.',
  'settings.autoLock.title': 'Automatic lock',
  'settings.autoLock.label': 'Lock after this many minutes without activity',
  'settings.autoLock.submit': 'Save',
  'settings.autoLock.done': 'Saved.',
  'settings.autoLock.note': 'The vault also locks when the computer sleeps or the screen is locked, and with Ctrl+L.',
  'settings.language.title': 'Language',

  'form.required': 'Required.',
  'form.nameRequired': 'Enter a family name or a given name: one of them is enough.',
  'form.legalBasisRequired': 'Name the legal basis the bureau checked the period in.',
  'form.passphraseTooShort': 'The passphrase must have at least {min} characters.',
  'form.passphraseTooLong': 'The passphrase is too long.',
  'form.mismatch': 'The two passphrases differ.',
  'form.recoveryKeyMalformed': 'A recovery key has 32 letters and digits. Check it against the paper copy.',
  'form.autoLockRange': 'Enter a whole number from {min} to {max}.',
  'form.tooLong': 'Too long.',
  'form.tooShort': 'Too short.',
  'form.tooMany': 'Too many entries.',
  'form.markup': 'Remove the characters < > and HTML codes; names are plain text.',
  'form.controlCharacters': 'Contains invisible control characters; retype it.',
  'form.invalidDate': 'Not a date. Write a year (1989), a month (05.1989) or a day (14.05.1989).',
  'form.invalidFullDate': 'Write the full day, e.g. 14.05.2026.',
  'form.unknownCountry': 'Not a country code from the ISO list.',
  'form.unknownLanguage': 'Not a language code from the ISO list.',
  'form.invalidChoice': 'Choose one of the listed values.',
  'form.invalidType': 'Wrong kind of value.',
  'form.unknownField': 'Unknown field (check the spelling of the column or field name).',
  'form.unknownReference': 'Refers to a person who is not in the vault or in this file.',
  'form.duplicateReference': 'This reference is used twice in the file.',
  'form.attachmentTooLarge': 'The file is too large.',
  'form.invalidFile': 'The file cannot be read.',
  'form.invalid': 'Not valid.',

  'error.VAULT_NOT_FOUND': 'The vault file was not found. Check the path, or that the USB stick is connected.',
  'error.VAULT_ALREADY_EXISTS': 'A vault already exists at this place. Nothing was overwritten.',
  'error.VAULT_NOT_A_VAULT': 'This file is not a Panoh vault. Nothing was changed.',
  'error.VAULT_KEYS_MISSING':
    'The key file that belongs to this vault (same name ending in .keys) is missing. Copy it back next to the vault; without it the vault cannot be opened.',
  'error.VAULT_DAMAGED':
    'The vault file is damaged and cannot be opened. Restore it from a backup. Nothing was changed.',
  'error.VAULT_TOO_NEW':
    'This vault was made by a newer version of Panoh (data version {version}; this program knows up to {supported}). Update Panoh to open it.',
  'error.VAULT_FOLDER_READONLY':
    'Panoh cannot write to the folder that holds the vault. Check that the disk or USB stick is not write-protected.',
  'error.VAULT_IN_USE': 'The vault is open in another Panoh window or program. Close it there first.',
  'error.VAULT_LOCKED': 'The vault is locked. Unlock it and try again.',
  'error.VAULT_ALREADY_UNLOCKED': 'The vault is already unlocked.',
  'error.WRONG_PASSPHRASE':
    'Wrong passphrase. Check the keyboard layout (Cyrillic or Latin) and Caps Lock. The vault is unchanged.',
  'error.WRONG_RECOVERY_KEY': 'This recovery key does not open this vault. The vault is unchanged.',
  'error.PASSPHRASE_TOO_SHORT': 'The passphrase must have at least {min} characters.',
  'error.PASSPHRASE_UNCHANGED': 'The new passphrase is the same as the current one.',
  'error.DISK_FULL': 'The disk is full. Nothing was saved; free some space and try again.',
  'error.RECORD_NOT_FOUND': 'This record does not exist or was deleted. Look in Recently deleted.',
  'error.IMPORT_INVALID':
    'The file has {errors} error(s); nothing was imported. Correct them and import the whole file again.',
  'error.ATTACHMENT_TOO_LARGE': 'The file is larger than {maxMegabytes} MB and was not added.',
  'error.ATTACHMENT_UNSUPPORTED': 'Only PDF, JPEG, PNG and Word (.docx) files can be attached. Nothing was added.',
  'error.INVALID_INPUT': 'Some of the entered data is not valid. Nothing was saved.',
  'error.UNKNOWN_METHOD': 'The program asked for something it is not allowed to do. Nothing was changed.',
  'error.FORBIDDEN_SENDER': 'The request did not come from Panoh itself and was refused.',
  'error.CORE_UNAVAILABLE': 'The encrypted storage stopped responding. Restart Panoh; committed work is safe.',
  'error.INTERNAL': 'Something went wrong inside Panoh. Nothing was saved. Restart the program and try again.',
} as const;

export const en = {
  ...enBase,
  ...applicantsMessages.en,
  ...incidentsMessages.en,
  ...reportsMessages.en,
  ...deadlinesMessages.en,
  ...syncMessages.en,
  ...protectionMessages.en,
  ...seizureMessages.en,
  ...purgeRequestMessages.en,
  ...searchMessages.en,
  ...spreadsheetImportMessages.en,
  ...backupMessages.en,
  ...desktopMessages.en,
  ...documentsMessages.en,
  ...caseFileMessages.en,
};

export type MessageKey = keyof typeof en;
export type BaseCatalog = Record<keyof typeof enBase, string>;
export type Catalog = Record<MessageKey, string>;
