export * from './passphrase';
export * from './recoveryKey';
