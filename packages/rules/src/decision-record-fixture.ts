import type { HkoAnswers } from '@rummelig/core';

/** Answers whose decision record the Node and the browser tests both make, to show the hash is the same in both. */
export const RECORDED_ANSWERS: HkoAnswers = {
  form: 'hko',
  formVersion: 1,
  situation: 'employed',
  weeklyHours: 37,
  impairment: { longLasting: true, significant: true },
  personalAssistance: { neededHoursPerWeek: 15, coreTasksSelf: true },
};

/** SHA-256 of RECORDED_ANSWERS as canonical JSON (keys sorted). */
export const HASH_OF_ANSWERS = '867062acb994dd5a2cb70b250aa49929930e7956c37ce394f8871cd9728d6456';
