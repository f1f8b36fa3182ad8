/** Sikkerhetskopier: retention, snapshot naming and the comparison of two versions. */
export * from './retention';
export * from './snapshot-name';
export * from './compare';
export * from './copy';
