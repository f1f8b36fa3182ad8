/**
 * What a plan file (planfil) may be called and how large it may be: one definition for
 * main's dialogs, the web build's file input, the CLI and the installers' file-type
 * registration (electron-builder.yml lists the same extensions; a test checks it).
 */

/** Largest plan file the app opens (bytes) — største planfil. */
export const MAX_PLAN_FILE_BYTES = 50 * 1024 * 1024;

/** The extension of a new plan file (filendelse), with the dot. */
export const PLAN_EXTENSION = '.handlingsrom';

/** Extensions of plan files the app opens (filendelser), with the dot; the first is the one it saves. */
export const PLAN_EXTENSIONS = [PLAN_EXTENSION, '.json'] as const;
