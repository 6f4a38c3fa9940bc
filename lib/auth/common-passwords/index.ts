// Common passwords refused by the password policy (see ../password-policy.ts).
// Compiled by hand from the entries that top public breach-corpus lists plus
// common Polish ones, split by kind so a reader finds where an entry belongs.
// Kept as modules, not .txt files, so the bundler ships them with the server
// code without file tracing.
import { KEYBOARD_PASSWORDS } from "./keyboard";
import { NUMBER_PASSWORDS } from "./numbers";
import { WORDS_A_TO_L } from "./words-a-l";
import { WORDS_M_TO_Z } from "./words-m-z";

export const COMMON_PASSWORDS_TEXT = [NUMBER_PASSWORDS, KEYBOARD_PASSWORDS, WORDS_A_TO_L, WORDS_M_TO_Z].join("\n");
